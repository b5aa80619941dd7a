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

/** The record the examples compare with. */
const RECORD = `# yaml-language-server: $schema=../schema/dataset.schema.json
id: example-set
name: Example Set
modality: mri
subjects: 1775
samples: 20
sample_unit: volumes
formats: [DICOM]
size: {value: 1.5, unit: GB}
year: 2020
access:
  kind: download
  url: https://example.org/example-set
citations: []
summary: A summary.
evidence: []
`;

/**
 * Each cell is read with its column's parser and compared with the record's value, so a message
 * names the field, both values and the file to edit. The rest of the README (prose, spacing,
 * escaping) is left to `build-readme --check`, which compares every byte.
 */
export const inSync: Rule = {
  meta: {
    id: 'in-sync',
    severity: 'error',
    description: 'Where datasets/ exists, every table row says what its record says; each difference names the record file to edit.',
    why: 'README.md is generated from datasets/: a hand edit of a table cell is lost at the next build, and until then the README says something its records do not. Cells are compared by value, so a difference of style is left to the format rules, and the prose is left to `build-readme --check`, which compares every byte.',
    fixable: false,
    examples: {
      valid: [
        {
          name: 'the row build-readme renders from the record',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 1,775 | 20 volumes | DICOM | 1.5 GB | 2020 | N/A | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          files: { 'datasets/example-set.yaml': RECORD },
        },
        {
          name: 'the same values in another style, left to the format rules',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 1775 | 20 volumes | DICOM | 1.5GB | 2020 | N/A | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          files: { 'datasets/example-set.yaml': RECORD },
        },
      ],
      invalid: [
        {
          name: 'a hand-edited cell, naming the record file and both ways to fix it',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 1,776 | 20 volumes | DICOM | 1.5 GB | 2020 | N/A | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          files: { 'datasets/example-set.yaml': RECORD },
          messages: [
            { line: 5, column: 17, message: 'Unexpected Subjects `1,776` in the row of `Example Set` where datasets/example-set.yaml gives `1,775`: edit datasets/example-set.yaml and run `npm run build-readme`, or fold this edit into the record with `npm run import-readme -- README.md`.' },
          ],
        },
        {
          name: 'a row that no record gives',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 1,775 | 20 volumes | DICOM | 1.5 GB | 2020 | N/A | [Download here](https://example.org/example-set) |
| New Set | 1 | 1 image | PNG | 1 GB | 2020 | N/A | [Download here](https://example.org/new) |

**Summaries:**

- **Example Set:** A summary.
- **New Set:** A summary.
`,
          files: { 'datasets/example-set.yaml': RECORD },
          messages: [
            { line: 6, column: 1, message: 'Unexpected row `New Set`, which no record in datasets/ gives: add its record with `npm run import-readme -- README.md`, or remove the row.' },
          ],
        },
        {
          name: 'a row in another modality\'s table',
          code: `### Ultrasound

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 1,775 | 20 volumes | DICOM | 1.5 GB | 2020 | N/A | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          files: { 'datasets/example-set.yaml': RECORD },
          messages: [
            { line: 5, column: 1, message: 'Unexpected row `Example Set` under `Ultrasound`, expected it under `MRI` as datasets/example-set.yaml says (modality: mri): edit datasets/example-set.yaml and run `npm run build-readme`.' },
          ],
        },
        {
          name: 'a record without its row',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |

**Summaries:**

- **Other:** A summary.
`,
          files: { 'datasets/example-set.yaml': RECORD },
          messages: [
            { line: 3, column: 1, message: 'Missing row for `Example Set` (datasets/example-set.yaml), expected a row for every record: run `npm run build-readme`.' },
          ],
        },
      ],
    },
  },
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
    // A file with no dataset table is table-header's to report, once.
    if (context.tables.length === 0) return;
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
