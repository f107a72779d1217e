// A paragraph's ¶ link (src/components/content/ParagraphMark.astro) still goes to the paragraph, and also
// copies its address, said in a live region made once for the page.
import { copyText } from './clipboard.ts';

const marks = document.querySelectorAll<HTMLAnchorElement>('a[data-para-link]');
const words = document.querySelector<HTMLElement>('[data-para-copied]')?.dataset;
if (marks.length > 0 && words) {
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);
  for (const mark of marks) {
    mark.addEventListener('click', () => {
      void copyText(mark.href, status, words.paraCopied ?? '', words.paraCopyFailed ?? '');
    });
  }
}
