import type { Page } from 'playwright-core';

/** The root font size at 200 %, as a reader's browser setting makes it (set through the CSSOM: the CSP allows that). */
export const largeText = (page: Page) =>
  page.evaluate(async () => {
    document.documentElement.style.fontSize = '200%';
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
