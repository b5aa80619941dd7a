import { SAMPLE_UNITS, sampleUnitLabel } from '../../catalog/vocabularies.js';
import { formatCount, parseCount, type CountParse } from '../../fields/count.js';
import { NA } from '../../fields/na.js';
import { parseSamples, SYNTHETIC_SUBJECTS } from '../../fields/samples.js';
import { headerFor } from '../../readme/columns.js';
import { cellSpan } from '../context.js';
import type { Rule } from '../rule.js';
import { contentRange, replaceRange } from '../source.js';
import { isSwapped } from '../swaps.js';

const STYLE_NAMES = { space: 'space-grouped', ungrouped: 'ungrouped' } as const;

export const countFormat: Rule = {
  meta: {
    id: 'count-format',
    severity: 'error',
    description: 'Subjects and Nº Samples are whole numbers with comma thousands separators (samples with their unit), Synthetic for simulated data, or N/A.',
    why: 'Counts are compared down a column by readers and read back by the importer: one style (1,566) makes them comparable at a glance, and malformed groups (20 0000) could be either of two very different numbers.',
    fixable: true,
    examples: {
      valid: [
        {
          name: 'samples with their unit, and simulated data with no subjects',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 1,566 | 10,239 images | DICOM | 1.5 GB | 2020 | N/A | [Download here](https://example.org/example-set) |
| Simulated Set | Synthetic | 1 volume | DICOM | 1.5 GB | 2020 | N/A | [Download here](https://example.org/simulated-set) |

**Summaries:**

- **Example Set:** A summary.
- **Simulated Set:** A summary.
`,
        },
        {
          name: 'comma groups, small numbers and N/A',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 1,566 | 6,671 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |
| B | 0 | N/A | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **Example Set:** A summary.
- **B:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'a sample unit the vocabulary does not know',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 1,566 | 12 pics | DICOM | 1.5 GB | 2020 | N/A | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 25, message: 'Unexpected unit `pics` in Nº Samples, expected one of images, volumes, series, studies, slides, patches, ROIs, videos, signals.' },
          ],
        },
        {
          name: 'Synthetic in another casing, and an ungrouped count with its unit, fixed',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Simulated Set | synthetic | 6671 images | DICOM | 1.5 GB | 2020 | N/A | [Download here](https://example.org/simulated-set) |

**Summaries:**

- **Simulated Set:** A summary.
`,
          messages: [
            { line: 5, column: 19, severity: 'warning', message: 'Unexpected `synthetic`, expected `Synthetic`.' },
            { line: 5, column: 31, severity: 'warning', message: 'Unexpected ungrouped count `6671 images`, expected `6,671 images`: counts are written with comma thousands separators, as build-readme writes them.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Simulated Set | Synthetic | 6,671 images | DICOM | 1.5 GB | 2020 | N/A | [Download here](https://example.org/simulated-set) |

**Summaries:**

- **Simulated Set:** A summary.
`,
        },
        {
          name: 'ungrouped and space-grouped counts, warnings fixed to comma groups',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 5060 | 22 032 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 17, severity: 'warning', message: 'Unexpected ungrouped count `5060`, expected `5,060`: counts are written with comma thousands separators, as build-readme writes them.' },
            { line: 5, column: 24, severity: 'warning', message: 'Unexpected space-grouped count `22 032`, expected `22,032`: counts are written with comma thousands separators, as build-readme writes them.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 5,060 | 22,032 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
        {
          name: 'malformed groups, an error naming the likely reading, not fixed',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 0000 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 22, message: 'Unexpected thousands groups in `20 0000`, expected groups of three digits: probably `20,000` (or `200,000`); check the source.' },
          ],
        },
        {
          name: 'a word',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | many | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 17, message: 'Unexpected Subjects `many`, expected a whole number or N/A.' },
          ],
        },
        {
          name: 'N/A in another casing',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | n/a | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 17, severity: 'warning', message: 'Unexpected `n/a`, expected `N/A`.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | N/A | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
      ],
    },
  },
  check(context, report) {
    for (const { row } of context.rows) {
      for (const key of ['subjects', 'samples'] as const) {
        const cell = row.cell(key);
        if (cell === undefined || cell.text === '' || isSwapped(row, cell, context.now)) continue;
        const span = cellSpan(cell);
        const fix = (text: string) => replaceRange(contentRange(cell.node), text);
        if (key === 'subjects' && cell.text.toLowerCase() === SYNTHETIC_SUBJECTS.toLowerCase()) {
          if (cell.text !== SYNTHETIC_SUBJECTS) report({ span, severity: 'warning', message: `Unexpected \`${cell.text}\`, expected \`${SYNTHETIC_SUBJECTS}\`.`, fix: fix(SYNTHETIC_SUBJECTS) });
          continue;
        }
        const samples = key === 'samples' ? parseSamples(cell.text) : undefined;
        if (samples?.unknownUnit !== undefined) {
          report({ span, message: `Unexpected unit \`${samples.unknownUnit}\` in Nº Samples, expected one of ${SAMPLE_UNITS.map((u) => sampleUnitLabel(u, 2)).join(', ')}.` });
          continue;
        }
        const parsed: CountParse = samples?.count ?? parseCount(cell.text);
        const unit = samples?.unit === undefined || !parsed.ok || parsed.value === null ? '' : ` ${sampleUnitLabel(samples.unit, parsed.value)}`;
        if (parsed.ok) {
          const canonical = `${parsed.canonical}${unit}`;
          if (cell.text === canonical) continue;
          if (parsed.style === 'space' || parsed.style === 'ungrouped') {
            report({
              span,
              severity: 'warning',
              message: `Unexpected ${STYLE_NAMES[parsed.style]} count \`${cell.text}\`, expected \`${canonical}\`: counts are written with comma thousands separators, as build-readme writes them.`,
              fix: fix(canonical),
            });
          } else {
            report({ span, severity: 'warning', message: `Unexpected \`${cell.text}\`, expected \`${canonical}\`.`, fix: fix(canonical) });
          }
        } else if (parsed.reason === 'malformed-groups') {
          const [likely, ...others] = parsed.guesses.map((g) => `\`${formatCount(g)}\``);
          report({
            span,
            message: `Unexpected thousands groups in \`${cell.text}\`, expected groups of three digits: probably ${likely}${others.length > 0 ? ` (or ${others.join(' or ')})` : ''}; check the source.`,
          });
        } else {
          report({ span, message: `Unexpected ${headerFor(key)} \`${cell.text}\`, expected a whole number${key === 'samples' ? ' with its unit' : ''} or ${NA}.` });
        }
      }
    }
  },
};
