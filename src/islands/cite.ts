import { accessDate, copyText } from './clipboard.ts';
import type { WithData } from './data-attributes.ts';

/** A citation block as CiteThis.astro writes it: `data-cite`, with what the copy button says after copying. */
type CiteBlock = WithData<'copied' | 'copyFailed'>;

/** Fill in the address the page is served from, today's date as the access date, and offer a copy button. */
for (const block of document.querySelectorAll<CiteBlock>('[data-cite]')) {
  for (const url of block.querySelectorAll('[data-cite-url]'))
    url.textContent = `${location.origin}${location.pathname}`;
  for (const date of block.querySelectorAll<WithData<'accessDate'>>('[data-access-date]'))
    date.textContent = accessDate(date.dataset.accessDate);
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    const text = block.querySelector<HTMLElement>(`#${button.dataset.copy}`);
    const status = block.querySelector<HTMLElement>('[role="status"]');
    if (!text || !status) throw new Error(`a citation block without #${button.dataset.copy} or its status line`);
    button.addEventListener('click', () =>
      copyText(text.textContent.replace(/\s+/g, ' ').trim(), status, block.dataset.copied, block.dataset.copyFailed),
    );
  }
}
