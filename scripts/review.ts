// npm run review                                   list the proposals not yet reviewed, by source, with handles
// npm run review -- --source <id>                  only those of one source
// npm run review -- --accept <handle…>             record proposals as reviewed, as proposed
// npm run review -- --reject <handle…> --reason …  record that a figure is no observation
// npm run review -- --correct <handle…> --indicator <id> --kind <kind>   record another reading
// Decisions are appended to content/observations.yaml (checked first: nothing is written if any fails);
// then run `npm run ingest`.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { InputError, InputErrors } from '../src/lib/errors.ts';
import { ingest } from '../src/lib/ingest.ts';
import { writeAtomically } from '../src/lib/io/atomic-file.ts';
import { projectPaths, readIngestInput } from '../src/lib/io/project.ts';
import { parseObservationEntries } from '../src/lib/indicators/observations.ts';
import {
  appendEntries,
  decisionEntries,
  formatProposals,
  parseReviewArguments,
  pendingProposals,
} from '../src/lib/indicators/review.ts';

const root = process.cwd();
const paths = projectPaths(root);
const file = relative(root, paths.observations);

try {
  const request = parseReviewArguments(process.argv.slice(2));
  const input = readIngestInput(root);
  const result = ingest(input);
  const proposals = pendingProposals(result).filter((p) => !request.source || p.source === request.source);
  if (request.source && !input.sources.some((s) => s.id === request.source))
    throw new Error(`no source "${request.source}" in content/sources`);
  if (request.decisions.length === 0) {
    console.log(formatProposals(proposals));
    if (proposals.length > 0)
      console.log(
        '\nDecide with --accept <handle…>, --reject <handle…> --reason …, --correct <handle…> --indicator … --kind …',
      );
  } else {
    const before = readFileSync(paths.observations, 'utf8');
    const after = appendEntries(before, decisionEntries(proposals, request.decisions, result.figures));
    // The new file must read and resolve like any other before it replaces the old one.
    ingest({ ...input, observationEntries: parseObservationEntries(file, after) });
    writeAtomically(paths.observations, after);
    console.log(
      `Wrote ${request.decisions.length} reviewed entr${request.decisions.length === 1 ? 'y' : 'ies'} to ${file}.`,
    );
    console.log('Run `npm run ingest` to update the pages, then commit both.');
  }
} catch (error) {
  if (error instanceof InputErrors || error instanceof InputError) {
    console.error(`review failed; nothing was written.\n${error.message}`);
    process.exit(1);
  }
  if (error instanceof Error) {
    console.error(`review failed; nothing was written.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
