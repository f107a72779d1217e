/** What the charts draw besides Chart.js's own elements: value labels (a cue besides colour) and the 100% line. */
import type { Plugin } from 'chart.js';
import type { Theme } from './theme.ts';
import type { Drawing } from './types.ts';

/** The numbers each dataset draws, without the hidden point that joins the target line to the last value. */
export type Labelled = { text: string }[][];

/** Writes each element's value (and, for bars of a comparison, its period) next to it. */
export function valueLabels(labels: Labelled, colours: () => Theme, type: Drawing['type']): Plugin {
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
            // split gives one part at least: the first line, or the whole text.
            ctx.fillText(lines[0] ?? label.text, x + 6, y);
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
export const targetLine = (colours: () => Theme): Plugin => ({
  id: 'targetLine',
  afterDatasetsDraw(chart) {
    const scale = chart.scales.x;
    if (!scale) throw new Error('a progress chart without its x scale');
    const x = scale.getPixelForValue(100);
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
