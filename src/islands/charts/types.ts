/** The data a chart figure carries for drawing (`data-chart`), written by src/components/charts/ChartFigure.astro. */
export interface Drawing {
  type: 'trend' | 'comparison' | 'progress';
  language: 'zh' | 'en';
  rows: { x: number; value: number; role: 'reported' | 'target' | 'progress'; label: string; note: string; category: string }[];
}
