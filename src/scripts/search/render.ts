import type { PageResult, SectionResult } from './types.ts';

/** Words the result list needs, in the page's language (from src/i18n via data-strings). */
export interface Strings {
  report: string;
  plan: string;
  figure: string;
  sectionFallback: string;
  occurrences: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt HTML holds text and <mark>: rebuilt node by node, never assigned as HTML. */
function markedText(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const nodes: Node[] = [];
  for (const child of template.content.childNodes) {
    if (child.nodeName === 'MARK') nodes.push(element('mark', {}, child.textContent ?? ''));
    else nodes.push(document.createTextNode(child.textContent ?? ''));
  }
  return nodes;
}

function excerptNodes(section: SectionResult): Node[] {
  const e = section.excerpt;
  if ('html' in e) return markedText(e.html);
  return [document.createTextNode(e.before), element('mark', {}, e.match), document.createTextNode(e.after)];
}

export function renderPage(page: PageResult, strings: Strings, textLang: string): HTMLLIElement {
  const meta = [page.districts.join(' · '), page.kind === 'plan' ? strings.plan : strings.report, page.date, page.occurrences ? strings.occurrences.replace('{count}', String(page.occurrences)) : '']
    .filter(Boolean).join(' · ');
  const sections = element('ol', { class: 'search-result__sections' }, ...page.sections.map((s) => {
    const excerpt = element('p', { class: 'search-result__excerpt', lang: textLang }, ...excerptNodes(s));
    const item = element('li', {},
      element('a', { href: s.href, 'data-kind': 'section', 'data-section': s.section, lang: textLang }, s.heading ?? strings.sectionFallback),
      excerpt);
    if (s.figures.length > 0) {
      item.append(element('p', { class: 'search-result__figures' }, `${strings.figure} `,
        ...s.figures.flatMap((f, i) => [...(i ? ['; '] : []), element('a', { href: `${s.href.split('#')[0]}#${f.anchor}`, 'data-kind': 'figure', lang: textLang }, f.label)])));
    }
    return item;
  }));
  return element('li', { class: 'search-result' },
    element('h2', { class: 'search-result__title' }, element('a', { href: page.href, 'data-kind': 'page', lang: textLang }, page.title)),
    element('p', { class: 'search-result__meta' }, meta),
    sections);
}
