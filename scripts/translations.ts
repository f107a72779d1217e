// npm run check:translations [-- <slug>…]    check the English pages against their Chinese originals
// npm run translations -- scaffold <slug>…   start an English page: content/en/<slug>.mdx with every id and stamp
// npm run translations -- restamp <slug> <id>…  after re-checking a flagged translation, record the current Chinese hash
// npm run translations -- confirm <slug> <id>…  after checking pre-filled passages against the Chinese, drop their draft mark
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../src/lib/io/atomic-file.ts';
import { InputError, InputErrors } from '../src/lib/errors.ts';
import { checkDataViews, checkProject, readTranslationProject } from '../src/lib/translation/project.ts';
import { restamp } from '../src/lib/translation/restamp.ts';
import { scaffoldEnglish } from '../src/lib/translation/scaffold.ts';
import { buildMemory } from '../src/lib/translation/memory.ts';
import { confirmDrafts } from '../src/lib/translation/confirm.ts';
import { formatDataViews, formatReports } from '../src/lib/translation/report.ts';

const root = process.cwd();
const [command = 'check', ...args] = process.argv.slice(2);

try {
  const project = readTranslationProject(root);
  const chineseBySlug = new Map(project.chinese.map((p) => [p.slug, p]));
  const known = (slug: string) => {
    const page = chineseBySlug.get(slug);
    if (!page) throw new Error(`no Chinese page "${slug}" (known: ${[...chineseBySlug.keys()].join(', ')})`);
    return page;
  };
  if (command === 'check') {
    const reports = checkProject(project).filter((r) => args.length === 0 || args.includes(r.slug));
    const { text, failed } = formatReports(reports, project.provisional);
    console.log(text);
    // The data pages are composed from every page's observations: checked on every run, whichever pages are named.
    const data = formatDataViews(checkDataViews(project));
    console.log(`\n${data.text}`);
    process.exitCode = failed || data.failed ? 1 : 0;
  } else if (command === 'scaffold') {
    if (args.length === 0) throw new Error('name the page(s) to scaffold, e.g. reports/qijiang-2022-high-tech-zone');
    const memory = buildMemory(
      project.english.map((en) => ({
        chinese: known(en.slug).passages,
        englishSource: readFileSync(join(root, en.file), 'utf8'),
      })),
    );
    const names = [...project.entities, ...project.glossary];
    const today = new Date().toISOString().slice(0, 10);
    for (const slug of args) {
      const zh = known(slug);
      const target = join(root, 'content', 'en', `${slug}.mdx`);
      if (existsSync(target)) throw new Error(`${target} exists already; scaffold never overwrites a translation`);
      const scaffold = scaffoldEnglish(zh, readFileSync(join(root, zh.file), 'utf8'), { memory, names, date: today });
      writeAtomically(target, scaffold.mdx);
      console.log(
        `Wrote content/en/${slug}.mdx: translate every passage in place, keeping ids, data-zh stamps and <Fig id> marks.`,
      );
      console.log(
        `Pre-filled ${scaffold.whole + scaffold.partial} of ${scaffold.passages} passages from earlier translations (${scaffold.whole} whole, ${scaffold.partial} in part), and the names in ${scaffold.names} more. Each is marked data-draft until you check it against the Chinese: npm run translations -- confirm ${slug} <id>…`,
      );
    }
  } else if (command === 'restamp') {
    const [slug, ...ids] = args;
    if (!slug || ids.length === 0)
      throw new Error(
        'usage: restamp <slug> <id>… (the ids of passages whose translation you have brought up to date)',
      );
    const zh = known(slug);
    const en = project.english.find((e) => e.slug === slug);
    if (!en) throw new Error(`content/en/${slug}.mdx does not exist`);
    const path = join(root, en.file);
    writeAtomically(path, restamp(en.file, readFileSync(path, 'utf8'), zh, ids));
    console.log(`Restamped ${ids.join(', ')} in ${en.file}.`);
  } else if (command === 'confirm') {
    const [slug, ...ids] = args;
    if (!slug || ids.length === 0)
      throw new Error(
        'usage: confirm <slug> <id>… (the ids of pre-filled passages you have checked against the Chinese)',
      );
    known(slug);
    const en = project.english.find((e) => e.slug === slug);
    if (!en) throw new Error(`content/en/${slug}.mdx does not exist`);
    const path = join(root, en.file);
    writeAtomically(path, confirmDrafts(en.file, readFileSync(path, 'utf8'), ids));
    console.log(`Confirmed ${ids.join(', ')} in ${en.file}.`);
  } else {
    throw new Error(`unknown command "${command}" (check, scaffold, restamp, confirm)`);
  }
} catch (error) {
  if (error instanceof InputError || error instanceof InputErrors) {
    console.error(`translations: ${error.message}`);
    process.exit(1);
  }
  console.error(`translations: ${(error as Error).message}`);
  process.exit(1);
}
