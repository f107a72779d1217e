import { accessDate, copyText } from './clipboard.ts';

/** Fill in today's date as the access date, and offer a copy button, in every citation block. */
for (const block of document.querySelectorAll<HTMLElement>('[data-cite]')) {
  for (const date of block.querySelectorAll<HTMLElement>('[data-access-date]'))
    date.textContent = accessDate(date.dataset.accessDate!);
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    const text = block.querySelector<HTMLElement>(`#${button.dataset.copy}`)!;
    const status = block.querySelector<HTMLElement>('[role="status"]')!;
    button.addEventListener('click', () =>
      copyText(text.textContent!.replace(/\s+/g, ' ').trim(), status, block.dataset.copied!, block.dataset.copyFailed!),
    );
  }
}
