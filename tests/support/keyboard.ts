import type { Page } from 'playwright-core';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

export interface KeyboardReport {
  /** How many interactive elements the page has. */
  count: number;
  /** Index of the first element Tab focused (0 is the first in document order: the skip link). */
  first: number | undefined;
  /** Interactive elements Tab never reached. */
  missed: string[];
  /** Elements that took focus without a visible focus indicator. */
  unmarked: string[];
}

/** Press Tab through the page and report what it reached and how focus looked. */
export async function tabThrough(page: Page): Promise<KeyboardReport> {
  const labels = await page.evaluate((selector) => {
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        el.getClientRects().length > 0 &&
        !el.closest('[inert], [hidden]') &&
        // The content of a closed <details> still has boxes in Chromium, but takes no focus until opened.
        el.checkVisibility({ contentVisibilityAuto: true })
      );
    };
    const elements = [...document.querySelectorAll(selector)].filter(
      (el) => visible(el) || el.classList.contains('skip-link'),
    );
    elements.forEach((el, i) => el.setAttribute('data-focus-index', String(i)));
    return elements.map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}"`);
  }, FOCUSABLE);
  // Each focus is recorded in the page as it happens, and the record read once per batch of presses: a read after
  // every press doubled the round trips to the browser, and the walks are a large part of CI (docs/benchmarks.md).
  await page.evaluate(() => {
    const log: { index: number; visible: boolean }[] = [];
    (window as unknown as { focusLog: typeof log }).focusLog = log;
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      log.push({ index: Number(el.dataset.focusIndex ?? -1), visible: outlined || style.boxShadow !== 'none' });
    });
  });
  const reached: number[] = [];
  const unmarked: string[] = [];
  const BATCH = 20;
  // Until focus comes round to the skip link again: scripts may add focusable elements after the page was read
  // (each takes a Tab of its own), so a fixed number of presses can stop short on a busy machine.
  let done = false;
  for (let press = 0; press < labels.length * 2 + 20 && !done; press += BATCH) {
    for (let i = 0; i < BATCH; i++) await page.keyboard.press('Tab');
    const focuses = await page.evaluate(() => {
      const log = (window as unknown as { focusLog: { index: number; visible: boolean }[] }).focusLog;
      return log.splice(0, log.length);
    });
    for (const focus of focuses) {
      if (focus.index === 0 && reached.length > 1) {
        done = true;
        break;
      }
      if (focus.index >= 0) reached.push(focus.index);
      if (!focus.visible) unmarked.push(labels[focus.index] ?? 'an element');
    }
  }
  return {
    count: labels.length,
    first: reached[0],
    missed: labels.filter((_, i) => !reached.includes(i)),
    unmarked: [...new Set(unmarked)],
  };
}
