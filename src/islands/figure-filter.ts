/**
 * Filters for a part of the figures table (a district's, FiguresPartPage.astro). Without this script the table is complete and
 * the form stays hidden; with it, rows are hidden that do not match, and the
 * filters are kept in the URL so a filtered view can be shared.
 */
import type { WithData } from './data-attributes.ts';

const form = document.getElementById('figure-filter') as HTMLFormElement | null;
const table = document.getElementById('figures-table') as HTMLTableElement | null;
if (form && table) {
  const body = table.tBodies[0];
  // FiguresPage.astro writes the count line with `data-template`, the words around the two numbers.
  const status = document.getElementById('figure-count') as WithData<'template'> | null;
  if (!body || !status) throw new Error('a figures table without its body, or a page without #figure-count');
  const rows = [...body.rows];
  const template = status.dataset.template;
  const params = new URLSearchParams(location.search);
  for (const field of form.elements as unknown as HTMLInputElement[]) {
    const value = params.get(field.name);
    if (field.name && value !== null) field.value = value;
  }
  const apply = () => {
    const data = new FormData(form);
    const want = (name: string) => String(data.get(name) ?? '');
    const text = want('q').trim();
    let shown = 0;
    for (const row of rows) {
      const match =
        (!want('source') || row.dataset.source === want('source')) &&
        (!want('unit') || row.dataset.unit === want('unit')) &&
        (!text || row.textContent.includes(text));
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    const query = new URLSearchParams([...data.entries()].filter(([, v]) => v !== '') as [string, string][]);
    history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`);
  };
  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}
