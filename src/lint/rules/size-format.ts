import { NA } from '../../fields/na.js';
import { parseSize } from '../../fields/size.js';
import { SIZE_UNITS } from '../../catalog/vocabularies.js';
import { cellSpan } from '../context.js';
import type { Rule } from '../rule.js';
import { contentRange, replaceRange } from '../source.js';
import { isSwapped } from '../swaps.js';

const UNITS = `${SIZE_UNITS.slice(0, -1).join(', ')} or ${SIZE_UNITS.at(-1)}`;

export const sizeFormat: Rule = {
  meta: {
    id: 'size-format',
    severity: 'error',
    description: `Size is a number and a decimal unit (${UNITS}), or N/A.`,
    why: 'Sizes are compared across datasets and summed: a number with a decimal unit (1 GB = 10^9 bytes, as repositories report) reads the same everywhere, while a missing or binary unit makes comparisons wrong.',
    fixable: true,
    examples: {
      valid: [
        {
          name: 'a number and a unit, spaced or not, and N/A',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 204 MB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |
| B | 10 | 20 | DICOM | 204MB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |
| C | 10 | 20 | DICOM | N/A | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/c) |

**Summaries:**

- **Example Set:** A summary.
- **B:** A summary.
- **C:** A summary.
`,
        },
        {
          name: 'a swapped cell is left to swapped-columns',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 2021 | 22.86GB | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'a unit in lower case, fixed',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5gb | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 35, severity: 'warning', message: 'Unexpected Size `1.5gb`, expected `1.5 GB`.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
        {
          name: 'no unit',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1500 | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 35, message: 'Unexpected Size `1500`, expected a number and a unit (KB, MB, GB or TB) or N/A.' },
          ],
        },
        {
          name: 'a binary unit',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 2 GiB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 35, message: 'Unexpected unit in Size `2 GiB`, expected KB, MB, GB or TB (decimal units).' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    for (const { row } of context.rows) {
      const cell = row.cell('size');
      if (cell === undefined || cell.text === '' || isSwapped(row, cell, context.now)) continue;
      const span = cellSpan(cell);
      const parsed = parseSize(cell.text);
      if (!parsed.ok) {
        report({
          span,
          message:
            parsed.reason === 'unknown-unit'
              ? `Unexpected unit in Size \`${cell.text}\`, expected ${UNITS} (decimal units).`
              : `Unexpected Size \`${cell.text}\`, expected a number and a unit (${UNITS}) or ${NA}.`,
        });
        continue;
      }
      // "204MB" and "204 MB" are the same size; only a different spelling of the value or unit is reported.
      if (cell.text.replace(/\s+/g, '') !== parsed.canonical.replace(/\s+/g, '')) {
        report({ span, severity: 'warning', message: `Unexpected Size \`${cell.text}\`, expected \`${parsed.canonical}\`.`, fix: replaceRange(contentRange(cell.node), parsed.canonical) });
      }
    }
  },
};
