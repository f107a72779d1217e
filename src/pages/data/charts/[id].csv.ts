import type { APIRoute } from 'astro';
import { present } from '../../../lib/assert.ts';
import { chartCsvColumns, chartCsvRows, type ChartSpec } from '../../../lib/charts/specs.ts';
import { toCsv } from '../../../lib/data/csv.ts';
import { chartList } from '../../../site-data/charts.ts';
import { publicUrlOf } from '../../../i18n/paths.ts';

/** Each chart's data as CSV (linked under the chart): both languages' wording, and the paragraph each number comes from. */
export async function getStaticPaths() {
  const english = new Map((await chartList('en')).map((spec) => [spec.id, spec]));
  return (await chartList('zh')).map((zh) => ({
    params: { id: zh.id },
    props: { zh, en: present(english.get(zh.id), `chart ${zh.id} in English`) },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { zh, en } = props as { zh: ChartSpec; en: ChartSpec };
  const rows = chartCsvRows(zh, en, publicUrlOf);
  return new Response(toCsv(rows, chartCsvColumns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
