/**
 * Draws each chart when it comes near the viewport: Chart.js (about 60 KB)
 * is fetched only then, and only on pages that have a chart. Printing draws
 * every chart first, so the printout has them all.
 */
import type { WithData } from '../data-attributes.ts';
import type { Drawing } from './types.ts';

const figures = [...document.querySelectorAll<WithData<'chart'>>('[data-chart]')];

async function draw(figure: WithData<'chart'>) {
  if (figure.dataset.chartState) return;
  figure.dataset.chartState = 'loading';
  try {
    const drawing = JSON.parse(figure.dataset.chart) as Drawing;
    // Nothing to draw: the table beside says what there is.
    if (!drawing.rows.some((row) => Number.isFinite(row.value))) throw new Error('no value to draw');
    const { drawChart } = await import('./draw.ts');
    drawChart(figure, drawing);
  } catch {
    // Data the chart cannot draw leaves the table alone, as without JavaScript, and says so.
    figure.dataset.chartState = 'failed';
    for (const part of figure.querySelectorAll<HTMLElement>('[data-chart-plot]')) part.hidden = true;
    const note = figure.querySelector<HTMLElement>('[data-chart-failed]');
    if (note) note.hidden = false;
  }
}

if (figures.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as WithData<'chart'>);
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const figure of figures) observer.observe(figure);
  addEventListener('beforeprint', () => {
    for (const figure of figures) void draw(figure);
  });
}
