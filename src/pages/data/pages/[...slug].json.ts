import type { APIRoute } from 'astro';
import { citation } from '../../../lib/site/citation.ts';
import { formatPeriod } from '../../../lib/site/dates.ts';
import { zhPages, type ZhEntry } from '../../../utils/content.ts';

/** Each page's figures, for the figure card: fetched only when a reader opens one. */
export async function getStaticPaths() {
  return (await zhPages()).map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) => {
  const { data } = (props as { entry: ZhEntry }).entry;
  const body = {
    title: data.title,
    citation: citation(data),
    figures: data.figures.map(({ anchor, label, raw, value, unit, qualifier, period, sentence, at }) => ({
      anchor, label, raw, value, unit, qualifier, period, sentence, at,
      periodText: { zh: formatPeriod(period, 'zh'), en: formatPeriod(period, 'en') },
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
