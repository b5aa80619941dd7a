/** `catalogue import-readme [README]`: writes datasets/*.yaml from a README in the catalogue's format. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DATASETS_DIR, loadCatalog } from '../catalog/load.js';
import type { Dataset } from '../catalog/schema.js';
import { serializeRecord } from '../catalog/serialize.js';
import { writeArtifacts } from '../build/write.js';
import { plural } from '../fields/count.js';
import { importReadme } from '../importer/import.js';
import type { ImportNote } from '../importer/notes.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UserError, shownPath, type Io } from './io.js';
import { existsSync } from 'node:fs';

const HELP = `Usage: npm run import-readme -- [README.md] [--root DIR] [--dry-run] [--format text|json]

Reads the dataset tables and summaries of a README in the catalogue's format into one record per
dataset, datasets/<id>.yaml, and writes the records that change. Only repairs that can be proven
are made; every repair, every guess and everything left undecided is reported, row by row. What a
README does not show (evidence, full citations, notes, updated, version) is kept from the records
already there, and a known dataset keeps its id.
  --root DIR    the catalogue's root folder (default: the current folder)
  --dry-run     report what would change; write nothing
  --format F    text (default) or json (the notes, as one object)
Exit codes: 0 read (and written, unless --dry-run), 1 a row could not become a valid record
(nothing written), 2 usage error or a file that cannot be read.
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
      `\n${plural(result.records.length, 'record')} read; ${plural(counts('repair'), 'repair')}, ${plural(counts('guess'), 'guess', 'guesses')}, ${counts('undecided')} left undecided${result.failed > 0 ? `, ${plural(result.failed, 'row')} could not be imported` : ''}.\n`,
    );
  }
  if (result.failed > 0) {
    io.stderr.write(`import-readme: nothing written: ${plural(result.failed, 'row')} could not become ${result.failed === 1 ? 'a valid record' : 'valid records'} (see "undecided" above).\n`);
    return EXIT.failed;
  }
  // With --format json, stdout holds the JSON alone; what the command did goes to stderr.
  const status = format === 'json' ? io.stderr : io.stdout;
  const untouched = [...existing.keys()].filter((id) => !result.records.some((r) => r.id === id));
  for (const id of untouched) status.write(`${DATASETS_DIR}/${id}.yaml is not in ${shown}; left as it is.\n`);
  // Only records whose text changes are written: a README that says what the records say changes nothing.
  const files = result.records.map((record) => ({ path: `${DATASETS_DIR}/${record.id}.yaml`, content: serializeRecord(record) }));
  // Compared as records, both written the canonical way, so a record's own layout is no change.
  const before = result.records.map((record) => existing.get(record.id));
  const changed = files.filter((f, i) => before[i] === undefined || serializeRecord(before[i]!) !== f.content);
  const added = before.filter((b) => b === undefined).length;
  const unchanged = files.length - changed.length;
  const tally = `${plural(changed.length, 'record')}${added > 0 ? ` (${added} new)` : ''}, ${unchanged} unchanged`;
  if (changed.length === 0) {
    status.write(`No record changed: ${DATASETS_DIR}/ already says what ${shown} says.\n`);
    return EXIT.ok;
  }
  if (values['dry-run']) {
    status.write(`${tally}; would change ${changed.map((f) => f.path).join(', ')} (--dry-run: nothing written).\n`);
    return EXIT.ok;
  }
  await writeArtifacts(root, changed);
  status.write(`Changed ${tally}: ${changed.map((f) => f.path).join(', ')}. Run \`npm run build-readme\` to regenerate README.md.\n`);
  return EXIT.ok;
}

function formatNotes(file: string, notes: readonly ImportNote[]): string {
  return notes
    .map((n) => `${file}:${n.line}:${n.column}  ${n.kind.padEnd(9)}  ${n.dataset === '' ? '' : `${n.dataset}: `}${n.field}: ${n.message}`)
    .join('\n')
    .concat(notes.length > 0 ? '\n' : '');
}
