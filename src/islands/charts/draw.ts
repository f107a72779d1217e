/**
 * Draws one chart with Chart.js, registering only the parts these charts use
 * (so the bundle stays small). Colours come from the page's CSS custom
 * properties and follow the light/dark theme; every point and bar carries its
 * value as text (a cue besides colour); motion is off for readers who ask
 * for reduced motion.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { configuration } from './configuration.ts';
import { targetLine, valueLabels } from './plugins.ts';
import { theme } from './theme.ts';
import type { Labelled } from './plugins.ts';
import type { Theme } from './theme.ts';
import type { Drawing } from './types.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement);

/** What a chart draws besides Chart.js's own elements, on the page and in its PNG. */
export const chartParts = (drawing: Drawing, labels: Labelled, colours: () => Theme) => [
  valueLabels(labels, colours, drawing.type),
  ...(drawing.type === 'progress' ? [targetLine(colours)] : []),
];

export function drawChart(figure: HTMLElement, drawing: Drawing) {
  const canvas = figure.querySelector('canvas');
  if (!canvas) throw new Error('a chart figure without its canvas');
  let colours = theme(figure);
  const markDrawn = () => {
    figure.dataset.chartState = 'drawn';
  };
  const { config, labels } = configuration(drawing, colours, markDrawn);
  config.plugins = chartParts(drawing, labels, () => colours);
  const chart = new Chart(canvas, config);
  // What the chart draws, for checking against the table beside it.
  figure.dataset.chartValues = JSON.stringify(
    chart.data.datasets.flatMap((dataset, d) =>
      dataset.data
        .filter((_, i) => labels[d]?.[i]?.text)
        .map((point) => (typeof point === 'number' ? point : (point as { y: number }).y)),
    ),
  );
  if (config.options?.animation === false) markDrawn();

  // Follow the theme: the system setting, or the reader's choice (site.ts announces it).
  const recolour = () => {
    colours = theme(figure);
    const next = configuration(drawing, colours, markDrawn).config;
    chart.data.datasets.forEach((dataset, i) => {
      // The same drawing configured again: the same datasets, in new colours.
      const recoloured = next.data.datasets[i];
      if (!recoloured) throw new Error(`no dataset ${i} in the recoloured chart`);
      Object.assign(dataset, { borderColor: recoloured.borderColor, backgroundColor: recoloured.backgroundColor });
    });
    chart.options.scales = next.options.scales;
    chart.update('none');
  };
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
  document.addEventListener('themechange', recolour);
}
