import type { PageResult, SectionResult } from './types.ts';

/** Words the result list needs, in the page's language (from src/i18n via data-strings). */
export interface Strings {
  report: string;
  plan: string;
  figure: string;
  sectionFallback: string;
  alsoIn: string;
  occurrences: string;
  occurrencesOne: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
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

function excerptNodes(e: NonNullable<SectionResult['excerpt']>): Node[] {
  if ('html' in e) return markedText(e.html);
  return [document.createTextNode(e.before), element('mark', {}, e.match), document.createTextNode(e.after)];
}

/** A section shown with its excerpt (the first of a page). */
type WithExcerpt = SectionResult & Required<Pick<SectionResult, 'excerpt'>>;

export function renderPage(page: PageResult, strings: Strings, textLang: string): HTMLLIElement {
  const meta = [
    page.districts.join(' · '),
    page.kind === 'plan' ? strings.plan : strings.report,
    page.date,
    page.occurrences
      ? (page.occurrences === 1 ? strings.occurrencesOne : strings.occurrences).replace(
          '{count}',
          String(page.occurrences),
        )
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const sectionLink = (s: SectionResult) =>
    element(
      'a',
      { href: s.href, 'data-kind': 'section', 'data-section': s.section, lang: textLang },
      s.heading ?? strings.sectionFallback,
    );
  const withExcerpt = page.sections.filter((s): s is WithExcerpt => s.excerpt !== undefined);
  const further = page.sections.filter((s) => !s.excerpt);
  const sections = element(
    'ol',
    { class: 'search-result__sections' },
    ...withExcerpt.map((s) => {
      const item = element(
        'li',
        {},
        sectionLink(s),
        element('p', { class: 'search-result__excerpt', lang: textLang }, ...excerptNodes(s.excerpt)),
      );
      if (s.figures.length > 0) {
        item.append(
          element(
            'p',
            { class: 'search-result__figures' },
            `${strings.figure} `,
            ...s.figures.flatMap((f, i) => [
              ...(i ? ['; '] : []),
              element(
                'a',
                { href: `${s.href.split('#')[0]}#${f.anchor}`, 'data-kind': 'figure', lang: textLang },
                f.label,
              ),
            ]),
          ),
        );
      }
      return item;
    }),
  );
  // Further matching sections: links by heading, without excerpts, so a long page does not flood the list.
  if (further.length > 0) {
    sections.append(
      element(
        'li',
        { class: 'search-result__more-sections' },
        `${strings.alsoIn} `,
        ...further.flatMap((s, i) => [...(i ? [' · '] : []), sectionLink(s)]),
      ),
    );
  }
  return element(
    'li',
    { class: 'search-result' },
    element(
      'h2',
      { class: 'search-result__title' },
      element('a', { href: page.href, 'data-kind': 'page', lang: textLang }, page.title),
    ),
    element('p', { class: 'search-result__meta' }, meta),
    sections,
  );
}
