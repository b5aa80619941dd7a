import { headerFor } from '../../readme/columns.js';
import { cellSpan, rowLabel } from '../context.js';
import type { Rule } from '../rule.js';

export const tableShape: Rule = {
  meta: {
    id: 'table-shape',
    severity: 'error',
    description: 'Each row has as many cells as its header, and no cell of a catalogue column is empty.',
    why: 'A row with too few or too many cells shifts every value after the gap into the wrong column, and an empty cell says nothing at all where N/A says that a value is not known.',
    fixable: false,
    examples: {
      valid: [
        {
          name: 'rows as wide as the header',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |
| Other | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/other) |

**Summaries:**

- **Example Set:** A summary.
- **Other:** A summary.
`,
        },
        {
          name: 'N/A cells',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | N/A | 20 | DICOM | 1.5 GB | 2020 | N/A | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'a pipe missing',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| X | 600 | 780        PNG | 204 MB | 2020 | N/A | [Download here](https://x.org) |

**Summaries:**

- **X:** A summary.
`,
          messages: [
            { line: 5, column: 1, message: 'Unexpected 7 cells in the row of `X`, expected 8 as in the header: a `|` is probably missing.' },
          ],
        },
        {
          name: 'an unescaped pipe splitting a cell',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | B | 1 | 2 | PNG | 1 GB | 2020 | N/A | [Download here](https://x.org) |

**Summaries:**

- **A:** A summary.
`,
          messages: [
            { line: 5, column: 1, message: 'Unexpected 9 cells in the row of `A`, expected 8 as in the header: write a `|` inside a cell as `\\|`.' },
          ],
        },
        {
          name: 'an empty cell',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM |  | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 33, message: 'Unexpected empty `Size` cell in the row of `Example Set`, expected a value or N/A.' },
          ],
        },
        {
          name: 'a table without rows, a warning',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
`,
          messages: [
            { line: 3, column: 1, severity: 'warning', message: 'Unexpected table without rows, expected one row per dataset.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    for (const { table } of context.tables) {
      if (table.rows.length === 0) report({ span: table.span, severity: 'warning', message: 'Unexpected table without rows, expected one row per dataset.' });
    }
    for (const row of context.rows) {
      const width = row.table.header.cells.length;
      const count = row.row.cells.length;
      if (count < width) {
        report({ span: row.row.span, message: `Unexpected ${count} ${count === 1 ? 'cell' : 'cells'} in the row of ${rowLabel(row)}, expected ${width} as in the header: a \`|\` is probably missing.` });
      } else if (count > width) {
        report({ span: row.row.span, message: `Unexpected ${count} cells in the row of ${rowLabel(row)}, expected ${width} as in the header: write a \`|\` inside a cell as \`\\|\`.` });
      }
      row.row.cells.forEach((cell, i) => {
        const key = row.table.columns[i];
        if (key !== undefined && cell.text === '') {
          report({ span: cellSpan(cell), message: `Unexpected empty \`${headerFor(key)}\` cell in the row of ${rowLabel(row)}, expected a value or N/A.` });
        }
      });
    }
  },
};
