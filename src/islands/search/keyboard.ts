/** Move focus to the next (1) or previous (-1) result link after `from`; false when there is none. */
export function moveFocus(list: HTMLElement, from: Element | null, step: 1 | -1): boolean {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-kind="page"], a[data-kind="section"]')];
  const index = from ? links.indexOf(from as HTMLAnchorElement) : -1;
  const target = links[index + step];
  target?.focus();
  return target !== undefined;
}
