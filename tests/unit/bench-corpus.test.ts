import { describe, expect, it } from 'vitest';
import { harvest, syntheticCorpus } from '../../tooling/bench/corpus.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { readIngestInput } from '../../src/lib/io/project.ts';
import { paginate } from '../../src/lib/segment/pages.ts';
import { parseMeta } from '../../src/lib/sources/meta.ts';
import { makeSource, ROOT } from '../support/sources.ts';

const material = harvest(ingest(readIngestInput(ROOT)).pages);

describe('synthetic benchmark corpus', () => {
  it('is made of real sentences from the sources', () => {
    const all = readIngestInput(ROOT)
      .sources.map((s) => s.text.replace(/\s/g, ''))
      .join('');
    expect(material.sentences.length).toBeGreaterThan(500);
    for (const sentence of material.sentences.slice(0, 50)) expect(all).toContain(sentence.replace(/\s/g, ''));
  });

  it('is the same on every run and different for another seed', () => {
    expect(syntheticCorpus(material, 5)).toEqual(syntheticCorpus(material, 5));
    expect(syntheticCorpus(material, 5, 2)[0]!.text).not.toBe(syntheticCorpus(material, 5)[0]!.text);
  });

  it('gives texts that ingest accepts, each one report page with its headline as title', () => {
    for (const source of syntheticCorpus(material, 20)) {
      const { meta } = parseMeta(`${source.id}.meta.yaml`, source.meta);
      const [page, ...rest] = paginate(makeSource(source.id, source.text, source.meta));
      expect(rest).toEqual([]);
      expect(page!.titleInSource).toBe(true);
      expect(page!.title).toBe(meta.title);
    }
  });
});
