// The reader's place on the page, carried by the links to the same page in another language or view
// (ids are the same in Chinese, English and the parallel view). Without this script those links open
// the other page at its top.
//
// The place is the #anchor the reader followed while its target is still on screen; once they scroll
// away from it, the first paragraph, heading, list item, table row or figure at the top of the window.
// It is not updated while the header is on screen or focus is in it: the header does not stay in view,
// so a reader scrolls back up (or tabs back) to reach the language switch, and the top of the page is
// not where they were reading.

const ANCHORED = 'main :is(h2, h3, h4, h5, h6, p, li, tr, figure, table, section)[id]';
// Ids made for this page only (the search box, the table of contents), which the other page may lack.
const PAGE_OWN = /^(main|toc-heading|site-search-q|translation-notice-heading|original-contents-heading)$/;

function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
}

/** The first anchored element whose box reaches below the top of the window. */
function anchorAtTop(): string {
  for (const element of document.querySelectorAll(ANCHORED)) {
    if (PAGE_OWN.test(element.id)) continue;
    if (element.getBoundingClientRect().bottom > 4) return `#${element.id}`;
  }
  return '';
}

function target(hash: string): Element | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

function update(place: string) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) link.hash = place;
}

const header = document.querySelector('.site-header');

function afterScroll() {
  if (header && (header.contains(document.activeElement) || header.getBoundingClientRect().bottom > 0)) return;
  const followed = target(location.hash);
  update(followed && onScreen(followed) ? location.hash : anchorAtTop());
}

let pending = 0;
addEventListener(
  'scroll',
  () => {
    clearTimeout(pending);
    pending = window.setTimeout(afterScroll, 120);
  },
  { passive: true },
);
addEventListener('hashchange', () => update(location.hash));
update(location.hash);
