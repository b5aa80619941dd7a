import { MIN_YEAR } from '../../catalog/vocabularies.js';
import { parseYear } from '../../fields/year.js';
import { cellSpan } from '../context.js';
import type { Rule } from '../rule.js';
import { isSwapped } from '../swaps.js';

export const yearRange: Rule = {
  meta: {
    id: 'year-range',
    severity: 'error',
    description: `Year is a four-digit year from ${MIN_YEAR} to next year.`,
    why: 'Year is when the dataset was first published: a value outside the plausible range is a typo, or a value that belongs in another column.',
    fixable: false,
    examples: {
      valid: [
        {
          name: 'years from 1980 to next year',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 1980 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |
| B | 10 | 20 | DICOM | 1.5 GB | 2027 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **Example Set:** A summary.
- **B:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'a year after next year',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2031 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 44, message: 'Unexpected Year `2031`, expected a year from 1980 to 2027.' },
          ],
        },
        {
          name: 'not a year',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | soon | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 44, message: 'Unexpected Year `soon`, expected a four-digit year from 1980 to 2027.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    for (const { row } of context.rows) {
      const cell = row.cell('year');
      if (cell === undefined || cell.text === '' || isSwapped(row, cell, context.now)) continue;
      const parsed = parseYear(cell.text, context.now);
      if (parsed.ok) continue;
      report({
        span: cellSpan(cell),
        message:
          parsed.reason === 'out-of-range'
            ? `Unexpected Year \`${cell.text}\`, expected a year from ${parsed.min} to ${parsed.max}.`
            : `Unexpected Year \`${cell.text}\`, expected a four-digit year from ${parsed.min} to ${parsed.max}.`,
      });
    }
  },
};
