import type { APIRoute } from 'astro';
import { citation } from '../../../lib/site/citation.ts';
import { formatPeriod } from '../../../lib/site/dates.ts';
import type { ZhEntry } from '../../../site-data/content.ts';
import { indicatorById } from '../../../site-data/data.ts';
import { contentPaths } from '../../../site-data/routes.ts';

/** Each page's figures, for the figure card: fetched only when a reader opens one. */
export const getStaticPaths = contentPaths;

export const GET: APIRoute = ({ props }) => {
  const { data } = (props as { entry: ZhEntry }).entry;
  // A figure that a person has checked as an observation of an indicator is labelled in English by the indicator's
  // name; a machine's match is only named, as such, in the card's indicator line.
  const observationOf = new Map(data.observations.map((o) => [o.figure, o]));
  const indicatorLine = (figure: string) => {
    const observation = observationOf.get(figure);
    if (!observation) return undefined;
    const indicator = indicatorById(observation.indicator);
    return { zh: indicator.name, en: indicator.nameEn, proposed: observation.status === 'proposed' };
  };
  const body = {
    title: data.title,
    citation: citation(data),
    figures: data.figures.map(({ id, anchor, label, raw, value, unit, qualifier, period, sentence, at }) => ({
      anchor,
      label,
      labelEn: observationOf.get(id)?.status === 'reviewed' ? indicatorLine(id)?.en : undefined,
      indicator: indicatorLine(id),
      raw,
      value,
      unit,
      qualifier,
      period,
      sentence,
      at,
      periodText: { zh: formatPeriod(period, 'zh'), en: formatPeriod(period, 'en') },
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
