/** The colours and font a chart draws with, from the page's CSS custom properties (so they follow the light/dark theme). */
export interface Theme {
  text: string;
  muted: string;
  grid: string;
  reported: string;
  target: string;
  series: string[];
  font: string;
}

/** A custom property resolved to a colour: tokens may use light-dark(), which only the `color` property resolves. */
export function theme(figure: HTMLElement): Theme {
  const probe = document.createElement('span');
  probe.hidden = true;
  figure.append(probe);
  const colour = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const result = {
    text: colour('--fg'),
    muted: colour('--fg-muted'),
    grid: colour('--chart-grid'),
    reported: colour('--chart-1'),
    target: colour('--chart-2'),
    series: ['--chart-1', '--chart-2', '--chart-3', '--chart-4'].map(colour),
    font: getComputedStyle(figure).fontFamily,
  };
  probe.remove();
  return result;
}
