/**
 * Filters for the figures table. Without this script the table is complete and
 * the form stays hidden; with it, rows are hidden that do not match, and the
 * filters are kept in the URL so a filtered view can be shared.
 */
const form = document.getElementById('figure-filter') as HTMLFormElement | null;
const table = document.getElementById('figures-table') as HTMLTableElement | null;
if (form && table) {
  const rows = [...table.tBodies[0]!.rows];
  const status = document.getElementById('figure-count')!;
  const template = status.dataset.template!;
  const params = new URLSearchParams(location.search);
  for (const field of form.elements as unknown as HTMLInputElement[]) {
    if (field.name && params.has(field.name)) field.value = params.get(field.name)!;
  }
  const apply = () => {
    const data = new FormData(form);
    const want = (name: string) => String(data.get(name) ?? '');
    const text = want('q').trim();
    let shown = 0;
    for (const row of rows) {
      const match =
        (!want('district') || row.dataset.district === want('district')) &&
        (!want('source') || row.dataset.source === want('source')) &&
        (!want('unit') || row.dataset.unit === want('unit')) &&
        (!text || row.textContent!.includes(text));
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
