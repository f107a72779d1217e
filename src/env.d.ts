declare namespace App {
  interface Locals {
    /**
     * Set while an English page renders: the ids of passages whose translation may
     * be outdated, so the content components can flag them where they stand.
     */
    outdatedPassages?: ReadonlySet<string>;
  }
}
