import { matchSummaries } from '../../importer/summaries.js';
import { cellSpan } from '../context.js';
import type { Rule } from '../rule.js';

export const summaryCoverage: Rule = {
  meta: {
    id: 'summary-coverage',
    severity: 'error',
    description: 'Every dataset has a summary bullet, and every bullet names a dataset (by name, acronym, or in a group such as `ISPY1 & ISPY2`).',
    why: 'Every dataset needs its description, and a summary that names no row describes a dataset the tables do not list.',
    fixable: false,
    examples: {
      valid: [
        {
          name: 'acronyms and grouped bullets',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Breast Ultrasound Images (BUSI) | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/breast-ultrasound-images-(busi)) |
| ISPY1 | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/ispy1) |
| ISPY2 | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/ispy2) |
| QIN Breast DCE-MRI | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/qin-breast-dce-mri) |
| QIN-BREAST | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/qin-breast) |

**Summaries:**

- **BUSI:** A summary.
- **ISPY1 & ISPY2:** A summary.
- **QIN (Breast DCE-MRI, QIN-BREAST):** A summary.
`,
        },
        {
          name: 'bullets outside the dataset sections are prose',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |

**Summaries:**

- **A:** A summary.

## Contact

- **E-mail:** someone
`,
        },
      ],
      invalid: [
        {
          name: 'a dataset without a summary',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **A:** A summary.
`,
          messages: [
            { line: 6, column: 3, message: 'Missing summary for `B`, expected a bullet `- **B:** ...` under its table\'s summaries.' },
          ],
        },
        {
          name: 'a bullet that names no dataset',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |

**Summaries:**

- **A:** A summary.
- **Zed:** A summary.
`,
          messages: [
            { line: 10, column: 3, message: 'Unexpected summary `Zed`, expected the name of a dataset in the tables.' },
          ],
        },
        {
          name: 'two bullets for one dataset, a warning',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |

**Summaries:**

- **A:** A summary.
- **A:** A summary.
`,
          messages: [
            { line: 10, column: 3, severity: 'warning', message: 'Unexpected second summary of `A`, expected one: `A` on line 9 names it too.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    const named = context.rows.filter((r) => r.name !== '');
    if (named.length === 0) return;
    const names = [...new Set(named.map((r) => r.name))];
    const bullets = context.document.sections.filter((s) => s.modality !== undefined).flatMap((s) => s.summaries);
    const matching = matchSummaries(names, bullets);
    const done = new Set<string>();
    for (const row of named) {
      if (done.has(row.name)) continue;
      done.add(row.name);
      const [first, second] = matching.byName.get(row.name) ?? [];
      const nameCell = row.row.cell('dataset')!;
      if (first === undefined) {
        report({ span: cellSpan(nameCell), message: `Missing summary for \`${row.name}\`, expected a bullet \`- **${row.name}:** ...\` under its table's summaries.` });
      } else if (second !== undefined) {
        report({
          span: second.bullet.labelSpan,
          severity: 'warning',
          message: `Unexpected second summary of \`${row.name}\`, expected one: \`${first.bullet.label}\` on line ${first.bullet.span.start.line} names it too.`,
        });
      }
    }
    for (const { bullet, part } of matching.unmatched) {
      report({ span: bullet.labelSpan, message: `Unexpected summary \`${part}\`, expected the name of a dataset in the tables.` });
    }
  },
};
