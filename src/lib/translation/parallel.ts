import { CONTAINER_ELEMENTS } from '../mdx/elements.ts';
import { walkElements, type MdxElement } from '../mdx/read.ts';

/**
 * The rows of the parallel (对照) view: the Chinese page in reading order,
 * each piece beside the English piece with the same id. Containers (a boxed
 * programme, a list, page furniture) are opened so their paragraphs align one
 * by one; a table and a heading with its subtitle stay whole.
 */
export interface ParallelRow {
  id: string;
  zh: MdxElement;
  /** Absent when the piece has no translation yet. */
  en?: MdxElement;
}

export interface ParallelGroup {
  /** The container the rows sit in (`Box`, `List`, `PrintResidue`), if any. */
  container?: { name: string; id?: string };
  rows: ParallelRow[];
}

export function parallelGroups(zhBody: readonly MdxElement[], enBody: readonly MdxElement[]): ParallelGroup[] {
  // Depth first, so a heading group is found before the heading inside it.
  const english = new Map<string, MdxElement>();
  for (const element of walkElements(enBody)) {
    const id = rowId(element);
    if (id !== undefined && !english.has(id)) english.set(id, element);
  }
  const row = (element: MdxElement): ParallelRow | undefined => {
    const id = rowId(element);
    if (id === undefined) return undefined;
    const translation = english.get(id);
    return { id, zh: element, ...(translation ? { en: translation } : {}) };
  };
  const groups: ParallelGroup[] = [];
  for (const element of zhBody) {
    if (CONTAINER_ELEMENTS.has(element.name)) {
      const rows = element.children.flatMap((child) =>
        child.type === 'element' ? [row(child)].filter((r) => r !== undefined) : [],
      );
      groups.push({
        container: { name: element.name, ...(element.attributes.id ? { id: element.attributes.id } : {}) },
        rows,
      });
    } else {
      const single = row(element);
      if (!single) continue;
      const last = groups.at(-1);
      if (last && !last.container) last.rows.push(single);
      else groups.push({ rows: [single] });
    }
  }
  return groups;
}

/** A heading group is known by its heading's id. */
function rowId(element: MdxElement): string | undefined {
  if (element.name === 'hgroup') {
    const heading = element.children.find((c): c is MdxElement => c.type === 'element' && /^h[2-6]$/.test(c.name));
    return heading?.attributes.id;
  }
  return element.attributes.id;
}
