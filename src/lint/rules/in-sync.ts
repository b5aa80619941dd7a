import { modalityById, type ModalityId } from '../../catalog/vocabularies.js';
import { urlIdentity, splitGluedTitle } from '../../fields/url.js';
import { normalizeName } from '../../fields/name.js';
import { COLUMNS } from '../../readme/columns.js';
import type { Cell, Row } from '../../readme/extract.js';
import { cellSpan, rowLabel, type LintContext } from '../context.js';
import type { Project } from '../project.js';
import type { Report, Rule } from '../rule.js';

type Valid = Extract<Project, { kind: 'valid' }>;
type SourcedRecord = Valid['records'][number];

const START = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

export const inSync: Rule = {
  id: 'in-sync',
  severity: 'error',
  doc: 'Where datasets/ exists, the tables are what build-readme renders from it; each differing row names its record file.',
  fixable: false,
  async check(context, report) {
    const project = await context.project();
    if (project === undefined) return;
    if (project.kind === 'invalid') {
      const first = project.messages[0];
      report({
        span: START,
        message: `Unexpected invalid data in datasets/ or README.template.md (${project.messages.length} ${project.messages.length === 1 ? 'error' : 'errors'}${first === undefined ? '' : `, the first at ${first.file}:${first.line}: ${first.message}`}), expected valid records to compare the tables with: run \`npm run validate\`.`,
      });
      return;
    }
    if (context.text === project.expected) return;
    if (context.tables.length === 0) {
      report({ span: START, message: `Unexpected README without dataset tables, expected the tables build-readme renders from the ${project.records.length} records of datasets/: run \`npm run build-readme\`.` });
      return;
    }
    const differences = compareTables(context, project, report);
    if (differences === 0 && project.expected !== undefined) compareText(context, project.expected, report);
  },
};

/** Compares each row with the row build-readme renders for its record; returns how many differences it reported. */
function compareTables(context: LintContext, project: Valid, report: Report): number {
  let count = 0;
  const say: Report = (finding) => {
    count += 1;
    report(finding);
  };
  const byName = new Map<string, SourcedRecord>();
  const byUrl = new Map<string, SourcedRecord>();
  for (const record of project.records) {
    byName.set(normalizeName(record.dataset.name), record);
    byUrl.set(urlIdentity(record.dataset.access.url), record);
  }
  const expectedRows = new Map<string, Row>();
  for (const section of project.rendered.sections) {
    for (const table of section.tables) for (const row of table.rows) expectedRows.set(normalizeName(row.cell('dataset')?.text ?? ''), row);
  }
  const fold = `npm run import-readme -- ${context.file}`;
  const seen = new Set<SourcedRecord>();
  for (const row of context.rows) {
    const url = row.row.cell('access')?.links[0]?.url;
    const record = byName.get(normalizeName(row.name)) ?? (url === undefined ? undefined : byUrl.get(urlIdentity(splitGluedTitle(url)?.url ?? url)));
    if (record === undefined) {
      say({ span: row.row.span, message: `Unexpected row ${rowLabel(row)}, which no record in datasets/ gives: add its record with \`${fold}\`, or remove the row.` });
      continue;
    }
    if (seen.has(record)) continue;
    seen.add(record);
    const { file, dataset } = record;
    if (row.section.modality !== dataset.modality) {
      say({
        span: row.row.span,
        message: `Unexpected row ${rowLabel(row)} under \`${row.section.heading.text}\`, expected it under \`${modalityById(dataset.modality)?.display}\` as ${file} says (modality: ${dataset.modality}): edit ${file} and run \`npm run build-readme\`.`,
      });
      continue;
    }
    const expected = expectedRows.get(normalizeName(dataset.name));
    if (expected === undefined) continue;
    const differing = COLUMNS.filter((c) => signature(row.row.cell(c.key)) !== signature(expected.cell(c.key)));
    if (differing.length === 0) continue;
    const first = row.row.cell(differing[0]!.key);
    const details = differing.map((c) => `${c.header} \`${shown(row.row.cell(c.key), expected.cell(c.key))}\` where ${file} gives \`${shown(expected.cell(c.key), row.row.cell(c.key))}\``);
    say({
      span: first === undefined ? row.row.span : cellSpan(first),
      message: `Unexpected ${details.join(', ')} in the row of ${rowLabel(row)}, expected the table build-readme renders: edit ${file} and run \`npm run build-readme\`, or fold this edit into the record with \`${fold}\`.`,
    });
  }
  for (const record of project.records) {
    if (seen.has(record)) continue;
    const table = context.tables.find((t) => t.section.modality === (record.dataset.modality as ModalityId))?.table;
    say({
      span: table?.span ?? START,
      message: `Missing row for \`${record.dataset.name}\` (${record.file}), expected a row for every record: run \`npm run build-readme\`.`,
    });
  }
  return count;
}

/** What a reader sees of a cell: its text and where its links go. */
function signature(cell: Cell | undefined): string {
  return cell === undefined ? '\u0000' : [cell.text, ...cell.links.map((l) => l.url)].join('\u0000');
}

/** A cell's text, or its link URLs when the texts are the same. */
function shown(cell: Cell | undefined, other: Cell | undefined): string {
  if (cell === undefined) return '';
  return other !== undefined && cell.text === other.text ? cell.links.map((l) => l.url).join(' ') : cell.text;
}

/** Outside the tables, the README is the template's text: the first line that differs is reported. */
function compareText(context: LintContext, expected: string, report: Report): void {
  const actual = context.text.split('\n');
  const wanted = expected.split('\n');
  const differing = actual.findIndex((line, i) => line !== wanted[i]);
  // When the README is a prefix of what build-readme writes, the difference is at its end.
  const index = differing >= 0 ? differing : actual.length < wanted.length ? actual.length : -1;
  if (index < 0) return;
  const want = wanted[index];
  const line = Math.min(index, actual.length - 1);
  const what =
    want === undefined ? 'nothing more' : want === '' ? (index === wanted.length - 1 ? 'a final newline' : 'an empty line') : `\`${want.length > 80 ? `${want.slice(0, 77)}...` : want}\``;
  report({
    span: { start: { line: line + 1, column: 1 }, end: { line: line + 1, column: actual[line]!.length + 1 } },
    message: `Unexpected ${differing >= 0 ? 'text on this line' : 'end of file'}, expected what build-readme writes (${what}): README.md is generated; edit README.template.md or datasets/ and run \`npm run build-readme\`.`,
  });
}
