import type { Nodes, Paragraph, RootContent, Text } from 'mdast';
import { MODALITIES, type ModalityId } from '../../catalog/vocabularies.js';
import type { Section } from '../../readme/extract.js';
import type { LintContext } from '../context.js';
import type { Report, Rule } from '../rule.js';
import { rangeInText, rangeOf } from '../source.js';

/** "35 datasets", "1,234 publicly available datasets"; not "2 of these datasets". */
const TOTAL = /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{1,5})\s+((?:(?!of\b|these\b|those\b|the\b|such\b|than\b|per\b|in\b|from\b|with\b)[A-Za-z][\w-]*\s+){0,3}?)datasets?\b/gi;
const NAMES = MODALITIES.flatMap((m) => [m.display, m.short].map((name) => ({ name, id: m.id as ModalityId }))).sort((a, b) => b.name.length - a.name.length);
/** "5 Ultrasound" in a list of counts: followed by a separator, "and", "datasets" or the end; not "3 MRI sequences". */
const PER_MODALITY = new RegExp(
  `\\b(\\d{1,5})\\s+(${NAMES.map((n) => n.name.replace(/[()]/g, '\\$&')).join('|')})(?=\\s*(?:[,;.:)]|$)|\\s+(?:and|datasets?)\\b)`,
  'g',
);

interface Claim {
  readonly node: Text;
  readonly index: number;
  readonly number: string;
  readonly modality?: ModalityId;
}

export const totalCount: Rule = {
  meta: {
    id: 'total-count',
    severity: 'error',
    description: 'Numbers of datasets stated in prose match the rows of the tables, in total and per modality.',
    why: 'Prose that states how many datasets the list holds goes stale as rows are added, and a wrong total undermines trust in every other figure.',
    fixable: false,
    examples: {
      valid: [
        {
          name: 'the stated total and per-modality counts match the rows',
          code: `# List

The catalogue lists 3 publicly available datasets: 1 Ultrasound and 2 MRI.

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **A:** A summary.
- **B:** A summary.

### Ultrasound

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| C | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/c) |

**Summaries:**

- **C:** A summary.
`,
        },
        {
          name: 'numbers that are not counts of datasets',
          code: `# List

Each of 2 of these datasets has 3 MRI sequences, and 12 MRI scans were added.

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **A:** A summary.
- **B:** A summary.

### Ultrasound

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| C | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/c) |

**Summaries:**

- **C:** A summary.
`,
        },
        {
          name: 'no tables, nothing to count',
          code: `# List

It will list 40 datasets.
`,
        },
      ],
      invalid: [
        {
          name: 'a total that does not match',
          code: `# List

This repository is composed of 4 publicly available datasets.

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **A:** A summary.
- **B:** A summary.

### Ultrasound

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| C | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/c) |

**Summaries:**

- **C:** A summary.
`,
          messages: [
            { line: 3, column: 32, message: 'Unexpected number of datasets `4`, expected `3`: the tables list 3.' },
          ],
        },
        {
          name: 'a count with thousands separators, read whole',
          code: `# List

This repository is composed of 1,234 publicly available datasets.

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **A:** A summary.
- **B:** A summary.

### Ultrasound

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| C | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/c) |

**Summaries:**

- **C:** A summary.
`,
          messages: [
            { line: 3, column: 32, message: 'Unexpected number of datasets `1,234`, expected `3`: the tables list 3.' },
          ],
        },
        {
          name: 'a per-modality count that does not match',
          code: `# List

The catalogue lists 3 publicly available datasets: 1 Ultrasound and 3 MRI.

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **A:** A summary.
- **B:** A summary.

### Ultrasound

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| C | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/c) |

**Summaries:**

- **C:** A summary.
`,
          messages: [
            { line: 3, column: 69, message: 'Unexpected number of MRI datasets `3`, expected `2`: the MRI table lists 2.' },
          ],
        },
        {
          name: 'a count in a modality section is that section\'s',
          code: `### MRI

This section lists 2 datasets.

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |

**Summaries:**

- **A:** A summary.
`,
          messages: [
            { line: 3, column: 20, message: 'Unexpected number of datasets `2`, expected `1`: the MRI table lists 1.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    if (context.rows.length === 0) return;
    const rowsIn = (modality: ModalityId) => context.rows.filter((r) => r.section.modality === modality).length;
    forEachParagraph(context, (paragraph, section) => {
      const totals: Claim[] = [];
      const perModality: Claim[] = [];
      for (const node of textNodes(paragraph)) {
        for (const m of node.value.matchAll(TOTAL)) totals.push({ node, index: m.index, number: m[1]! });
        for (const m of node.value.matchAll(PER_MODALITY)) perModality.push({ node, index: m.index, number: m[1]!, modality: NAMES.find((n) => n.name === m[2])!.id });
      }
      for (const claim of totals) {
        const inSection = section?.modality;
        const expected = inSection === undefined ? context.rows.length : rowsIn(inSection);
        if (Number(claim.number.replace(/,/g, '')) === expected) continue;
        const where = inSection === undefined ? `the tables list ${expected}` : `the ${display(inSection)} table lists ${expected}`;
        say(context, report, claim, `Unexpected number of datasets \`${claim.number}\`, expected \`${expected}\`: ${where}.`);
      }
      // A modality count is a claim when it is part of a list of them or follows a total: "35 datasets: 5 Ultrasound, 3 DBT".
      if (perModality.length < 2 && totals.length === 0) return;
      for (const claim of perModality) {
        const expected = rowsIn(claim.modality!);
        if (Number(claim.number) === expected) continue;
        say(context, report, claim, `Unexpected number of ${display(claim.modality!)} datasets \`${claim.number}\`, expected \`${expected}\`: the ${display(claim.modality!)} table lists ${expected}.`);
      }
    });
  },
};

function display(id: ModalityId): string {
  return MODALITIES.find((m) => m.id === id)!.short;
}

function say(context: LintContext, report: Report, claim: Claim, message: string): void {
  const range = rangeInText(context.text, claim.node, claim.index, claim.index + claim.number.length) ?? rangeOf(claim.node);
  if (range !== undefined) report({ span: range.span, message });
}

/** Every paragraph outside the tables and the summary bullets, with the section it is in. */
function forEachParagraph(context: LintContext, visit: (paragraph: Paragraph, section: Section | undefined) => void): void {
  const summaries = new Set<Nodes>(context.document.sections.flatMap((s) => s.summaries.map((b) => b.node)));
  let index = -1;
  const walk = (node: Nodes, section: Section | undefined) => {
    if (node.type === 'table' || summaries.has(node)) return;
    if (node.type === 'paragraph') visit(node, section);
    else if ('children' in node) for (const child of node.children) walk(child as Nodes, section);
  };
  for (const node of context.tree.children as RootContent[]) {
    if (node.type === 'heading') index += 1;
    else walk(node, context.document.sections[index]);
  }
}

function textNodes(node: Nodes): Text[] {
  if (node.type === 'text') return [node];
  return 'children' in node ? node.children.flatMap((child) => textNodes(child as Nodes)) : [];
}
