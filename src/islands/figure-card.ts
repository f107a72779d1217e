import { accessDate, copyText } from './clipboard.ts';
import type { WithData } from './data-attributes.ts';

/** A figure record as served in data/pages/<page>.json. */
interface FigureRecord {
  anchor: string;
  label: string;
  /** The indicator's English name, when a person has checked that the figure is an observation of it. */
  labelEn?: string;
  /** The indicator the figure is an observation of, and whether that match is the machine's, unreviewed. */
  indicator?: { zh: string; en: string; proposed: boolean };
  raw: string;
  value: number;
  unit: string;
  qualifier: string[];
  period: string;
  sentence: string;
  at: string;
  periodText: { zh: string; en: string };
}
interface PageRecords {
  title: string;
  citation: { zh: string; en: string };
  figures: FigureRecord[];
}

/** The card's words, as FigureCard.astro writes them in `data-strings`. */
interface CardStrings {
  copied: string;
  copyFailed: string;
  accessed: string;
  untitled: string;
  proposed: string;
}

// FigureCard.astro writes the card with `data-src`, where its page's figure records are.
const card = document.getElementById('figure-card') as WithData<'src'> | null;
if (card) setUp(card);

function setUp(card: WithData<'src'>): void {
  const strings = JSON.parse(card.dataset.strings ?? '{}') as CardStrings;
  const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  let records: Promise<PageRecords> | undefined;
  let trigger: HTMLElement | null = null;
  const load = () => (records ??= fetch(card.dataset.src).then((r) => r.json() as Promise<PageRecords>));
  const part = (name: string) => {
    const element = card.querySelector<HTMLElement>(`[data-part="${name}"]`);
    if (!element) throw new Error(`a figure card without its ${name} part`);
    return element;
  };

  document.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.fig');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    history.replaceState(null, '', `#${link.id}`);
    await open(link, true);
  });

  // Arriving at a figure's address (#fig-…), from another page or a link on this one, opens its card too. Focus
  // stays where the reader is (the top of the page, or the link they followed): the card is there to be read, and
  // Tab goes on through the page as before.
  const openTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const link = id.startsWith('fig-') ? document.getElementById(id) : null;
    if (link instanceof HTMLAnchorElement && link.classList.contains('fig')) void open(link, false);
  };
  window.addEventListener('hashchange', openTarget);
  openTarget();

  async function open(link: HTMLAnchorElement, focus: boolean): Promise<void> {
    const page = await load();
    const figure = page.figures.find((f) => f.anchor === link.id);
    if (!figure) return;
    trigger = focus ? link : null;
    fill(page, figure, link.textContent ?? figure.raw);
    place(link);
    if (!card.matches(':popover-open')) card.showPopover();
    if (focus) part('title').focus();
  }

  card.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') trigger?.focus();
  });

  function fill(page: PageRecords, figure: FigureRecord, shown: string): void {
    // On an English page: the English label when there is one, the figure as translated, and the Chinese as printed.
    const english = locale === 'en';
    const label = (english && figure.labelEn) || figure.label || strings.untitled;
    const title = part('title');
    title.textContent = label;
    title.lang = english && !figure.labelEn && figure.label ? 'zh-CN' : '';
    part('value').textContent = english && shown !== figure.raw ? `${shown} (${figure.raw})` : figure.raw;
    part('period').textContent = figure.periodText[locale];
    part('qualifier').textContent = figure.qualifier.length > 0 ? figure.qualifier.join('、') : '—';
    const indicator = figure.indicator;
    part('indicator').textContent = indicator
      ? `${indicator[locale]}${indicator.proposed ? (english ? ` (${strings.proposed})` : `（${strings.proposed}）`) : ''}`
      : '—';
    const sentence = part('sentence');
    const offset = figure.sentence.indexOf(figure.raw);
    const mark = document.createElement('mark');
    mark.textContent = figure.raw;
    sentence.replaceChildren(figure.sentence.slice(0, offset), mark, figure.sentence.slice(offset + figure.raw.length));
    const url = new URL(`#${figure.anchor}`, location.href).href;
    const permalink = part('permalink') as HTMLAnchorElement;
    permalink.href = url;
    part('url').textContent = url;
    part('paragraph').setAttribute('href', `#${figure.at}`);
    const citation = english
      ? `${label}: ${shown} (${figure.periodText.en}). ${page.citation.en} ${url}`
      : `${figure.label}：${figure.raw}（${figure.periodText.zh}）。${page.citation.zh} ${url}`;
    const button = part('copy');
    part('status').textContent = '';
    button.onclick = () =>
      copyText(
        `${citation}${strings.accessed}${accessDate(locale)}`,
        part('status'),
        strings.copied,
        strings.copyFailed,
      );
  }

  function place(link: HTMLElement): void {
    // Phones: a sheet along the bottom (CSS). Wider screens: just under the figure, kept on screen.
    if (window.matchMedia('(max-width: 40rem)').matches) {
      card.style.removeProperty('top');
      card.style.removeProperty('left');
      return;
    }
    const box = link.getBoundingClientRect();
    const width = Math.min(card.offsetWidth || 416, window.innerWidth - 16);
    card.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
    card.style.top = `${Math.min(box.bottom + 8, window.innerHeight - 320)}px`;
  }
}
