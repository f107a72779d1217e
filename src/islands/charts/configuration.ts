/** The Chart.js configuration of each kind of chart, and the labels its values carry. */
import type { ChartConfiguration, ChartOptions, ScriptableContext } from 'chart.js';
import type { Labelled } from './plugins.ts';
import type { Theme } from './theme.ts';
import type { Drawing } from './types.ts';

export interface Configured {
  /** Every chart has options with scales (recolouring a chart replaces its scales). */
  config: ChartConfiguration & { options: ChartOptions & { scales: NonNullable<ChartOptions['scales']> } };
  labels: Labelled;
}

type Rows = Drawing['rows'];

/** Long category names wrap onto lines, so labels fit beside bars on a phone. */
function wrap(text: string, language: Drawing['language']): string | string[] {
  const width = language === 'zh' ? 8 : 16;
  if (text.length <= width) return text;
  if (language === 'zh') return text.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [text];
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const years = (xs: number[]) => {
  const list: number[] = [];
  for (let y = Math.floor(Math.min(...xs)); y <= Math.ceil(Math.max(...xs)); y += 1) list.push(y);
  return list;
};

/** Years on the axis as bare numbers in both languages: short enough to sit level on a phone. */
const yearLabel = (value: number | string) => (Number.isInteger(Number(value)) ? String(value) : '');

/** What every chart shares: motion (off for readers who ask for reduced motion), grid and tick styles, the largest value. */
function shared(drawing: Drawing, c: Theme, done: () => void) {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const animation = reduce ? (false as const) : { duration: 450, onComplete: done };
  const grid = { color: c.grid };
  const ticks = { color: c.muted, font: { family: c.font, size: 12 } };
  const max = Math.max(...drawing.rows.map((r) => r.value));
  return { c, animation, grid, ticks, max };
}

type Shared = ReturnType<typeof shared>;

/** Reported values as a line; targets as a dashed line, led from the last value reported before the first target. */
function trend(rows: Rows, { c, animation, grid, ticks, max }: Shared): Configured {
  const reported = rows.filter((r) => r.role === 'reported');
  const targets = rows.filter((r) => r.role === 'target');
  const [firstTarget] = targets;
  const join = firstTarget ? reported.filter((r) => r.x <= firstTarget.x).at(-1) : undefined;
  const targetData = [...(join ? [join] : []), ...targets];
  const hideJoin = (ctx: ScriptableContext<'line'>) => (join && ctx.dataIndex === 0 ? 0 : 8);
  const xs = rows.map((r) => r.x);
  const labels: Labelled = [
    reported.map((r) => ({ text: r.label })),
    targetData.map((r, i) => ({ text: join && i === 0 ? '' : `${r.note.split(' ').at(-1)} ${r.label}` })),
  ];
  const datasets = [
    {
      data: reported.map((r) => ({ x: r.x, y: r.value })),
      borderColor: c.reported,
      backgroundColor: c.reported,
      borderWidth: 3,
      pointStyle: 'circle' as const,
      pointRadius: 5,
      pointHoverRadius: 5,
    },
    {
      data: targetData.map((r) => ({ x: r.x, y: r.value })),
      borderColor: c.target,
      backgroundColor: c.target,
      borderWidth: 2,
      borderDash: [6, 5],
      pointStyle: 'triangle' as const,
      pointRadius: hideJoin,
      pointHoverRadius: hideJoin,
    },
  ];
  const x = {
    type: 'linear' as const,
    min: Math.floor(Math.min(...xs)) - 0.6,
    max: Math.ceil(Math.max(...xs)) + 0.6,
    grid,
    ticks: { ...ticks, callback: yearLabel },
    // A tick on every year from the first to the last, whatever Chart.js would pick for the padded range.
    afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
      axis.ticks = years(xs).map((value) => ({ value }));
    },
  };
  return {
    labels,
    config: {
      type: 'line',
      data: { datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation,
        events: [],
        layout: { padding: { top: 36, right: 36, left: 8 } },
        scales: { x, y: { beginAtZero: true, suggestedMax: max * 1.15, grid, ticks } },
      },
    },
  };
}

/** One bar per district, each in its own colour, labelled with its value and period. */
function comparison(rows: Rows, language: Drawing['language'], { c, animation, grid, ticks, max }: Shared): Configured {
  // The theme's series colours in turn, from the first again after the last.
  const seriesColour = (i: number) => {
    const colour = c.series[i % c.series.length];
    if (colour === undefined) throw new Error('a chart theme without series colours');
    return colour;
  };
  return {
    labels: [rows.map((r) => ({ text: `${r.label}\n${r.note}` }))],
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => wrap(r.category, language)),
        datasets: [
          {
            data: rows.map((r) => r.value),
            backgroundColor: rows.map((_, i) => seriesColour(i)),
            maxBarThickness: 72,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation,
        events: [],
        layout: { padding: { top: 44 } },
        scales: {
          x: { grid: { display: false }, ticks: { ...ticks, color: c.text } },
          y: { beginAtZero: true, suggestedMax: max * 1.2, grid, ticks },
        },
      },
    },
  };
}

/** Horizontal bars of progress towards each target, in percent. */
function progress(rows: Rows, language: Drawing['language'], { c, animation, grid, ticks, max }: Shared): Configured {
  return {
    labels: [rows.map((r) => ({ text: r.label }))],
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => wrap(r.category, language)),
        datasets: [{ data: rows.map((r) => r.value), backgroundColor: c.reported, maxBarThickness: 32 }],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation,
        events: [],
        layout: { padding: { right: 48 } },
        scales: {
          x: {
            min: Math.min(0, ...rows.map((r) => r.value)),
            max: Math.max(100, Math.ceil(max / 10) * 10),
            grid,
            ticks: { ...ticks, callback: (v) => `${v}%` },
          },
          y: { grid: { display: false }, ticks: { ...ticks, color: c.text } },
        },
      },
    },
  };
}

export function configuration(drawing: Drawing, c: Theme, done: () => void): Configured {
  const common = shared(drawing, c, done);
  if (drawing.type === 'trend') return trend(drawing.rows, common);
  if (drawing.type === 'comparison') return comparison(drawing.rows, drawing.language, common);
  return progress(drawing.rows, drawing.language, common);
}
