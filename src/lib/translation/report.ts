import { CHECK_NAMES, type Problem } from './checks.ts';
import type { PageReport, TranslationProject } from './project.ts';
import { lostBoundMessage, type LostBound } from './data-bounds.ts';

const MAX_QUOTE = 180;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE)}…` : flat;
}

function formatProblem(file: string, problem: Problem): string {
  const lines = [`  ${file}${problem.line ? `:${problem.line}` : ''}  [${problem.check}] ${problem.message}`];
  if (problem.zh !== undefined) lines.push(`      zh: ${quote(problem.zh)}`);
  if (problem.en !== undefined) lines.push(`      en: ${quote(problem.en)}`);
  return lines.join('\n');
}

/**
 * The check's printout: one line per page, every problem with both sentences, the provisional indicators that
 * have no English name, then totals per check. Like an untranslated page, a missing English name is reported
 * without failing the check: the English pages show such a name in Chinese, marked as Chinese, until it is added.
 */
export function formatReports(
  reports: readonly PageReport[],
  provisional: TranslationProject['provisional'] = [],
): { text: string; failed: boolean } {
  const out: string[] = [];
  const untranslated = reports.filter((r) => !r.file);
  for (const report of reports) {
    const file = report.file;
    if (!file) continue;
    const status = report.problems.length === 0 ? 'ok  ' : 'FAIL';
    const drafts = report.drafts ?? [];
    out.push(
      `${status} ${report.slug}  ${report.translated}/${report.passages} passages translated${report.problems.length ? `, ${report.problems.length} problems` : ''}${drafts.length ? `, ${drafts.length} pre-filled and not yet confirmed (${drafts.map((id) => `#${id}`).join(', ')}; shown as draft)` : ''}`,
    );
    for (const problem of report.problems) out.push(formatProblem(file, problem));
  }
  if (untranslated.length > 0) {
    out.push(
      `\nNot translated yet (the English site shows the Chinese with a notice): ${untranslated.map((r) => r.slug).join(', ')}`,
    );
  }
  if (provisional.length > 0) {
    out.push(
      `\nProvisional indicators with no English name (made from plan-table rows that match no indicator; add each to content/indicators.yaml with table_row, table_row_en, name_en and unit_en):`,
    );
    for (const { sourceFile, indicator } of provisional)
      out.push(
        `  content/sources/${sourceFile}${indicator.line ? `:${indicator.line}` : ''}  ${indicator.id}: “${indicator.name}” (${indicator.unit || 'no unit'}) has no English name`,
      );
  }
  const all = reports.flatMap((r) => r.problems);
  const totals = CHECK_NAMES.map((name) => `${name} ${all.filter((p) => p.check === name).length}`).join(', ');
  const pages = reports.length - untranslated.length;
  out.push(`\n${pages} translated pages checked; problems: ${totals}.`);
  return { text: out.join('\n'), failed: all.length > 0 };
}

/** The data pages' part of the printout: how many composed values were checked, and each that loses a bound. */
export function formatDataViews({ checked, lost }: { checked: number; lost: readonly LostBound[] }): {
  text: string;
  failed: boolean;
} {
  const head =
    lost.length === 0
      ? `ok   data pages  ${checked} values composed in both languages, every bound kept in English`
      : `FAIL data pages  ${checked} values composed in both languages, ${lost.length} lose a bound in English`;
  return { text: [head, ...lost.map((b) => `  [bounds] ${lostBoundMessage(b)}`)].join('\n'), failed: lost.length > 0 };
}
