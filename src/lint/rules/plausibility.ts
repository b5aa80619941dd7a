/**
 * Values that each parse but together look wrong. Warnings only: each is worth a look at the
 * source, and may be right.
 *
 * - Nº Samples fewer than Subjects: every subject gives at least one image, volume or slide.
 * - 0 subjects for a dataset whose name, summary or citations do not say it is synthetic
 *   (synthetic, simulated, in silico): unknown is N/A, not 0.
 * - 0 samples: a dataset has at least one sample; unknown is N/A.
 * - Year after the year of the preprint that introduced the dataset (an arXiv id such as
 *   1808.04277, a medRxiv or bioRxiv DOI such as 10.1101/2022.03.07...): Year is when the dataset
 *   was first published, and a later year usually is that of a mirror or a new version.
 */
import { formatCount, parseCount } from '../../fields/count.js';
import { SYNTHETIC } from '../../fields/synthetic.js';
import { parseYear } from '../../fields/year.js';
import { normalizeName } from '../../fields/name.js';
import { matchSummaries } from '../../importer/summaries.js';
import { cellSpan, rowLabel, type DatasetRow, type LintContext } from '../context.js';
import type { Report, Rule } from '../rule.js';

export const plausibility: Rule = {
  meta: {
    id: 'plausibility',
    severity: 'warning',
    description: 'Values that look wrong together: fewer samples than subjects, 0 subjects for real data, 0 samples, a year after the preprint that introduced the dataset.',
    why: 'Values that each parse can still contradict each other. These combinations are usually copying mistakes worth checking against the source, but may be right, so they are warnings that name the record to check.',
    fixable: false,
    examples: {
      valid: [
        {
          name: 'as many samples as subjects or more',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 10 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |
| B | N/A | 5 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **Example Set:** A summary.
- **B:** A summary.
`,
        },
        {
          name: 'zero subjects for synthetic data',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| BUS Synthetic Dataset | 0 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/bus-synthetic-dataset) |
| V | 0 | 20 | DICOM | 1.5 GB | 2020 | [An In-Silico Trial](https://x.org) | [Download here](https://example.org/v) |

**Summaries:**

- **BUS Synthetic Dataset:** A summary.
- **V:** A summary.
`,
        },
        {
          name: 'a year of the preprint or before',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 20 | DICOM | 1.5 GB | 2022 | [VinDr](https://www.medrxiv.org/content/10.1101/2022.03.07.22272009v1) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
        },
      ],
      invalid: [
        {
          name: 'fewer samples than subjects',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| EA1141 | 1,444 | 500 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/ea1141) |

**Summaries:**

- **EA1141:** A summary.
`,
          messages: [
            { line: 5, column: 20, message: 'Unexpected 500 samples for 1,444 subjects in the row of `EA1141`, expected at least one sample per subject: check both counts.' },
          ],
        },
        {
          name: 'zero subjects for data that does not say it is synthetic',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Real Set | 0 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/real-set) |

**Summaries:**

- **Real Set:** A summary.
`,
          messages: [
            { line: 5, column: 14, message: 'Unexpected 0 subjects for `Real Set`, which does not say it is synthetic: expected the number of subjects, or N/A when it is not known.' },
          ],
        },
        {
          name: 'zero samples',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| Example Set | 10 | 0 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/example-set) |

**Summaries:**

- **Example Set:** A summary.
`,
          messages: [
            { line: 5, column: 22, message: 'Unexpected 0 samples for `Example Set`, expected the number of samples, or N/A when it is not known.' },
          ],
        },
        {
          name: 'a year after the preprint that introduced the dataset',
          code: `### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| BACH | 10 | 20 | DICOM | 1.5 GB | 2022 | [Bach](https://arxiv.org/abs/1808.04277) | [Download here](https://example.org/bach) |

**Summaries:**

- **BACH:** A summary.
`,
          messages: [
            { line: 5, column: 37, message: 'Unexpected Year 2022 for `BACH`, after its preprint (arXiv 1808.04277, 2018), expected the year the dataset was first published rather than that of a mirror or a later version: check it.' },
          ],
        },
      ],
    },
  },
  async check(context, report) {
    const project = await context.project();
    const records = project?.kind === 'valid' ? project.records : [];
    // Where the README is generated, the values come from a record: that is where to look.
    const recordByName = new Map<string, (typeof records)[number]>();
    for (const r of records) {
      const key = normalizeName(r.dataset.name);
      if (!recordByName.has(key)) recordByName.set(key, r);
    }
    let summaries: Map<string, string> | undefined;
    for (const row of context.rows) {
      const record = recordByName.get(normalizeName(row.name));
      const inRecord = record === undefined ? '' : ` in ${record.file}`;
      const subjectsCell = row.row.cell('subjects');
      const samplesCell = row.row.cell('samples');
      const subjects = count(subjectsCell?.text);
      const samples = count(samplesCell?.text);
      if (subjects !== undefined && samples !== undefined && samples < subjects && samples > 0) {
        report({
          span: cellSpan(samplesCell!),
          message: `Unexpected ${formatCount(samples)} samples for ${formatCount(subjects)} subjects in the row of ${rowLabel(row)}, expected at least one sample per subject: check both counts${inRecord}.`,
        });
      }
      if (subjects === 0) {
        summaries ??= summaryTexts(context);
        const prose = [row.name, summaries.get(row.name) ?? '', ...(row.row.cell('cite')?.links.map((l) => l.text) ?? [])].join(' ');
        if (record?.dataset.synthetic !== true && !SYNTHETIC.test(prose)) {
          report({
            span: cellSpan(subjectsCell!),
            message: `Unexpected 0 subjects for ${rowLabel(row)}, which does not say it is synthetic: expected the number of subjects, or N/A when it is not known${inRecord}.`,
          });
        }
      }
      if (samples === 0) {
        report({ span: cellSpan(samplesCell!), message: `Unexpected 0 samples for ${rowLabel(row)}, expected the number of samples, or N/A when it is not known${inRecord}.` });
      }
      checkPreprintYear(context, row, inRecord, report);
    }
  },
};

function count(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const parsed = parseCount(text);
  return parsed.ok && parsed.value !== null ? parsed.value : undefined;
}

function checkPreprintYear(context: LintContext, row: DatasetRow, inRecord: string, report: Report): void {
  const yearCell = row.row.cell('year');
  const year = yearCell === undefined ? undefined : parseYear(yearCell.text, context.now);
  if (yearCell === undefined || year === undefined || !year.ok || year.value === null) return;
  const preprints = (row.row.cell('cite')?.links ?? []).flatMap((link) => {
    const found = preprintYear(link.url);
    return found === undefined ? [] : [found];
  });
  const earliest = preprints.sort((a, b) => a.year - b.year)[0];
  if (earliest === undefined || year.value <= earliest.year) return;
  report({
    span: cellSpan(yearCell),
    message: `Unexpected Year ${year.value} for ${rowLabel(row)}, after its preprint (${earliest.id}, ${earliest.year}), expected the year the dataset was first published rather than that of a mirror or a later version: check it${inRecord}.`,
  });
}

/** The year of a preprint, from its arXiv id (YYMM.NNNNN) or its medRxiv/bioRxiv DOI (10.1101/YYYY.MM.DD). */
export function preprintYear(url: string): { year: number; id: string } | undefined {
  const arxiv = /arxiv\.org\/(?:abs|pdf)\/(\d{2})(\d{2})\.\d{4,5}/i.exec(url);
  if (arxiv !== null && Number(arxiv[2]) >= 1 && Number(arxiv[2]) <= 12) return { year: 2000 + Number(arxiv[1]), id: `arXiv ${arxiv[0].split('/').pop()}` };
  const rxiv = /\b10\.1101\/((\d{4})\.\d{2}\.\d{2})/.exec(url);
  if (rxiv !== null) return { year: Number(rxiv[2]), id: `doi:10.1101/${rxiv[1]}` };
  return undefined;
}

/** Each dataset's summary text, as the summary bullets give it. */
function summaryTexts(context: LintContext): Map<string, string> {
  const names = [...new Set(context.rows.map((r) => r.name).filter((n) => n !== ''))];
  const bullets = context.document.sections.filter((s) => s.modality !== undefined).flatMap((s) => s.summaries);
  const matching = matchSummaries(names, bullets);
  return new Map([...matching.byName].map(([name, matches]) => [name, matches.map((m) => m.bullet.text).join(' ')]));
}
