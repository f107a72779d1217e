/**
 * Draws each chart when it comes near the viewport: Chart.js (about 60 KB)
 * is fetched only then, and only on pages that have a chart. Printing draws
 * every chart first, so the printout has them all.
 */
import type { Drawing } from './types.ts';

const figures = [...document.querySelectorAll<HTMLElement>('[data-chart]')];

async function draw(figure: HTMLElement) {
  if (figure.dataset.chartState) return;
  figure.dataset.chartState = 'loading';
  const { drawChart } = await import('./draw.ts');
  drawChart(figure, JSON.parse(figure.dataset.chart!) as Drawing);
}

if (figures.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const figure of figures) observer.observe(figure);
  addEventListener('beforeprint', () => {
    for (const figure of figures) void draw(figure);
  });
}
