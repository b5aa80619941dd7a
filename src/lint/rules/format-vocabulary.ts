import { FORMAT_IDS } from '../../catalog/vocabularies.js';
import { parseFormats, type FormatTokenParse } from '../../fields/formats.js';
import { cellSpan } from '../context.js';
import type { Rule } from '../rule.js';
import { contentRange, replaceRange } from '../source.js';
import { isSwapped } from '../swaps.js';

export const formatVocabulary: Rule = {
  meta: {
    id: 'format-vocabulary',
    severity: 'error',
    description: 'Format lists known file formats in their canonical spelling, separated by commas, or says N/A.',
    why: 'Researchers filter by file format: one spelling per format (JPEG, not JPG) makes a filter find every dataset, and words that are not formats (RGB) hide the real one.',
    fixable: true,
    examples: {
      valid: [
        {
          name: 'canonical formats and N/A',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | SVS, TIFF | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |
| B | 10 | 20 | N/A | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |
| C | 10 | 20 | NIfTI | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/c) |

**Summaries:**

- **Example Set:** A summary.
- **B:** A summary.
- **C:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'N/A in another casing, fixed',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | N/a | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 27, severity: 'warning', message: 'Unexpected Format `N/a`, expected `N/A`.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | N/A | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
        {
          name: 'a colour model is not a file format',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | RGB | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 27, message: 'Unexpected `RGB` in Format: it is a colour model, not a file format; expected the file format (such as PNG or TIFF), or N/A.' },
          ],
        },
        {
          name: 'aliases and another separator, fixed',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | SVS & tif | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 27, severity: 'warning', message: 'Unexpected Format `SVS & tif`, expected `SVS, TIFF`.' },
          ],
          output: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | SVS, TIFF | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
        {
          name: 'a near miss names the format, not fixed',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | PNGG | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 27, message: 'Unexpected format `PNGG`, expected `PNG`.' },
          ],
        },
        {
          name: 'an unknown word',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | Foo | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 27, message: 'Unexpected format `Foo`, expected one of DICOM, PNG, JPEG, TIFF, SVS, PGM, BMP, MAT, NIfTI, NRRD, HDF5, NumPy, CSV, XML, JSON, NDPI, MRXS, LJPEG, MP4, AVI, or N/A.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    for (const { row } of context.rows) {
      const cell = row.cell('format');
      if (cell === undefined || cell.text === '' || isSwapped(row, cell, context.now)) continue;
      const span = cellSpan(cell);
      const parsed = parseFormats(cell.text);
      const wrong = parsed.tokens.filter((t): t is Extract<FormatTokenParse, { ok: false }> => !t.ok);
      for (const token of wrong) report({ span, message: unknownFormat(token) });
      if (wrong.length === 0 && cell.text !== parsed.canonical) {
        report({ span, severity: 'warning', message: `Unexpected Format \`${cell.text}\`, expected \`${parsed.canonical}\`.`, fix: replaceRange(contentRange(cell.node), parsed.canonical) });
      }
    }
  },
};

function unknownFormat(token: Extract<FormatTokenParse, { ok: false }>): string {
  if (token.reason === 'not-a-format') return `Unexpected \`${token.token}\` in Format: it is ${token.explanation}; expected the file format (such as PNG or TIFF), or N/A.`;
  if (token.suggestion !== undefined) return `Unexpected format \`${token.token}\`, expected \`${token.suggestion}\`.`;
  return `Unexpected format \`${token.token}\`, expected one of ${FORMAT_IDS.join(', ')}, or N/A.`;
}
