import { present } from '../assert.ts';
import type { FigureRecord } from '../mdx/page.ts';
import type { Observation } from '../indicators/observations.ts';
import type { Indicator } from '../indicators/registry.ts';
import type { FigureData, ObservationData } from '../schemas/open-data.ts';
import { withoutAnchor } from '../site/paths.ts';

/** What the data layer needs of a page: its frontmatter, in effect. */
export interface PageData {
  slug: string;
  title: string;
  titleEn?: string;
  districts: string[];
  published: string;
  dateInferred: boolean;
  outlet?: string;
  source: { id: string; title: string; titleEn?: string; period?: string };
  figures: FigureRecord[];
  observations: Observation[];
}

export type { FigureData, ObservationData } from '../schemas/open-data.ts';

/** Page URL relative to the site root, with the paragraph's anchor: `reports/x/#p22`. */
export const paragraphUrl = (slug: string, at: string) => `${slug}/#${at}`;

/**
 * Where a link to a figure lands: its page, at the figure's own anchor (`reports/x/#fig-p22-2`), not at its paragraph,
 * so a reader arrives on the number rather than among the paragraph's others.
 */
export const figureUrl = (record: Pick<FigureData, 'page' | 'anchor'>) =>
  `${withoutAnchor(record.page)}#${record.anchor}`;

/** A figure record's `district`: the page's districts joined by this, as the open data writes them. */
const DISTRICT_SEPARATOR = '、';

/** The districts of a figure record (`綦江、黔江` → 綦江, 黔江). */
export const splitDistricts = (joined: string) => joined.split(DISTRICT_SEPARATOR).filter((d) => d !== '');

export function figureData(pages: readonly PageData[]): FigureData[] {
  return pages.flatMap((page) =>
    page.figures.map((f) => ({
      id: f.id,
      source: page.source.id,
      page: paragraphUrl(page.slug, f.at),
      anchor: f.anchor,
      district: page.districts.join(DISTRICT_SEPARATOR),
      value: f.value,
      high: f.high ?? null,
      unit: f.unit,
      raw: f.raw,
      label: f.label,
      qualifier: f.qualifier,
      period: f.period,
      sentence: f.sentence,
      page_title: page.title,
      published: page.published,
    })),
  );
}

export function observationData(pages: readonly PageData[], indicators: readonly Indicator[]): ObservationData[] {
  return pages.flatMap((page) =>
    page.observations.map((o) => {
      const indicator = present(
        indicators.find((i) => i.id === o.indicator),
        `indicator "${o.indicator}" in content/indicators.yaml`,
      );
      return {
        indicator: o.indicator,
        indicator_name: indicator.name,
        indicator_name_en: indicator.nameEn,
        district: page.districts.join(DISTRICT_SEPARATOR),
        period: o.period,
        kind: o.kind,
        status: o.status,
        raw: o.raw,
        value: o.value,
        unit: o.unit,
        value_in_indicator_unit: o.valueInIndicatorUnit ?? null,
        indicator_unit: indicator.unit,
        qualifier: o.qualifier,
        definition: o.definition ?? null,
        definition_en: o.definitionEn ?? null,
        figure: o.figure,
        page: paragraphUrl(page.slug, o.at),
        // Every observation is read from one figure of its page (ingest checks), and links to it.
        anchor: present(
          page.figures.find((f) => f.id === o.figure),
          `figure ${o.figure} of ${page.slug}`,
        ).anchor,
        source: page.source.id,
        published: page.published,
      };
    }),
  );
}
