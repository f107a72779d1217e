// Links to the same page in another language or view carry the reader's
// #anchor along: paragraph ids are the same in Chinese, English and parallel.
function carryHash() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) link.hash = location.hash;
}
carryHash();
addEventListener('hashchange', carryHash);
