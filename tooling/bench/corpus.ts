import { present } from '../../src/lib/assert.ts';
import type { Page } from '../../src/lib/segment/pages.ts';
import type { Block } from '../../src/lib/segment/types.ts';

/** Sentences and headings harvested from the real pages, to recombine into synthetic texts. */
export interface Material {
  sentences: string[];
  headings: string[];
}

export interface SyntheticSource {
  id: string;
  text: string;
  meta: string;
}

export function harvest(pages: readonly Page[]): Material {
  const sentences = new Set<string>();
  const headings = new Set<string>();
  for (const page of pages) {
    for (const block of page.blocks) {
      const units =
        block.kind === 'paragraph' ? [block.passage] : block.kind === 'list' || block.kind === 'box' ? block.items : [];
      for (const unit of units) {
        for (const sentence of unit.text.match(/[^。！？]+[。！？]/gu) ?? [])
          if (sentence.length >= 8) sentences.add(sentence);
      }
      if (block.kind === 'heading') headings.add(headingText(block));
    }
  }
  return { sentences: [...sentences].sort(), headings: [...headings].sort() };
}

function headingText(block: Extract<Block, { kind: 'heading' }>): string {
  return block.title.text.replace(/^第[一二三四五六七八九十]+节\s*/u, '');
}

/** A small seeded generator (mulberry32), so a corpus is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS = ['綦江', '黔江', '大足', '万州', '涪陵', '永川', '合川', '江津', '璧山', '铜梁', '荣昌', '梁平'];

/**
 * `count` report texts made of real sentences: a headline, then sections of
 * several paragraphs, each with the four required metadata fields.
 */
export function syntheticCorpus(material: Material, count: number, seed = 1): SyntheticSource[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) =>
    present(items[Math.floor(next() * items.length)], 'a non-empty list to pick from');
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  return Array.from({ length: count }, (_, i) => {
    const title = `${pick(material.headings)} ${pick(material.headings)}`;
    const lines = [`# ${title}`, ''];
    for (let section = between(2, 4); section > 0; section--) {
      lines.push(`## ${pick(material.headings)}`, '');
      for (let paragraph = between(2, 4); paragraph > 0; paragraph--) {
        lines.push(Array.from({ length: between(2, 5) }, () => pick(material.sentences)).join(''), '');
      }
    }
    const district = pick(DISTRICTS);
    const meta = `title: ${JSON.stringify(title)}\nkind: report\ndistricts: [${district}]\npublished: "${between(2019, 2025)}-${String(between(1, 12)).padStart(2, '0')}"\n`;
    return { id: `synthetic-${String(i + 1).padStart(4, '0')}`, text: lines.join('\n'), meta };
  });
}

/**
 * One report of about `bytes` bytes of UTF-8, made like the corpus texts (sections of a few paragraphs of real
 * sentences) but as long as a compiled yearbook or a long plan: the input of the long-text rows.
 */
export function longText(material: Material, bytes: number, seed = 3): SyntheticSource {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) =>
    present(items[Math.floor(next() * items.length)], 'a non-empty list to pick from');
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const title = `长文本测试 ${Math.round(bytes / 2 ** 20)} MB`;
  const lines = [`# ${title}`, ''];
  let size = Buffer.byteLength(lines.join('\n'));
  let section = 0;
  while (size < bytes) {
    section++;
    const added = [`## ${section}. ${pick(material.headings)}`, ''];
    for (let paragraph = between(2, 5); paragraph > 0; paragraph--) {
      added.push(Array.from({ length: between(2, 6) }, () => pick(material.sentences)).join(''), '');
    }
    lines.push(...added);
    size += Buffer.byteLength(`${added.join('\n')}\n`);
  }
  const meta = `title: ${JSON.stringify(title)}\nkind: report\ndistricts: [万州]\npublished: "2025-06"\n`;
  return { id: `long-${Math.round(bytes / 2 ** 10)}k`, text: lines.join('\n'), meta };
}
