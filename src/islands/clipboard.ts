/** Copy text, and say so in a live region for screen readers and everyone else. */
export async function copyText(text: string, status: HTMLElement, done: string, failed: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    status.textContent = failed;
  }
}

/** Today's date as a citation's access date. */
export function accessDate(locale: string): string {
  const now = new Date();
  return locale === 'zh'
    ? `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`
    : now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
