import { headerFor } from '../../readme/columns.js';
import { cellSpan, rowLabel } from '../context.js';
import type { Rule } from '../rule.js';
import { contentRange } from '../source.js';
import { swapsIn } from '../swaps.js';

export const swappedColumns: Rule = {
  meta: {
    id: 'swapped-columns',
    severity: 'error',
    description: 'No two cells of a row each hold what belongs in the other\'s column (Size `2021`, Year `22.86GB`).',
    why: 'Two values that each fit the other\'s column were almost certainly entered in each other\'s cells: reporting the pair once says what to swap, instead of two format errors that hide the cause.',
    fixable: true,
    examples: {
      valid: [
        {
          name: 'cells in their columns',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
        {
          name: 'two counts, which fit each other\'s column',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 20 | 10 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
        {
          name: 'a wrong cell that fits no other column',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | big | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'Size and Year, one message naming both, fixed by swapping',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| CMMD | 10 | 20 | DICOM | 2021 | 22.86GB | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/cmmd) |

**Summaries:**

- **CMMD:** A summary.
`,
          messages: [
            { line: 5, column: 28, message: 'Unexpected Size `2021` and Year `22.86GB` in the row of `CMMD`, expected them swapped: Size `22.86GB`, Year `2021`.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| CMMD | 10 | 20 | DICOM | 22.86GB | 2021 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/cmmd) |

**Summaries:**

- **CMMD:** A summary.
`,
        },
        {
          name: 'Format and Size',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | 2 GB | PNG | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 27, message: 'Unexpected Format `2 GB` and Size `PNG` in the row of `Example Set`, expected them swapped: Format `PNG`, Size `2 GB`.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | PNG | 2 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
      ],
    },
  },
  check(context, report) {
    for (const row of context.rows) {
      for (const { first, second } of swapsIn(row.row, context.now)) {
        const a = contentRange(first.cell.node);
        const b = contentRange(second.cell.node);
        const [headerA, headerB] = [headerFor(first.key), headerFor(second.key)];
        report({
          span: cellSpan(first.cell),
          message:
            `Unexpected ${headerA} \`${first.cell.text}\` and ${headerB} \`${second.cell.text}\` in the row of ${rowLabel(row)}, ` +
            `expected them swapped: ${headerA} \`${second.cell.text}\`, ${headerB} \`${first.cell.text}\`.`,
          ...(a !== undefined && b !== undefined && {
            fix: [
              { start: a.start, end: a.end, text: context.text.slice(b.start, b.end) },
              { start: b.start, end: b.end, text: context.text.slice(a.start, a.end) },
            ],
          }),
        });
      }
    }
  },
};
