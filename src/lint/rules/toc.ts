import GithubSlugger from 'github-slugger';
import type { Heading, Link, List, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { closest } from '../../fields/suggest.js';
import { spanOf } from '../../readme/extract.js';
import type { Rule } from '../rule.js';
import { safeDecode } from '../source.js';

const TOC_HEADING = /^(table of )?contents$/i;

export const toc: Rule = {
  meta: {
    id: 'toc',
    severity: 'error',
    description: 'Every in-page link resolves to a heading by GitHub\'s slugs, and the table of contents lists every dataset section.',
    why: 'A table of contents whose links lead nowhere, or that leaves out a section, fails the readers who navigate by it.',
    fixable: false,
    examples: {
      valid: [
        {
          name: 'every link resolves by GitHub\'s slugs and every dataset section is listed',
          code: `# List

## Table of Contents

- [Datasets](#datasets)
  - [Digital Breast Tomosynthesis (DBT)](#digital-breast-tomosynthesis-dbt)
  - [MRI](#mri)
- [Contributing & Contact](#contributing--contact)

## Datasets

### Digital Breast Tomosynthesis (DBT)

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |

**Summaries:**

- **A:** A summary.

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **B:** A summary.

## Contributing & Contact

Write.
`,
        },
        {
          name: 'no table of contents',
          code: `## Datasets

### Digital Breast Tomosynthesis (DBT)

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |

**Summaries:**

- **A:** A summary.

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **B:** A summary.

## Contributing & Contact

Write.
`,
        },
        {
          name: 'a link to an HTML anchor',
          code: `<a id="top"></a>

[Back](#top)

## Datasets

### Digital Breast Tomosynthesis (DBT)

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |

**Summaries:**

- **A:** A summary.

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **B:** A summary.

## Contributing & Contact

Write.
`,
        },
      ],
      invalid: [
        {
          name: 'links that no heading has, with the nearest slug',
          code: `# List

## Table of Contents

- [Datasets](#datasets)
  - [DBT](#digital-breast-tomosynthesis)
  - [MRI](#mri)
- [Contributing & Contact](#contributing-contact)

## Datasets

### Digital Breast Tomosynthesis (DBT)

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |

**Summaries:**

- **A:** A summary.

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **B:** A summary.

## Contributing & Contact

Write.
`,
          messages: [
            { line: 6, column: 5, message: 'Unexpected link to `#digital-breast-tomosynthesis`, which no heading has; expected `#digital-breast-tomosynthesis-dbt`.' },
            { line: 8, column: 3, message: 'Unexpected link to `#contributing-contact`, which no heading has; expected `#contributing--contact`.' },
          ],
        },
        {
          name: 'a dataset section not listed',
          code: `# List

## Table of Contents

- [Datasets](#datasets)
  - [MRI](#mri)

## Datasets

### Digital Breast Tomosynthesis (DBT)

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| A | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/a) |

**Summaries:**

- **A:** A summary.

### MRI

| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |
| - | -: | -: | - | -: | - | - | - |
| B | 10 | 20 | DICOM | 1.5 GB | 2020 | [A paper](https://doi.org/10.1000/example) | [Download here](https://example.org/b) |

**Summaries:**

- **B:** A summary.

## Contributing & Contact

Write.
`,
          messages: [
            { line: 5, column: 1, message: 'Missing table-of-contents entry for the section `Digital Breast Tomosynthesis (DBT)`, expected a link `[Digital Breast Tomosynthesis (DBT)](#digital-breast-tomosynthesis-dbt)`.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    const slugger = new GithubSlugger();
    const headings: { node: Heading; slug: string }[] = [];
    const links: Link[] = [];
    const anchors: string[] = [];
    const walk = (node: Nodes) => {
      if (node.type === 'heading') headings.push({ node, slug: slugger.slug(toString(node)) });
      if (node.type === 'link' && node.url.startsWith('#')) links.push(node);
      // HTML anchors (<a id="x">, <a name="x">) are link targets too.
      if (node.type === 'html') for (const m of node.value.matchAll(/\b(?:id|name)\s*=\s*["']([^"']+)["']/g)) anchors.push(m[1]!);
      if ('children' in node) for (const child of node.children) walk(child as Nodes);
    };
    walk(context.tree);
    const slugs = [...headings.map((h) => h.slug), ...anchors];

    // A broken link's likely target counts as listed: its message already names the fix.
    const meant = new Set<string>();
    for (const link of links) {
      const fragment = safeDecode(link.url.slice(1));
      if (slugs.includes(fragment)) continue;
      const near = closest(fragment, slugs) ?? slugs.find((slug) => fragment !== '' && (slug.startsWith(fragment) || fragment.startsWith(slug)));
      if (near !== undefined) meant.add(near);
      report({ span: spanOf(link), message: `Unexpected link to \`${link.url}\`, which no heading has${near === undefined ? '' : `; expected \`#${near}\``}.` });
    }

    const list = tableOfContents(context.tree.children);
    if (list === undefined) return;
    const listed = new Set<string>();
    const collect = (node: Nodes) => {
      if (node.type === 'link' && node.url.startsWith('#')) listed.add(safeDecode(node.url.slice(1)));
      if ('children' in node) for (const child of node.children) collect(child as Nodes);
    };
    collect(list);
    const sections = new Set(context.tables.map((t) => t.section.heading.node));
    for (const { node, slug } of headings) {
      if (!sections.has(node) || listed.has(slug) || meant.has(slug)) continue;
      report({ span: spanOf(list), message: `Missing table-of-contents entry for the section \`${toString(node)}\`, expected a link \`[${toString(node)}](#${slug})\`.` });
    }
  },
};

/** The first list after a heading named "Table of Contents" or "Contents", before the next heading. */
function tableOfContents(children: readonly Nodes[]): List | undefined {
  const at = children.findIndex((n) => n.type === 'heading' && TOC_HEADING.test(toString(n).trim()));
  if (at < 0) return undefined;
  for (const node of children.slice(at + 1)) {
    if (node.type === 'heading') return undefined;
    if (node.type === 'list') return node;
  }
  return undefined;
}

