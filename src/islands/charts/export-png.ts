/**
 * A chart as a PNG, drawn off-screen at a fixed size (PNG_SIZE, device pixel
 * ratio PNG_SIZE.scale) on a white background in the light theme, with its title, unit,
 * sources, the site's address and the licence drawn in. Loaded only when a
 * reader asks for the image.
 */
import { Chart, SubTitle, Title, type Plugin } from 'chart.js';
import { footerLines, pngFileName, PNG_SIZE, siteAddress } from '../../lib/charts/sharing.ts';
import { configuration } from './configuration.ts';
import { chartParts } from './draw.ts';
import { theme } from './theme.ts';
import type { Drawing } from './types.ts';

Chart.register(Title, SubTitle);

/** The texts drawn around the chart, in the page language (written by ChartSharing.astro). */
export interface ImageTexts {
  title: string;
  unit: string;
  source: string;
  licence: string;
  /** The site's base path; the origin is the served one. */
  base: string;
}

/** In CSS pixels; the image has PNG_SIZE.scale device pixels to each. */
const FONT_SIZE = { title: 17, subtitle: 12, footer: 11 };
const LINE = 15;

const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

function footer(lines: string[], colour: string, font: string): Plugin {
  return {
    id: 'footerLines',
    afterDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.font = `${FONT_SIZE.footer}px ${font}`;
      ctx.textBaseline = 'bottom';
      lines.forEach((line, i) => {
        ctx.fillText(line, 12, chart.height - 8 - (lines.length - 1 - i) * LINE, chart.width - 24);
      });
      ctx.restore();
    },
  };
}

export async function downloadPng(figure: HTMLElement, texts: ImageTexts): Promise<void> {
  const drawing = JSON.parse(figure.dataset.chart ?? '') as Drawing;
  // Light colours whatever the page's theme: the image has a white background.
  const holder = document.createElement('div');
  holder.className = 'chart-export';
  const canvas = document.createElement('canvas');
  canvas.width = PNG_SIZE.width;
  canvas.height = PNG_SIZE.height;
  holder.append(canvas);
  figure.append(holder);
  try {
    const colours = theme(holder);
    const { config, labels } = configuration(drawing, colours, () => undefined);
    const lines = footerLines(texts.source, siteAddress(location.origin, texts.base), texts.licence);
    config.options = {
      ...config.options,
      responsive: false,
      animation: false,
      devicePixelRatio: PNG_SIZE.scale,
      layout: { padding: { left: 12, right: 24, top: 8, bottom: 12 + lines.length * LINE } },
      plugins: {
        ...config.options.plugins,
        title: {
          display: true,
          text: texts.title,
          color: colours.text,
          font: { size: FONT_SIZE.title, family: colours.font },
        },
        subtitle: {
          display: true,
          text: texts.unit,
          color: colours.muted,
          font: { size: FONT_SIZE.subtitle, family: colours.font },
        },
      },
    };
    config.plugins = [
      whiteBackground,
      ...chartParts(drawing, labels, () => colours),
      footer(lines, colours.text, colours.font),
    ];
    const chart = new Chart(canvas, config);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
    chart.destroy();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = pngFileName(figure.id);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    holder.remove();
  }
}
