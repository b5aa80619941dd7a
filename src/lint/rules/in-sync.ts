import { toString } from 'mdast-util-to-string';
import type { Nodes, PhrasingContent } from 'mdast';
import type { SourcedDataset } from '../../catalog/load.js';
import { modalityById, type ModalityId } from '../../catalog/vocabularies.js';
import { normalizeName } from '../../fields/name.js';
import { splitGluedTitle, urlIdentity } from '../../fields/url.js';
import { cellValue, type CellContent } from '../../readme/cell-value.js';
import { COLUMNS } from '../../readme/columns.js';
import { rowCells } from '../../readme/render.js';
import { cellSpan, rowLabel } from '../context.js';
import type { Rule } from '../rule.js';

const START = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/**
 * Each cell is read with its column's parser and compared with the record's value, so a message
 * names the field, both values and the file to edit. The rest of the README (prose, spacing,
 * escaping) is left to `build-readme --check`, which compares every byte.
 */
export const inSync: Rule = {
  id: 'in-sync',
  severity: 'error',
  doc: 'Where datasets/ exists, every table row says what its record says; each difference names the record file to edit.',
  fixable: false,
  async check(context, report) {
    const project = await context.project();
    if (project === undefined) return;
    if (project.kind === 'invalid') {
      const first = project.messages[0];
      report({
        span: START,
        message: `Unexpected invalid data in datasets/ (${project.messages.length} ${project.messages.length === 1 ? 'error' : 'errors'}${first === undefined ? '' : `, the first at ${first.file}:${first.line}: ${first.message}`}), expected valid records to compare the tables with: run \`npm run validate\`.`,
      });
      return;
    }
    if (context.tables.length === 0) {
      report({ span: START, message: `Unexpected README without dataset tables, expected the tables build-readme renders from the ${project.records.length} records of datasets/: run \`npm run build-readme\`.` });
      return;
    }
    const byName = new Map<string, SourcedDataset>();
    const byUrl = new Map<string, SourcedDataset>();
    for (const record of project.records) {
      byName.set(normalizeName(record.dataset.name), record);
      byUrl.set(urlIdentity(record.dataset.access.url), record);
    }
    const fold = `npm run import-readme -- ${context.file}`;
    const seen = new Set<SourcedDataset>();
    for (const row of context.rows) {
      const url = row.row.cell('access')?.links[0]?.url;
      const record = byName.get(normalizeName(row.name)) ?? (url === undefined ? undefined : byUrl.get(urlIdentity(splitGluedTitle(url)?.url ?? url)));
      if (record === undefined) {
        report({ span: row.row.span, message: `Unexpected row ${rowLabel(row)}, which no record in datasets/ gives: add its record with \`${fold}\`, or remove the row.` });
        continue;
      }
      if (seen.has(record)) continue;
      seen.add(record);
      const { file, dataset } = record;
      if (row.section.modality !== dataset.modality) {
        report({
          span: row.row.span,
          message: `Unexpected row ${rowLabel(row)} under \`${row.section.heading.text}\`, expected it under \`${modalityById(dataset.modality)?.display}\` as ${file} says (modality: ${dataset.modality}): edit ${file} and run \`npm run build-readme\`.`,
        });
        continue;
      }
      const expected = rowCells(dataset);
      for (const column of COLUMNS) {
        const cell = row.row.cell(column.key);
        if (cell === undefined) continue;
        const actual: CellContent = { text: cell.text, urls: cell.links.map((l) => l.url) };
        const wanted = content(expected[column.key]);
        if (cellValue(column.key, actual) === cellValue(column.key, wanted)) continue;
        const [shownActual, shownWanted] = cell.text === wanted.text ? [actual.urls.join(' '), wanted.urls.join(' ')] : [cell.text, wanted.text];
        report({
          span: cellSpan(cell),
          message: `Unexpected ${column.header} \`${shownActual}\` in the row of ${rowLabel(row)} where ${file} gives \`${shownWanted}\`: edit ${file} and run \`npm run build-readme\`, or fold this edit into the record with \`${fold}\`.`,
        });
      }
    }
    for (const record of project.records) {
      if (seen.has(record)) continue;
      const table = context.tables.find((t) => t.section.modality === (record.dataset.modality as ModalityId))?.table;
      report({
        span: table?.span ?? START,
        message: `Missing row for \`${record.dataset.name}\` (${record.file}), expected a row for every record: run \`npm run build-readme\`.`,
      });
    }
  },
};

/** The text and link targets of rendered cell content, as the extractor reads a README's cells. */
function content(nodes: readonly PhrasingContent[]): CellContent {
  const urls: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'link') urls.push(node.url);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const node of nodes) visit(node);
  return { text: nodes.map((n) => toString(n)).join('').replace(/\s+/g, ' ').trim(), urls };
}
