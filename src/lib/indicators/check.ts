/**
 * Each page's observations must cite a paragraph that really holds their value.
 * Ingest guarantees this; the check runs again on the MDX the build reads, so a
 * hand edit or a stale file cannot publish a number its paragraph does not contain.
 */
export interface CitedObservation {
  indicator: string;
  at: string;
  value: number;
}

export function observationsNotInText(body: string, observations: readonly CitedObservation[]): string[] {
  const problems: string[] = [];
  for (const o of observations) {
    const element = new RegExp(`<(\\w+) id="${o.at}"[^>]*>(.*)$`, 'mu').exec(body);
    if (!element) {
      problems.push(`${o.indicator}: paragraph #${o.at} is not on the page`);
      continue;
    }
    const [, , content = ''] = element;
    const text = content.replace(/<[^>]+>/g, '').replace(/\\(.)/g, '$1');
    if (!text.includes(String(o.value)))
      problems.push(`${o.indicator}: value ${o.value} does not occur in paragraph #${o.at}`);
  }
  return problems;
}
