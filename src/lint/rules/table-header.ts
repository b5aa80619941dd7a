import { COLUMNS, headerFor, type ColumnKey } from '../../readme/columns.js';
import type { Rule } from '../rule.js';
import { cellSpan } from '../context.js';
import { contentRange, replaceRange } from '../source.js';

const EXPECTED = COLUMNS.map((c) => c.header).join(', ');

export const tableHeader: Rule = {
  meta: {
    id: 'table-header',
    severity: 'error',
    description: 'The file has dataset tables, and each has the canonical columns, spelled as build-readme writes them, in order.',
    why: 'The importer, the linter and readers find each column by its header: a renamed or reordered column hides its values from all three, and a missing one loses a field of every dataset.',
    fixable: true,
    examples: {
      valid: [
        {
          name: 'the canonical header',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
        {
          name: 'another table beside the dataset table is left alone',
          code: `| Name | Value |
|-|-|
| a | b |

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'a file with no dataset table at all, said once',
          code: `# Notes

| Name | Value |
|-|-|
| a | b |
`,
          messages: [{ line: 1, column: 1, message: `Unexpected file without a dataset table, expected a section per modality with a table whose header names ${COLUMNS.map((c) => c.header).join(', ')}: is this a README in the catalogue's format?` }],
        },
        {
          name: 'a header spelled another way, fixed to the canonical spelling',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Access data |
|-|-|-|-|-|-|-|-|
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |
`,
          messages: [
            { line: 3, column: 67, message: 'Unexpected header `Access data`, expected `Download`.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
|-|-|-|-|-|-|-|-|
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |
`,
        },
        {
          name: 'a missing column',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Year | Cite | Download |
|-|-|-|-|-|-|-|
| X | 1 | 1 | PNG | 2020 | N/A | [Download here](https://x.org) |
`,
          messages: [
            { line: 3, column: 1, message: 'Missing column `Size`, expected the columns Dataset, Subjects, Nº Samples, Format, Size, Year, Cite, Download.' },
          ],
        },
        {
          name: 'columns out of order',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Year | Size | Cite | Download |
|-|-|-|-|-|-|-|-|
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |
`,
          messages: [
            { line: 3, column: 53, message: 'Unexpected column `Size` after `Year`, expected the columns in the order Dataset, Subjects, Nº Samples, Format, Size, Year, Cite, Download.' },
          ],
        },
        {
          name: 'an extra column, a warning',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download | Notes |
|-|-|-|-|-|-|-|-|-|
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) | none |
`,
          messages: [
            { line: 3, column: 78, severity: 'warning', message: 'Unexpected column `Notes`, expected only the catalogue\'s columns (Dataset, Subjects, Nº Samples, Format, Size, Year, Cite, Download); its cells are not checked.' },
          ],
        },
        {
          name: 'a column twice',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download | Size |
|-|-|-|-|-|-|-|-|-|
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) | 1 GB |
`,
          messages: [
            { line: 3, column: 78, message: 'Unexpected second `Size` column, expected each column once.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    if (context.tables.length === 0) {
      report({
        span: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        message: `Unexpected file without a dataset table, expected a section per modality with a table whose header names ${EXPECTED}: is this a README in the catalogue's format?`,
      });
      return;
    }
    for (const { table } of context.tables) {
      const seen: ColumnKey[] = [];
      table.header.cells.forEach((cell, i) => {
        const key = table.columns[i];
        const span = cellSpan(cell);
        if (key === undefined) {
          report({ span, severity: 'warning', message: `Unexpected column \`${cell.text}\`, expected only the catalogue's columns (${EXPECTED}); its cells are not checked.` });
          return;
        }
        if (seen.includes(key)) {
          report({ span, message: `Unexpected second \`${headerFor(key)}\` column, expected each column once.` });
          return;
        }
        const previous = seen.at(-1);
        if (previous !== undefined && COLUMNS.findIndex((c) => c.key === key) < COLUMNS.findIndex((c) => c.key === previous)) {
          report({ span, message: `Unexpected column \`${cell.text}\` after \`${headerFor(previous)}\`, expected the columns in the order ${EXPECTED}.` });
        }
        seen.push(key);
        if (cell.text !== headerFor(key)) {
          report({ span, message: `Unexpected header \`${cell.text}\`, expected \`${headerFor(key)}\`.`, fix: replaceRange(contentRange(cell.node), headerFor(key)) });
        }
      });
      const missing = COLUMNS.filter((c) => !seen.includes(c.key)).map((c) => `\`${c.header}\``);
      if (missing.length > 0) {
        report({
          span: table.header.span,
          message: `Missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}, expected the columns ${EXPECTED}.`,
        });
      }
    }
  },
};
