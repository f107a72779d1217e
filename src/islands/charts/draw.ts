/**
 * Draws one chart with Chart.js, registering only the parts these charts use
 * (so the bundle stays small). Colours come from the page's CSS custom
 * properties and follow the light/dark theme; every point and bar carries its
 * value as text (a cue besides colour); motion is off for readers who ask
 * for reduced motion.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, type ChartConfiguration, type Plugin, type ScriptableContext } from 'chart.js';
import type { Drawing } from './types.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);

interface Theme { text: string; muted: string; grid: string; reported: string; target: string; series: string[]; font: string }

/** A custom property resolved to a colour: tokens may use light-dark(), which only the `color` property resolves. */
function theme(figure: HTMLElement): Theme {
  const probe = document.createElement('span');
  probe.hidden = true;
  figure.append(probe);
  const colour = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const result = {
    text: colour('--fg'), muted: colour('--fg-muted'), grid: colour('--chart-grid'),
    reported: colour('--chart-1'), target: colour('--chart-2'),
    series: ['--chart-1', '--chart-2', '--chart-3', '--chart-4'].map(colour),
    font: getComputedStyle(figure).fontFamily,
  };
  probe.remove();
  return result;
}

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

/** The numbers each dataset draws, without the hidden point that joins the target line to the last value. */
type Labelled = { text: string }[][];

/** Writes each element's value (and, for bars of a comparison, its period) next to it. */
function valueLabels(labels: Labelled, colours: () => Theme, type: Drawing['type']): Plugin {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const c = colours();
      ctx.save();
      ctx.fillStyle = c.text;
      ctx.font = `600 12px ${c.font}`;
      chart.data.datasets.forEach((_, d) => {
        chart.getDatasetMeta(d).data.forEach((element, i) => {
          const label = labels[d]?.[i];
          if (!label?.text) return;
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          const lines = label.text.split('\n');
          if (type === 'progress') {
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(lines[0]!, x + 6, y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            lines.reverse().forEach((line, n) => {
              ctx.font = n === 0 && lines.length > 1 ? `12px ${c.font}` : `600 12px ${c.font}`;
              ctx.fillStyle = n === 0 && lines.length > 1 ? c.muted : c.text;
              // Kept inside the canvas: a label at the last point would otherwise be cut off on a phone.
              const half = ctx.measureText(line).width / 2 + 2;
              ctx.fillText(line, Math.min(Math.max(x, half), chart.width - half), y - 8 - n * 15);
            });
          }
        });
      });
      ctx.restore();
    },
  };
}

/** The target line (100%) across a progress chart. */
const targetLine = (colours: () => Theme): Plugin => ({
  id: 'targetLine',
  afterDatasetsDraw(chart) {
    const x = chart.scales.x!.getPixelForValue(100);
    const { top, bottom } = chart.chartArea;
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = colours().target;
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.restore();
  },
});

function configuration(drawing: Drawing, c: Theme, done: () => void): { config: ChartConfiguration; labels: Labelled } {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const animation = reduce ? false as const : { duration: 450, onComplete: done };
  const grid = { color: c.grid };
  const ticks = { color: c.muted, font: { family: c.font, size: 12 } };
  const max = Math.max(...drawing.rows.map((r) => r.value));
  if (drawing.type === 'trend') {
    const reported = drawing.rows.filter((r) => r.role === 'reported');
    const targets = drawing.rows.filter((r) => r.role === 'target');
    // A dashed line leads from the last value reported before the first target to the targets.
    const join = targets.length > 0 ? reported.filter((r) => r.x <= targets[0]!.x).at(-1) : undefined;
    const targetData = [...(join ? [join] : []), ...targets];
    const hideJoin = (ctx: ScriptableContext<'line'>) => (join && ctx.dataIndex === 0 ? 0 : 8);
    const xs = drawing.rows.map((r) => r.x);
    const labels: Labelled = [reported.map((r) => ({ text: r.label })), targetData.map((r, i) => ({ text: join && i === 0 ? '' : `${r.note.split(' ').at(-1)} ${r.label}` }))];
    return {
      labels,
      config: {
        type: 'line',
        data: {
          datasets: [
            { data: reported.map((r) => ({ x: r.x, y: r.value })), borderColor: c.reported, backgroundColor: c.reported, borderWidth: 3, pointStyle: 'circle', pointRadius: 5, pointHoverRadius: 5 },
            {
              data: targetData.map((r) => ({ x: r.x, y: r.value })), borderColor: c.target, backgroundColor: c.target, borderWidth: 2, borderDash: [6, 5],
              pointStyle: 'triangle', pointRadius: hideJoin, pointHoverRadius: hideJoin,
            },
          ],
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation, events: [],
          layout: { padding: { top: 36, right: 36, left: 8 } },
          scales: {
            x: {
              type: 'linear', min: Math.floor(Math.min(...xs)) - 0.6, max: Math.ceil(Math.max(...xs)) + 0.6, grid,
              ticks: { ...ticks, callback: yearLabel },
              // A tick on every year from the first to the last, whatever Chart.js would pick for the padded range.
              afterBuildTicks: (axis) => { axis.ticks = years(xs).map((value) => ({ value })); },
            },
            y: { beginAtZero: true, suggestedMax: max * 1.15, grid, ticks },
          },
        },
      },
    };
  }
  if (drawing.type === 'comparison') {
    return {
      labels: [drawing.rows.map((r) => ({ text: `${r.label}\n${r.note}` }))],
      config: {
        type: 'bar',
        data: {
          labels: drawing.rows.map((r) => wrap(r.category, drawing.language)),
          datasets: [{ data: drawing.rows.map((r) => r.value), backgroundColor: drawing.rows.map((_, i) => c.series[i % c.series.length]!), maxBarThickness: 72 }],
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation, events: [],
          layout: { padding: { top: 44 } },
          scales: { x: { grid: { display: false }, ticks: { ...ticks, color: c.text } }, y: { beginAtZero: true, suggestedMax: max * 1.2, grid, ticks } },
        },
      },
    };
  }
  return {
    labels: [drawing.rows.map((r) => ({ text: r.label }))],
    config: {
      type: 'bar',
      data: {
        labels: drawing.rows.map((r) => wrap(r.category, drawing.language)),
        datasets: [{ data: drawing.rows.map((r) => r.value), backgroundColor: c.reported, maxBarThickness: 32 }],
      },
      options: {
        indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation, events: [],
        layout: { padding: { right: 48 } },
        scales: {
          x: { min: Math.min(0, ...drawing.rows.map((r) => r.value)), max: Math.max(100, Math.ceil(max / 10) * 10), grid, ticks: { ...ticks, callback: (v) => `${v}%` } },
          y: { grid: { display: false }, ticks: { ...ticks, color: c.text } },
        },
      },
    },
  };
}

export function drawChart(figure: HTMLElement, drawing: Drawing) {
  const canvas = figure.querySelector('canvas')!;
  let colours = theme(figure);
  const markDrawn = () => { figure.dataset.chartState = 'drawn'; };
  const { config, labels } = configuration(drawing, colours, markDrawn);
  config.plugins = [valueLabels(labels, () => colours, drawing.type), ...(drawing.type === 'progress' ? [targetLine(() => colours)] : [])];
  const chart = new Chart(canvas, config);
  // What the chart draws, for checking against the table beside it.
  figure.dataset.chartValues = JSON.stringify(chart.data.datasets.flatMap((dataset, d) => dataset.data
    .filter((_, i) => labels[d]?.[i]?.text)
    .map((point) => (typeof point === 'number' ? point : (point as { y: number }).y))));
  if (config.options?.animation === false) markDrawn();

  // Follow the theme: the system setting, or the reader's choice (site.ts announces it).
  const recolour = () => {
    colours = theme(figure);
    const next = configuration(drawing, colours, markDrawn).config;
    chart.data.datasets.forEach((dataset, i) => Object.assign(dataset, { borderColor: next.data.datasets[i]!.borderColor, backgroundColor: next.data.datasets[i]!.backgroundColor }));
    chart.options.scales = next.options!.scales!;
    chart.update('none');
  };
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
  document.addEventListener('themechange', recolour);
}
