declare namespace App {
  interface Locals {
    /** The page's locale, from its path (src/middleware.ts). */
    locale: import('./lib/site/locale.ts').Locale;
    /** Its `lang` attribute (`zh-CN`, `en`). */
    lang: string;
    /** UI strings in it. */
    t: import('./i18n/index.ts').Translate;
    /**
     * Set while an English page renders: the ids of passages whose translation may
     * be outdated, so the content components can flag them where they stand.
     */
    outdatedPassages?: ReadonlySet<string>;
    /** On an English page, the passages a scaffold pre-filled that no translator has confirmed yet. */
    draftPassages?: ReadonlySet<string>;
    /** Set while an English page renders: the source lines of each Chinese passage, by id. */
    sourceLines?: ReadonlyMap<string, string>;
  }
}
