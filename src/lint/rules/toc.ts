import GithubSlugger from 'github-slugger';
import type { Heading, Link, List, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { closest } from '../../fields/suggest.js';
import { spanOf } from '../../readme/extract.js';
import type { Rule } from '../rule.js';
import { safeDecode } from '../source.js';

const TOC_HEADING = /^(table of )?contents$/i;

export const toc: Rule = {
  id: 'toc',
  severity: 'error',
  doc: 'Every in-page link resolves to a heading by GitHub\'s slugs, and the table of contents lists every dataset section.',
  fixable: false,
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

