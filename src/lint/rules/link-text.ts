import { ACCESS_LINK_TEXTS, parseLinkText } from '../../fields/access.js';
import { cellSpan, rowLabel } from '../context.js';
import type { Rule } from '../rule.js';
import { contentRange, replaceRange } from '../source.js';
import { isSwapped } from '../swaps.js';

const VOCABULARY = ACCESS_LINK_TEXTS.map((t) => `\`${t}\``).join(', ');

export const linkText: Rule = {
  meta: {
    id: 'link-text',
    severity: 'error',
    description: `The access link's text is one of ${ACCESS_LINK_TEXTS.join(', ')}.`,
    why: 'The access link\'s text tells a researcher what getting the data takes, a download, an account or an application: a typo or another wording hides that.',
    fixable: true,
    examples: {
      valid: [
        {
          name: 'each text of the vocabulary',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| D0 | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://x.org/0) |
| D1 | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Register to download](https://x.org/1) |
| D2 | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Request permission](https://x.org/2) |
| D3 | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Contact the authors](https://x.org/3) |

**Summaries:**

- **D0:** A summary.
- **D1:** A summary.
- **D2:** A summary.
- **D3:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'a typo, fixed',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| OASBUD | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Downnload here](https://zenodo.org/records/545928) |

**Summaries:**

- **OASBUD:** A summary.
`,
          messages: [
            { line: 5, column: 91, message: 'Unexpected link text `Downnload here`, expected `Download here`.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| OASBUD | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://zenodo.org/records/545928) |

**Summaries:**

- **OASBUD:** A summary.
`,
        },
        {
          name: 'a typo and another casing, fixed',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Resquest Permission](https://x.org/ask) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 96, message: 'Unexpected link text `Resquest Permission`, expected `Request permission`.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Request permission](https://x.org/ask) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
        {
          name: 'another casing, a warning, fixed',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download Here](https://x.org/d) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 96, severity: 'warning', message: 'Unexpected link text `Download Here`, expected `Download here`.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://x.org/d) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
        {
          name: 'a text far from the vocabulary',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Get the data](https://x.org/d) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 96, message: 'Unexpected link text `Get the data`, expected one of `Download here`, `Register to download`, `Request permission`, `Contact the authors`.' },
          ],
        },
        {
          name: 'no link',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | by e-mail |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 96, message: 'Unexpected access cell `by e-mail` without a link in the row of `Example Set`, expected a link such as [Download here](https://...).' },
          ],
        },
        {
          name: 'a second link, a warning',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://x.org/d) [Paper](https://x.org/p) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 129, severity: 'warning', message: 'Unexpected second link `Paper` in the access cell of `Example Set`, expected one link; put papers in the Cite column.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    for (const row of context.rows) {
      const cell = row.row.cell('access');
      if (cell === undefined || cell.text === '' || isSwapped(row.row, cell, context.now)) continue;
      const [link, ...more] = cell.links;
      if (link === undefined) {
        report({ span: cellSpan(cell), message: `Unexpected access cell \`${cell.text}\` without a link in the row of ${rowLabel(row)}, expected a link such as [Download here](https://...).` });
        continue;
      }
      for (const extra of more) {
        report({ span: extra.span, severity: 'warning', message: `Unexpected second link \`${extra.text}\` in the access cell of ${rowLabel(row)}, expected one link; put papers in the Cite column.` });
      }
      const parsed = parseLinkText(link.text);
      if (!parsed.ok) {
        report({ span: link.span, message: `Unexpected link text \`${link.text}\`, expected one of ${VOCABULARY}.` });
      } else if (parsed.how !== 'exact') {
        report({
          span: link.span,
          ...(parsed.how === 'case' && { severity: 'warning' as const }),
          message: `Unexpected link text \`${link.text}\`, expected \`${parsed.canonical}\`.`,
          fix: replaceRange(contentRange(link.node), parsed.canonical),
        });
      }
    }
  },
};
