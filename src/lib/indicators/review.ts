import { createHash } from 'node:crypto';
import type { Figure } from '../figures/extract.ts';
import type { IngestOutput } from '../ingest.ts';
import type { Observation } from '../schemas/page.ts';
import { OBSERVATION_KINDS, type ObservationKind } from '../schemas/vocabulary.ts';

/**
 * `npm run review`: the machine's proposals, listed for a person by source with their sentences and a short
 * handle each; the decisions (accept, correct, reject) become entries of content/observations.yaml, which then
 * win over the matcher. The command-line script only reads, prints and writes files.
 */
export interface Proposal {
  /** Short and stable: from the figure's id, so the same proposal keeps its handle between runs. */
  handle: string;
  source: string;
  page: string;
  figure: Figure;
  observation: Observation;
}

/** Every proposal not yet decided, by source and in reading order. */
export function pendingProposals({ pages, figures, observations }: IngestOutput): Proposal[] {
  const list: Omit<Proposal, 'handle'>[] = [];
  const ordered = [...pages].sort((a, b) => a.source.id.localeCompare(b.source.id) || a.order - b.order);
  for (const page of ordered) {
    const byId = new Map((figures.get(page.slug) ?? []).map((f) => [f.id, f]));
    for (const observation of observations.get(page.slug) ?? []) {
      const figure = byId.get(observation.figure);
      if (observation.status === 'proposed' && figure)
        list.push({ source: page.source.id, page: page.slug, figure, observation });
    }
  }
  const handles = shortHandles(list.map((p) => p.figure.id));
  return list.map((p, i) => ({ ...p, handle: handles[i] ?? p.figure.id }));
}

/** The shortest prefix (from 5 hex digits) of each id's hash that no other id shares. */
function shortHandles(ids: readonly string[]): string[] {
  const hashes = ids.map((id) => createHash('sha256').update(id).digest('hex'));
  for (let length = 5; length < 64; length += 1) {
    const handles = hashes.map((h) => h.slice(0, length));
    if (new Set(handles).size === handles.length) return handles;
  }
  return hashes;
}

/** The listing, grouped by source: handle, paragraph, figure, the proposed reading, and the sentence. */
export function formatProposals(proposals: readonly Proposal[]): string {
  if (proposals.length === 0) return 'No proposals to review: every matched figure has a reviewed entry.';
  const lines: string[] = [];
  let source = '';
  for (const p of proposals) {
    if (p.source !== source) {
      source = p.source;
      const count = proposals.filter((q) => q.source === source).length;
      lines.push('', `${source}: ${count} proposal${count === 1 ? '' : 's'}`);
    }
    const o = p.observation;
    const note = o.definition ? ` (definition: ${o.definition})` : '';
    lines.push(
      `  ${p.handle}  ${p.page}#${o.at}  ${o.raw} → ${o.indicator} ${o.kind} ${o.period}${note}`,
      `         ${p.figure.sentence}`,
    );
  }
  return lines.slice(1).join('\n');
}

export type Decision =
  | { action: 'accept'; handle: string }
  | { action: 'reject'; handle: string; reason: string }
  | { action: 'correct'; handle: string; indicator: string; kind: ObservationKind };

export interface ReviewRequest {
  source?: string;
  decisions: Decision[];
}

/**
 * Read the command line: `--source <id>`, `--accept <handle…>`, `--reject <handle…> --reason <text>`,
 * `--correct <handle…> --indicator <id> --kind <kind>`. Throws with a message on anything else.
 */
export function parseReviewArguments(args: readonly string[]): ReviewRequest {
  const lists: Record<'accept' | 'reject' | 'correct', string[]> = { accept: [], reject: [], correct: [] };
  const values: Partial<Record<'source' | 'reason' | 'indicator' | 'kind', string>> = {};
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i] ?? '';
    const name = flag.replace(/^--/, '');
    if (name === 'accept' || name === 'reject' || name === 'correct') {
      while (i + 1 < args.length && !(args[i + 1] ?? '').startsWith('--')) lists[name].push(args[(i += 1)] ?? '');
      if (lists[name].length === 0) throw new Error(`${flag} needs at least one handle`);
    } else if (name === 'source' || name === 'reason' || name === 'indicator' || name === 'kind') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
      values[name] = value;
      i += 1;
    } else {
      throw new Error(
        `unknown argument ${JSON.stringify(flag)} (known: --source, --accept, --reject, --reason, --correct, --indicator, --kind)`,
      );
    }
  }
  const decisions: Decision[] = lists.accept.map((handle) => ({ action: 'accept', handle }));
  if (lists.reject.length > 0) {
    const { reason } = values;
    if (!reason) throw new Error('--reject needs --reason "<why the figure is no observation>"');
    for (const handle of lists.reject) decisions.push({ action: 'reject', handle, reason });
  }
  if (lists.correct.length > 0) {
    const { indicator, kind } = values;
    if (!indicator || !kind) throw new Error('--correct needs --indicator <id> and --kind <kind>');
    if (!(OBSERVATION_KINDS as readonly string[]).includes(kind))
      throw new Error(`--kind must be one of ${OBSERVATION_KINDS.join(', ')} (got ${JSON.stringify(kind)})`);
    for (const handle of lists.correct)
      decisions.push({ action: 'correct', handle, indicator, kind: kind as ObservationKind });
  }
  const handles = decisions.map((d) => d.handle);
  const twice = handles.find((h, i) => handles.indexOf(h) !== i);
  if (twice) throw new Error(`handle ${twice} is decided twice`);
  return { ...(values.source ? { source: values.source } : {}), decisions };
}

/**
 * The YAML entries for the decisions, grouped by source in the listing's order (not the command line's), each
 * group under a comment line. Throws when a handle is not among the proposals.
 */
export function decisionEntries(
  proposals: readonly Proposal[],
  decisions: readonly Decision[],
  figures: ReadonlyMap<string, readonly Figure[]>,
): string {
  const byHandle = new Map(proposals.map((p) => [p.handle, p]));
  const unknown = decisions.filter((d) => !byHandle.has(d.handle)).map((d) => d.handle);
  if (unknown.length > 0)
    throw new Error(`no proposal with handle ${unknown.join(', ')}; run npm run review to list the current ones`);
  const decided = new Map(decisions.map((d) => [d.handle, d]));
  const lines: string[] = [];
  let source = '';
  for (const p of proposals) {
    const decision = decided.get(p.handle);
    if (!decision) continue;
    if (p.source !== source) {
      source = p.source;
      lines.push('', `# ${source}: reviewed with npm run review`);
    }
    lines.push(entryLine(p, decision, figures.get(p.page) ?? []));
  }
  return lines.join('\n');
}

function entryLine(p: Proposal, decision: Decision, pageFigures: readonly Figure[]): string {
  const o = p.observation;
  const fields: [string, string][] = [];
  if (decision.action === 'accept') fields.push(['indicator', o.indicator]);
  if (decision.action === 'correct') fields.push(['indicator', decision.indicator]);
  fields.push(['page', p.page], ['at', o.at], ['value', String(o.value)]);
  if (decision.action === 'accept') fields.push(['kind', o.kind]);
  if (decision.action === 'correct') fields.push(['kind', decision.kind]);
  // raw, then nth, only where another figure of the paragraph has the same value.
  const sameValue = pageFigures.filter((f) => f.at === o.at && f.value === o.value);
  if (sameValue.length > 1) {
    fields.push(['raw', JSON.stringify(o.raw)]);
    const sameRaw = sameValue.filter((f) => f.raw === o.raw);
    if (sameRaw.length > 1) fields.push(['nth', String(sameRaw.indexOf(p.figure) + 1)]);
  }
  const keepsNote =
    decision.action === 'accept' || (decision.action === 'correct' && decision.indicator === o.indicator);
  if (keepsNote && o.definition && o.definitionEn)
    fields.push(['definition', JSON.stringify(o.definition)], ['definition_en', JSON.stringify(o.definitionEn)]);
  if (decision.action === 'reject') fields.push(['reject', 'true'], ['reason', JSON.stringify(decision.reason)]);
  return `- { ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

/** content/observations.yaml with the new entries appended, its own text (and comments) untouched. */
export function appendEntries(text: string, entries: string): string {
  const base = text.length === 0 || text.endsWith('\n') ? text : `${text}\n`;
  return `${base}${entries.replace(/^\n/, base.length === 0 ? '' : '\n')}\n`;
}
