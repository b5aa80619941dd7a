/** `catalogue import-readme [README]`: writes datasets/*.yaml from a README in the catalogue's format. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DATASETS_DIR, loadCatalog } from '../catalog/load.js';
import type { Dataset } from '../catalog/schema.js';
import { serializeRecord } from '../catalog/serialize.js';
import { writeArtifacts } from '../build/write.js';
import { importReadme } from '../importer/import.js';
import type { ImportNote } from '../importer/notes.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UserError, shownPath, type Io } from './io.js';
import { existsSync } from 'node:fs';

const HELP = `Usage: catalogue import-readme [README.md] [--root DIR] [--dry-run] [--format text|json]

Reads the dataset tables and summaries of a README in the catalogue's format and writes one
record per dataset to datasets/<id>.yaml. Only repairs that can be proven are made; every repair,
every guess and everything left undecided is reported, row by row. Fields a README does not show
(tasks, license, doi, notes, synthetic, other_modalities) are kept from records already there.
Nothing is written when any row cannot become a valid record (exit 1).
`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('import-readme', args, {
    root: { type: 'string' },
    'dry-run': { type: 'boolean' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UserError(`import-readme: --format must be text or json, not \`${format}\`.`);
  if (positionals.length > 1) throw new UserError('import-readme: give one README at a time.');
  const root = path.resolve(io.cwd, values.root ?? '.');
  const readmePath = path.resolve(io.cwd, positionals[0] ?? 'README.md');
  const shown = shownPath(io.cwd, positionals[0] ?? 'README.md');
  let text: string;
  try {
    text = await readFile(readmePath, 'utf8');
  } catch {
    throw new UserError(`import-readme: cannot read ${shown}. Give the path of a README in the catalogue's format.`);
  }

  const existing = new Map<string, Dataset>();
  if (existsSync(path.join(root, DATASETS_DIR))) {
    for (const record of (await loadCatalog(root)).records) existing.set(record.dataset.id, record.dataset);
  }
  const result = importReadme(text, { existing });

  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ file: shown, records: result.records.length, failed: result.failed, notes: result.notes.map((n) => ({ file: shown, ...n })) }, null, 2)}\n`);
  } else {
    io.stdout.write(formatNotes(shown, result.notes));
    const counts = (kind: ImportNote['kind']) => result.notes.filter((n) => n.kind === kind).length;
    io.stdout.write(
      `\n${result.records.length} records read; ${counts('repair')} repairs, ${counts('guess')} guesses, ${counts('undecided')} left undecided${result.failed > 0 ? `, ${result.failed} rows could not be imported` : ''}.\n`,
    );
  }
  if (result.failed > 0) {
    io.stderr.write(`import-readme: nothing written: ${result.failed} row(s) could not become valid records (see "undecided" above).\n`);
    return EXIT.failed;
  }
  const untouched = [...existing.keys()].filter((id) => !result.records.some((r) => r.id === id));
  for (const id of untouched) io.stdout.write(`${DATASETS_DIR}/${id}.yaml is not in ${shown}; left as it is.\n`);
  if (values['dry-run']) return EXIT.ok;
  await writeArtifacts(
    root,
    result.records.map((record) => ({ path: `${DATASETS_DIR}/${record.id}.yaml`, content: serializeRecord(record) })),
  );
  io.stdout.write(`Wrote ${result.records.length} records to ${DATASETS_DIR}/. Run \`npm run build-readme\` to regenerate README.md.\n`);
  return EXIT.ok;
}

function formatNotes(file: string, notes: readonly ImportNote[]): string {
  return notes
    .map((n) => `${file}:${n.line}:${n.column}  ${n.kind.padEnd(9)}  ${n.dataset === '' ? '' : `${n.dataset}: `}${n.field}: ${n.message}`)
    .join('\n')
    .concat(notes.length > 0 ? '\n' : '');
}
