import { splitGluedTitle, urlIdentity } from '../../fields/url.js';
import { normalizeName } from '../../fields/name.js';
import { cellSpan, type DatasetRow } from '../context.js';
import type { Rule } from '../rule.js';

export const duplicateEntry: Rule = {
  meta: {
    id: 'duplicate-entry',
    severity: 'error',
    description: 'No dataset is listed twice, under the same name or the same access URL.',
    why: 'A dataset listed twice splits its values between two rows that then drift apart; the same access URL under two names is usually the same data listed twice.',
    fixable: false,
    examples: {
      valid: [
        {
          name: 'different names and URLs',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **A:** A summary.
- **B:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'the same name in two tables, whatever its case',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| CMMD | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/cmmd) |
| BUSI | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/busi) |

**Summaries:**

- **CMMD:** A summary.
- **BUSI:** A summary.

### Mammography

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| cmmd  | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://other.org) |

**Summaries:**

- **cmmd:** A summary.
`,
          messages: [
            { line: 17, column: 3, message: 'Unexpected second entry for `cmmd`, expected each dataset once: it is already listed on line 5.' },
          ],
        },
        {
          name: 'the same access URL, spelled another way',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://doi.org/10.7937/ABC) |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](http://dx.doi.org/10.7937/abc_"Download_link") |

**Summaries:**

- **A:** A summary.
- **B:** A summary.
`,
          messages: [
            { line: 6, column: 3, message: 'Unexpected second entry with the access URL `http://dx.doi.org/10.7937/abc_"Download_link"`, expected each dataset once: `A` on line 5 has it.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    const names = new Map<string, DatasetRow>();
    const urls = new Map<string, DatasetRow>();
    for (const row of context.rows) {
      const nameCell = row.row.cell('dataset');
      const link = row.row.cell('access')?.links[0];
      const name = normalizeName(row.name);
      const url = link === undefined || link.url === '' ? undefined : urlIdentity(splitGluedTitle(link.url)?.url ?? link.url);
      const sameName = name === '' ? undefined : names.get(name);
      const sameUrl = url === undefined ? undefined : urls.get(url);
      const span = nameCell === undefined ? row.row.span : cellSpan(nameCell);
      if (sameName !== undefined) {
        report({ span, message: `Unexpected second entry for \`${row.name}\`, expected each dataset once: it is already listed on line ${sameName.row.span.start.line}.` });
      } else if (sameUrl !== undefined && link !== undefined) {
        report({ span, message: `Unexpected second entry with the access URL \`${link.url}\`, expected each dataset once: \`${sameUrl.name}\` on line ${sameUrl.row.span.start.line} has it.` });
      }
      if (name !== '' && sameName === undefined) names.set(name, row);
      if (url !== undefined && sameUrl === undefined) urls.set(url, row);
    }
  },
};
