/** Move focus to the next (1) or previous (-1) result link after `from`; false when there is none. */
export function moveFocus(list: HTMLElement, from: Element | null, step: 1 | -1): boolean {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-kind="page"], a[data-kind="section"]')];
  const index = from ? links.indexOf(from as HTMLAnchorElement) : -1;
  const target = links[index + step];
  target?.focus();
  return target !== undefined;
}

/**
 * Arrow keys move between the query box and the result links; Escape in the
 * box clears the query, and in the list goes back to the box.
 */
export function bindResultKeys(
  form: HTMLFormElement,
  input: HTMLInputElement,
  list: HTMLElement,
  clearQuery: () => void,
): void {
  form.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && event.target === input) {
      event.preventDefault();
      moveFocus(list, null, 1);
    } else if (event.key === 'Escape' && event.target === input && input.value) {
      clearQuery();
    }
  });
  list.addEventListener('keydown', (event) => {
    const link = (event.target as Element).closest('a');
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!moveFocus(list, link, event.key === 'ArrowDown' ? 1 : -1) && event.key === 'ArrowUp') input.focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });
}
