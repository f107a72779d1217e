/**
 * The sharing buttons under each chart (src/components/charts/ChartSharing.astro):
 * reveals them, copies the chart's link or embed code as served (this origin),
 * and draws the PNG on click, fetching Chart.js and the export code only then.
 */
import { anchorUrl, embedSnippet } from '../../lib/charts/sharing.ts';
import { copyText } from '../clipboard.ts';
import type { WithData } from '../data-attributes.ts';

type Share = WithData<
  'anchor' | 'image' | 'copied' | 'copyFailed' | 'embedCopied' | 'pngWorking' | 'pngDone' | 'pngFailed'
>;

for (const share of document.querySelectorAll<Share>('[data-chart-share]')) {
  const figure = share.closest<WithData<'chart'>>('[data-chart]');
  const status = share.querySelector<HTMLElement>('[role="status"]');
  if (!figure || !status) throw new Error('chart sharing outside its figure, or without its status line');
  const anchor = new URL(share.dataset.anchor, location.href).href;
  const snippet = share.querySelector<HTMLTextAreaElement & WithData<'embedPath' | 'embedTitle'>>(
    'textarea[data-embed-path]',
  );
  // The served address, not the one the site was built for.
  if (snippet)
    snippet.textContent = embedSnippet(
      new URL(snippet.dataset.embedPath, location.href).href,
      snippet.dataset.embedTitle,
    );
  const { dataset: words } = share;
  const actions: Record<string, () => Promise<void>> = {
    'copy-link': () => copyText(anchorUrl(anchor, figure.id), status, words.copied, words.copyFailed),
    'copy-embed': () => copyText(snippet?.value ?? '', status, words.embedCopied, words.copyFailed),
    png: async () => {
      status.textContent = words.pngWorking;
      try {
        const { downloadPng } = await import('./export-png.ts');
        await downloadPng(figure, JSON.parse(share.dataset.image) as import('./export-png.ts').ImageTexts);
        status.textContent = words.pngDone;
      } catch {
        status.textContent = words.pngFailed;
      }
    },
  };
  for (const button of share.querySelectorAll<WithData<'shareAction'>>('button[data-share-action]')) {
    const action = actions[button.dataset.shareAction];
    if (!action) throw new Error(`no chart sharing action ${button.dataset.shareAction}`);
    button.hidden = false;
    button.addEventListener('click', () => void action());
  }
}
