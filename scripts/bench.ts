// npm run bench [-- --sizes 10,100,1000] [--long 1,2] [--keep] [--matching-only] [--pipeline-only] [--no-add-one]
// [--no-matching]: how ingest, build
// and search indexing scale, what adding one text to the largest corpus costs, and what search costs a reader; what
// matching figures to indicators adds to ingest (--matching-only: that alone; --pipeline-only: no search in Chromium);
// and (--long, in MB; alone it skips the corpus sizes) what one long text adds to the current site. --no-add-one and
// --no-matching leave out those two steps (at 10,000 texts each takes minutes).
// Search is measured in Chromium (/usr/bin/chromium) on the current site and on the largest synthetic corpus.
// Synthetic corpora are recombined from the real source sentences at run time (never committed).
// Prints a table and writes bench-results/bench.json. Figures, not pass/fail: goals are set elsewhere.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { harvest, longText, syntheticCorpus, type SyntheticSource } from '../tooling/bench/corpus.ts';
import { measure, type StageResult } from '../tooling/bench/process-tree.ts';
import { ingest } from '../src/lib/ingest.ts';
import { countContentEntries, readIngestInput } from '../src/lib/io/project.ts';
import { batchCountFor } from '../src/lib/site/build-batches.ts';
import { listTree } from '../src/lib/io/tree.ts';
import { SEARCH_BUNDLES } from '../src/lib/search/build/bundles.ts';
import { statSync } from 'node:fs';
import { measureSearch, type SearchCost } from '../tooling/bench/measure-search.ts';
import { present } from '../src/lib/assert.ts';
import { measureMatching, type MatchingCost } from '../tooling/bench/matching-cost.ts';

const root = process.cwd();
// --keep leaves each scratch project (with its built dist/) in the temporary folder, for a closer look.
const keep = process.argv.includes('--keep');
const matchingOnly = process.argv.includes('--matching-only');
const pipelineOnly = process.argv.includes('--pipeline-only');
const withAddOne = !process.argv.includes('--no-add-one');
const withMatching = !process.argv.includes('--no-matching');
const listArg = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at > 0
    ? present(process.argv[at + 1], `a comma-separated list after ${flag}`)
        .split(',')
        .map(Number)
    : undefined;
};
const longSizes = listArg('--long') ?? [];
const sizes = listArg('--sizes') ?? (longSizes.length > 0 ? [] : [10, 100, 1000]);
const material = harvest(ingest(readIngestInput(root)).pages);

interface Row {
  /** Synthetic texts, or 0 for the current site. */
  texts: number;
  /** The size in MB of one long text added to the current site, if any. */
  longMB?: number;
  pages: number;
  /** The `astro build` runs of the build stage (src/lib/site/build-batches.ts). */
  batches: number;
  stages: Record<'ingest' | 'build' | 'index', { seconds: number; peakMemoryMB: number | null }>;
  totalSeconds: number;
  pagesPerSecond: number;
  distBytesPerPage: number;
  indexBytesPerPage: number;
  /** All of dist/, search bundles included: what a host stores (some limit the number of files). */
  distFiles: number;
  distMB: number;
  search?: SearchCost;
  /** One more text added to the built corpus: the whole pipeline again, to a deployable dist/. */
  addOne?: { seconds: number; ingestSeconds: number; rewritten: string };
}

const folderBytes = (dir: string, filter: (file: string) => boolean = () => true) =>
  listTree(dir)
    .filter(filter)
    .reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);

function writeSource(sources: string, source: SyntheticSource): void {
  writeFileSync(join(sources, `${source.id}.txt`), source.text);
  writeFileSync(join(sources, `${source.id}.meta.yaml`), source.meta);
}

/** A scratch project with `texts` synthetic texts, or (0) the current site with all its content, plus `extra`. */
function scratchProject(texts: number, extra: readonly SyntheticSource[] = []): string {
  const project = mkdtempSync(join(tmpdir(), `bench-${texts}-`));
  for (const entry of ['src', 'public', 'scripts', 'tests', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  if (texts === 0) cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
  else {
    const sources = join(project, 'content', 'sources');
    mkdirSync(sources, { recursive: true });
    writeFileSync(join(project, 'content', 'corrections.yaml'), '[]\n');
    // The glossary and the indicator registry are project files, not content; a new site starts with them.
    for (const file of ['glossary.yaml', 'indicators.yaml'])
      cpSync(join(root, 'content', file), join(project, 'content', file));
    for (const source of syntheticCorpus(material, texts)) writeSource(sources, source);
  }
  for (const source of extra) writeSource(join(project, 'content', 'sources'), source);
  return project;
}

/** `texts` synthetic texts, or (0) the current site with all its content. */
async function runSize(
  texts: number,
  withSearch: boolean,
  withAddOne: boolean,
  extra: readonly SyntheticSource[] = [],
): Promise<Row> {
  const project = scratchProject(texts, extra);
  try {
    const stage = async (name: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<StageResult> => {
      const result = await measure(process.execPath, args, { cwd: project, env });
      if (result.status !== 0) throw new Error(`${name} failed for ${texts} texts:\n${result.output}`);
      return result;
    };
    const ingestStage = () => stage('ingest', [join(project, 'scripts', 'ingest.ts')]);
    const buildStage = () =>
      stage('build', [join(project, 'scripts', 'build.ts'), '--silent'], { ...process.env, SEARCH_INDEX: 'off' });
    const indexStage = () => stage('index', [join(project, 'scripts', 'index-search.ts')]);
    const ingested = await ingestStage();
    const built = await buildStage();
    const indexed = await indexStage();
    const dist = join(project, 'dist');
    const inSearchBundle = (f: string) => SEARCH_BUNDLES.some((bundle) => f.startsWith(`${bundle}/`));
    const pages = listTree(dist).filter((f) => f.endsWith('.html') && !inSearchBundle(f)).length;
    const mb = (r: StageResult) => (r.peakMemoryBytes === null ? null : Math.round(r.peakMemoryBytes / 2 ** 20));
    const totalSeconds = ingested.seconds + built.seconds + indexed.seconds;
    return {
      texts,
      pages,
      batches: batchCountFor(countContentEntries(project)),
      stages: {
        ingest: { seconds: ingested.seconds, peakMemoryMB: mb(ingested) },
        build: { seconds: built.seconds, peakMemoryMB: mb(built) },
        index: { seconds: indexed.seconds, peakMemoryMB: mb(indexed) },
      },
      totalSeconds,
      pagesPerSecond: pages / totalSeconds,
      distBytesPerPage: folderBytes(dist, (f) => !inSearchBundle(f)) / pages,
      indexBytesPerPage: SEARCH_BUNDLES.reduce((sum, bundle) => sum + folderBytes(join(dist, bundle)), 0) / pages,
      distFiles: listTree(dist).length,
      distMB: folderBytes(dist) / 2 ** 20,
      ...(withSearch ? { search: await measureSearch(dist) } : {}),
      ...(withAddOne ? { addOne: await addOneText(project, [ingestStage, buildStage, indexStage]) } : {}),
    };
  } finally {
    if (keep) process.stdout.write(`(kept ${project}) `);
    else rmSync(project, { recursive: true, force: true });
  }
}

/** Add one more synthetic text to a built scratch project and run the pipeline again, as staff would. */
async function addOneText(
  project: string,
  stages: [() => Promise<StageResult>, () => Promise<StageResult>, () => Promise<StageResult>],
): Promise<NonNullable<Row['addOne']>> {
  const sources = join(project, 'content', 'sources');
  const [extra] = syntheticCorpus(material, 1, 2);
  writeSource(sources, { ...present(extra, 'one synthetic text'), id: 'added-one' });
  const [ingestAgain, buildAgain, indexAgain] = stages;
  const ingested = await ingestAgain();
  const built = await buildAgain();
  const indexed = await indexAgain();
  return {
    seconds: ingested.seconds + built.seconds + indexed.seconds,
    ingestSeconds: ingested.seconds,
    rewritten: /(\d+) rewritten/.exec(ingested.output)?.[1] ?? '?',
  };
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
};
console.log(`Benchmark on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}`);
console.log(
  `Corpora recombined from ${material.sentences.length} real sentences and ${material.headings.length} headings.\n`,
);

const rows: Row[] = [];
const matching: { texts: number; cost: MatchingCost }[] = [];
const largest = Math.max(...sizes);
for (const texts of [0, ...sizes]) {
  process.stdout.write(`  ${texts === 0 ? 'current site' : `${texts} texts`}… `);
  if (withMatching) {
    const project = scratchProject(texts);
    try {
      matching.push({ texts, cost: measureMatching(readIngestInput(project)) });
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }
  if (matchingOnly) {
    console.log('matching measured');
    continue;
  }
  const row = await runSize(
    texts,
    !pipelineOnly && (texts === 0 || texts === largest),
    withAddOne && texts > 0 && texts === largest,
  );
  rows.push(row);
  console.log(`${row.totalSeconds.toFixed(1)} s`);
}
const longRows: Row[] = [];
// The site row above ran first, with cold caches: the baseline a long text is compared with is the faster of it and
// a second run made now, so that noise of a few seconds does not pass for (or hide) the cost of a text.
let siteBaseline = rows.find((r) => r.texts === 0);
if (longSizes.length > 0 && siteBaseline) {
  process.stdout.write('  current site, again (the baseline for long texts)… ');
  const again = await runSize(0, false, false);
  console.log(`${again.totalSeconds.toFixed(1)} s`);
  siteBaseline = again.totalSeconds < siteBaseline.totalSeconds ? again : siteBaseline;
}
for (const mb of longSizes) {
  process.stdout.write(`  current site + one ${mb} MB text… `);
  const row = await runSize(0, false, false, [longText(material, mb * 2 ** 20)]);
  longRows.push({ ...row, longMB: mb });
  console.log(`${row.totalSeconds.toFixed(1)} s`);
}

const f = (n: number, digits = 1) => n.toFixed(digits);
/** A Markdown table, each column padded to its widest cell, for pasting into docs/benchmarks.md. */
function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((row) => present(row[c], `a cell under "${h}" in every row`).length)),
  );
  // A cell beyond the header's columns (there is none) is left unpadded.
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padStart(widths[c] ?? 0)).join(' | ')} |`;
  return `${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}`;
}
const header = [
  'texts',
  'pages',
  'batches',
  'ingest s',
  'build s',
  'index s',
  'total s',
  'pages/s',
  'peak MB ingest/build/index',
  'dist KB/page',
  'index KB/page',
  'dist files',
  'dist MB',
];
const table = rows.map((r) => [
  r.texts === 0 ? 'site' : String(r.texts),
  String(r.pages),
  String(r.batches),
  f(r.stages.ingest.seconds, 2),
  f(r.stages.build.seconds),
  f(r.stages.index.seconds),
  f(r.totalSeconds),
  f(r.pagesPerSecond),
  [r.stages.ingest, r.stages.build, r.stages.index].map((s) => s.peakMemoryMB ?? 'n/a').join(' / '),
  f(r.distBytesPerPage / 1024),
  f(r.indexBytesPerPage / 1024),
  String(r.distFiles),
  f(r.distMB),
]);
if (rows.length > 0) console.log(`\n${markdownTable(header, table)}`);

const site = siteBaseline;
if (site && longRows.length > 0) {
  const added = (r: Row, stage: keyof Row['stages']) => r.stages[stage].seconds - site.stages[stage].seconds;
  const signed = (n: number, digits = 1) => `${n < 0 ? '−' : '+'}${f(Math.abs(n), digits)}`;
  const longHeader = [
    'long text',
    'pages',
    'ingest s (+)',
    'build s (+)',
    'index s (+)',
    'added s',
    'added s per MB',
    'peak MB build',
    'dist MB (+)',
    'dist files (+)',
  ];
  const longTable = longRows.map((r) => [
    `${r.longMB} MB`,
    String(r.pages),
    ...(['ingest', 'build', 'index'] as const).map((k) => `${f(r.stages[k].seconds)} (${signed(added(r, k))})`),
    f(r.totalSeconds - site.totalSeconds),
    f((r.totalSeconds - site.totalSeconds) / (r.longMB ?? 1)),
    String(r.stages.build.peakMemoryMB ?? 'n/a'),
    `${f(r.distMB)} (${signed(r.distMB - site.distMB)})`,
    `${r.distFiles} (${signed(r.distFiles - site.distFiles, 0)})`,
  ]);
  console.log(
    `\nOne long text added to the current site (+: over the site, ${f(site.totalSeconds)} s):\n${markdownTable(longHeader, longTable)}`,
  );
  const [shortest, longest] = [longRows[0], longRows.at(-1)];
  if (shortest?.longMB && longest?.longMB && longest.longMB > shortest.longMB) {
    const ratio = (longest.totalSeconds - site.totalSeconds) / (shortest.totalSeconds - site.totalSeconds);
    const linear = longest.longMB / shortest.longMB;
    console.log(
      `  ${ratio <= linear ? 'met   ' : 'MISSED'} linear in length: ${longest.longMB} MB adds ×${f(ratio)} what ${shortest.longMB} MB adds (goal ≤ ×${f(linear)})`,
    );
  }
}

const matchingHeader = [
  'texts',
  'figures',
  'proposals',
  'ingest s without matching',
  'matching s',
  'added',
  'cross-check: whole ingest s with',
];
const matchingRows = matching.map(({ texts, cost }) => [
  texts === 0 ? 'site' : String(texts),
  String(cost.figures),
  String(cost.proposals),
  f(cost.withoutSeconds, 3),
  f(cost.matchingSeconds, 3),
  `${f(100 * cost.added)} %`,
  `${f(cost.wholeWithSeconds, 3)} (${f((100 * (cost.wholeWithSeconds - cost.withoutSeconds)) / cost.withoutSeconds)} %)`,
]);
if (matching.length > 0)
  console.log(
    `\nMatching figures to indicators (goal at 1,000 texts: at most 10 % added to ingest), in process, median of 5:\n${markdownTable(matchingHeader, matchingRows)}`,
  );

const searched = rows.filter((r): r is Row & { search: SearchCost } => r.search !== undefined);
if (searched.length > 0) {
  const searchHeader = [
    'corpus',
    'queries',
    'first search KB (median / max)',
    'cold ms (median / worst)',
    'warm ms (median / worst)',
    'typed ms (median / worst)',
    'exact index KB',
    'Han chars',
    'index B per Han char',
  ];
  const searchRows = searched.map((r) => {
    const s = r.search;
    return [
      r.texts === 0 ? 'site' : `${r.texts} texts`,
      String(s.queries),
      `${f(s.firstSearchKB.median)} / ${f(s.firstSearchKB.max)}`,
      `${s.latencyMs.coldMedian} / ${s.latencyMs.coldWorst}`,
      `${s.latencyMs.warmMedian} / ${s.latencyMs.warmWorst}`,
      `${s.latencyMs.typedMedian} / ${s.latencyMs.typedWorst}`,
      f(s.exactIndexKB),
      String(s.hanCharacters),
      f(s.indexBytesPerHanCharacter, 2),
    ];
  });
  console.log(
    `\nSearch in Chromium (goals at 1,000 texts: first search ≤ 150 KB, warm median < 30 ms), queries that need no conversion:\n${markdownTable(searchHeader, searchRows)}`,
  );
  const converterHeader = [
    'corpus',
    'converter chunks KB',
    'test queries that loaded it',
    'traditional query cold ms (median / worst)',
  ];
  const converterRows = searched.map(({ texts, search: { converter } }) => [
    texts === 0 ? 'site' : `${texts} texts`,
    f(converter.chunkKB),
    String(converter.loadedByQueries),
    `${converter.traditionalColdMs.median} / ${converter.traditionalColdMs.worst}`,
  ]);
  console.log(
    `\nThe traditional-to-simplified converter, loaded only when a Han query finds nothing as typed (its cost, apart):\n${markdownTable(converterHeader, converterRows)}`,
  );
  for (const { texts, search } of searched) {
    console.log(
      `\nSlowest warm queries, ${texts === 0 ? 'site' : `${texts} texts`} (median ms): ${search.slowestWarm.map((q) => `${q.query} ${q.ms}`).join(', ')}`,
    );
  }
}

// Growth from the smallest to the largest synthetic corpus (issue 22's goal: 1,000 to 10,000 texts, at most ×10 in
// time and ×3 in peak memory).
const synthetic = rows.filter((r) => r.texts > 0);
const small = synthetic[0];
const large = synthetic.at(-1);
let growth: Record<string, number> | undefined;
if (small && large && large.texts > small.texts) {
  const peak = (r: Row) => Math.max(...Object.values(r.stages).map((stage) => stage.peakMemoryMB ?? 0));
  growth = {
    ingest: large.stages.ingest.seconds / small.stages.ingest.seconds,
    build: large.stages.build.seconds / small.stages.build.seconds,
    index: large.stages.index.seconds / small.stages.index.seconds,
    total: large.totalSeconds / small.totalSeconds,
    peakMemory: peak(large) / peak(small),
  };
  console.log(
    `\nGrowth from ${small.texts} to ${large.texts} texts (×${f(large.texts / small.texts, 0)} the input; goal from 1,000 to 10,000: time ≤ ×10, memory ≤ ×3): ${Object.entries(
      growth,
    )
      .map(([k, v]) => `${k} ×${f(v)}`)
      .join(', ')}`,
  );
}

if (large) {
  const peakGB = Math.max(...Object.values(large.stages).map((stage) => stage.peakMemoryMB ?? 0)) / 1024;
  const s = large.search;
  const goals: [string, string, boolean | undefined][] = [
    ['whole pipeline ≤ 20 min', `${f(large.totalSeconds / 60)} min`, large.totalSeconds <= 20 * 60],
    ['peak memory of every stage ≤ 4 GB', `${f(peakGB, 2)} GB`, peakGB <= 4],
    ...(s
      ? ([
          ['first search ≤ 150 KB median', `${f(s.firstSearchKB.median)} KB`, s.firstSearchKB.median <= 150],
          ['first search ≤ 300 KB at worst', `${f(s.firstSearchKB.max)} KB`, s.firstSearchKB.max <= 300],
          ['warm median < 30 ms', `${s.latencyMs.warmMedian} ms`, s.latencyMs.warmMedian < 30],
          ['cold median < 150 ms', `${s.latencyMs.coldMedian} ms`, s.latencyMs.coldMedian < 150],
        ] as [string, string, boolean][])
      : []),
    ...(large.addOne
      ? ([
          [
            'one text added, to a deployable dist/',
            `${f(large.addOne.seconds)} s (ingest ${f(large.addOne.ingestSeconds)} s, ${large.addOne.rewritten} page rewritten)`,
            undefined,
          ],
        ] as [string, string, undefined][])
      : []),
  ];
  console.log(
    `\nGoals (issue 22, set at 10,000 texts; this run's largest corpus: ${large.texts} texts):\n${goals
      .map(([goal, value, met]) => `  ${met === undefined ? '·' : met ? 'met   ' : 'MISSED'} ${goal}: ${value}`)
      .join('\n')}`,
  );
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'bench.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, rows, longRows, growth, matching }, null, 2)}\n`,
);
console.log('\nWrote bench-results/bench.json');
