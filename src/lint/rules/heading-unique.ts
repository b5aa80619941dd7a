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
  id: 'heading-unique',
  severity: 'error',
  doc: 'No two sections under the same parent heading have the same heading, by GitHub\'s slug.',
  fixable: false,
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
