import { slug } from 'github-slugger';
import type { HeadingInfo } from '../../readme/extract.js';
import type { Rule } from '../rule.js';
import { contentSpan } from '../source.js';

/**
 * Two sections of one name under one parent are almost always a merge gone wrong: a reader meets
 * the same section twice, and its link (`#commands`) reaches only the first. The same name under
 * different parents (a Commands section per chapter) is fine, as in markdownlint's MD024 with
 * `siblings_only`. Names compare by GitHub's slug, as links do.
 */
export const headingUnique: Rule = {
  meta: {
    id: 'heading-unique',
    severity: 'error',
    description: 'No two sections under the same parent heading have the same heading, by GitHub\'s slug.',
    why: 'Two sections of one name under one parent are almost always a merge gone wrong: a reader meets the same section twice, and its link reaches only the first.',
    fixable: false,
    examples: {
      valid: [
        {
          name: 'one name under different parents',
          code: `# List

## Set-up

### Commands

Run.

## Maintainers

### Commands

Run more.
`,
        },
        {
          name: 'one name at different depths',
          code: `# Datasets

## Datasets

Text.
`,
        },
        {
          name: 'no headings',
          code: `Just text.
`,
        },
      ],
      invalid: [
        {
          name: 'sections repeated under one parent, as a merge leaves them',
          code: `# List

## Maintainers

### Commands

New.

### Performance

Fast.

### Commands

Old.

### Performance

Slow.
`,
          messages: [
            { line: 13, column: 5, message: 'Unexpected second `Commands` section under `Maintainers`, expected each section once: merge it with the one on line 5 or rename it; a link to `#commands` reaches only the first.' },
            { line: 17, column: 5, message: 'Unexpected second `Performance` section under `Maintainers`, expected each section once: merge it with the one on line 9 or rename it; a link to `#performance` reaches only the first.' },
          ],
        },
        {
          name: 'names that differ but share a slug',
          code: `# List

## Set up

One.

## Set-up

Two.
`,
          messages: [
            { line: 7, column: 4, message: 'Unexpected second `Set-up` section under `List`, expected each section once: merge it with the one on line 3 or rename it; a link to `#set-up` reaches only the first.' },
          ],
        },
        {
          name: 'top-level sections',
          code: `## A

## A
`,
          messages: [
            { line: 3, column: 4, message: 'Unexpected second `A` section, expected each section once: merge it with the one on line 1 or rename it; a link to `#a` reaches only the first.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    const open: HeadingInfo[] = [];
    const byParent = new Map<HeadingInfo | undefined, Map<string, HeadingInfo>>();
    for (const heading of context.document.headings) {
      while (open.length > 0 && open.at(-1)!.depth >= heading.depth) open.pop();
      const parent = open.at(-1);
      open.push(heading);
      let siblings = byParent.get(parent);
      if (siblings === undefined) byParent.set(parent, (siblings = new Map()));
      const key = `${heading.depth}\u0000${slug(heading.text)}`;
      const first = siblings.get(key);
      if (first === undefined) {
        siblings.set(key, heading);
        continue;
      }
      report({
        span: contentSpan(heading.node),
        message: `Unexpected second \`${heading.text}\` section${parent === undefined ? '' : ` under \`${parent.text}\``}, expected each section once: merge it with the one on line ${first.span.start.line} or rename it; a link to \`#${slug(first.text)}\` reaches only the first.`,
      });
    }
  },
};
