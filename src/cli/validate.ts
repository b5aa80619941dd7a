/** `catalogue validate [files...]`: schema and consistency checks of dataset records. */
import path from 'node:path';
import { DATASETS_DIR, loadCatalog } from '../catalog/load.js';
import { countErrors } from '../report/message.js';
import { formatText } from '../report/text.js';
import { parseCommandArgs } from './args.js';
import { EXIT, type Io } from './io.js';

const HELP = `Usage: npm run validate -- [files...] [--strict] [--root DIR] [--quiet]

Validates the dataset records under datasets/ against schema/dataset.schema.json and checks
that ids, names and access URLs are unique. Reports figures (subjects, samples, size, year,
licence) that no evidence entry supports, and says how many are sourced. With files, only those
are reported on (the rest of datasets/ still counts for duplicates).
  --strict    unsourced figures, records without evidence and citations without authors or year
              are errors, not warnings (for new records, and CI)
  --quiet     report errors only
  --root DIR  the catalogue's root folder (default: the current folder)
Exit codes: 0 valid (warnings allowed), 1 an invalid record, 2 usage error.
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, {
    root: { type: 'string' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const root = path.resolve(io.cwd, values.root ?? '.');
  const only = positionals.length > 0 ? positionals.map((file) => toPosix(path.relative(root, path.resolve(io.cwd, file)))) : undefined;
  // In a git checkout, a duplicate is blamed on the record the last commit does not have.
  const { committedRecordFiles } = await import('../git/index.js');
  const committed = await committedRecordFiles(root, DATASETS_DIR);
  const result = await loadCatalog(root, { ...(only !== undefined && { only }), strict: values.strict === true, ...(committed !== undefined && { committed }) });
  if (only !== undefined) {
    const known = new Set(result.records.map((r) => r.file).concat(result.messages.map((m) => m.file)));
    const missing = only.filter((file) => !known.has(file));
    if (missing.length > 0) {
      io.stderr.write(`validate: not a record under datasets/: ${missing.join(', ')}\n`);
      return EXIT.usage;
    }
  }
  const out = io.stdout;
  out.write(formatText(result.messages, { quiet: values.quiet ?? false }));
  const { sourced, known } = result.figures;
  out.write(`${sourced} of ${known} ${known === 1 ? 'figure' : 'figures'} sourced${known === 0 ? '' : ` (${Math.floor((sourced / known) * 100)}%)`}.\n`);
  return countErrors(result.messages) > 0 ? EXIT.failed : EXIT.ok;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

