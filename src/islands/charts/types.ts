import type { Locale } from '../../lib/site/locale.ts';

/** The data a chart figure carries for drawing (`data-chart`), written by src/components/charts/ChartFigure.astro. */
export interface Drawing {
  type: 'trend' | 'comparison' | 'progress';
  language: Locale;
  rows: {
    x: number;
    value: number;
    role: 'reported' | 'target' | 'progress';
    label: string;
    note: string;
    category: string;
  }[];
}
