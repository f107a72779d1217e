import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureData, observationData, type PageData } from '../lib/data/records.ts';
import { parseIndicators, type Indicator } from '../lib/indicators/registry.ts';
import { zhPages } from './content.ts';

let indicators: Indicator[] | undefined;

/** The canonical indicators (content/indicators.yaml). */
export function allIndicators(): Indicator[] {
  indicators ??= parseIndicators('content/indicators.yaml', readFileSync(join(process.cwd(), 'content', 'indicators.yaml'), 'utf8'));
  return indicators;
}

export async function pageData(): Promise<PageData[]> {
  return (await zhPages()).map((e) => e.data);
}

export async function allFigures() {
  return figureData(await pageData());
}

export async function allObservations() {
  return observationData(await pageData(), allIndicators());
}

/** Districts in the order the site lists them. */
export async function allDistricts(): Promise<string[]> {
  return [...new Set((await pageData()).flatMap((p) => p.districts))].sort();
}
