// On every page: links to the same page in another language or view carry
// the reader's place along (./reading-place.ts), "/" jumps to the search box, as on most sites, and the
// theme button works. Printed link addresses are those the page is served from.
import './theme-toggle.ts';
import './reading-place.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-print-url]')) link.dataset.printUrl = link.href;
// The printed page's own address, at its top (src/layouts/BaseLayout.astro), without the #anchor.
for (const self of document.querySelectorAll('[data-print-self]')) self.textContent = location.href.replace(/#.*$/, '');

addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
  const box =
    document.querySelector<HTMLInputElement>('[data-search-form] input[name="q"]') ??
    document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
