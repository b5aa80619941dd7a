import { statSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { spanOf } from '../../readme/extract.js';
import type { Rule } from '../rule.js';
import { safeDecode } from '../source.js';

export const imageExists: Rule = {
  meta: {
    id: 'image-exists',
    severity: 'error',
    description: 'Every local image the README shows (Markdown or <img>) exists, relative to the README.',
    why: 'A chart or figure whose file is missing shows as a broken image on GitHub.',
    fixable: false,
    examples: {
      valid: [
        {
          name: 'a local image that exists, and remote images',
          code: `![Chart](images/chart.svg)

![Badge](https://img.shields.io/badge/x-y-green)

<img src="./images/chart.svg">
`,
          files: { 'images/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n' },
        },
        {
          name: 'a reference image',
          code: `![Chart][c]

[c]: images/chart.svg
`,
          files: { 'images/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n' },
        },
      ],
      invalid: [
        {
          name: 'Markdown and HTML images that are not there',
          code: `# List

![Chart](images/chart.svg)

![Pie](images/pie%20chart.png "Pie")

<img src="images/bars.png" alt="Bars">
`,
          files: { 'images/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n' },
          messages: [
            { line: 5, column: 1, message: 'Unexpected missing image `images/pie%20chart.png`, expected a file at images/pie chart.png.' },
            { line: 7, column: 1, message: 'Unexpected missing image `images/bars.png`, expected a file at images/bars.png.' },
          ],
        },
      ],
    },
  },
  check(context, report) {
    const dir = context.dir;
    if (dir === undefined) return;
    const definitions = new Map<string, string>();
    const images: { node: Nodes; url: string | undefined }[] = [];
    const walk = (node: Nodes) => {
      if (node.type === 'definition') definitions.set(node.identifier, node.url);
      if (node.type === 'image') images.push({ node, url: node.url });
      if (node.type === 'imageReference') images.push({ node, url: undefined });
      if (node.type === 'html') for (const m of node.value.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']([^"']*)["']/gi)) images.push({ node, url: m[1]! });
      if ('children' in node) for (const child of node.children) walk(child as Nodes);
    };
    walk(context.tree);
    for (const { node, url: direct } of images) {
      const url = direct ?? (node.type === 'imageReference' ? definitions.get(node.identifier) : undefined);
      if (url === undefined || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue;
      const file = safeDecode(url.replace(/[?#].*$/, ''));
      if (file === '') {
        report({ span: spanOf(node), message: 'Unexpected image without a source, expected the path of an image file.' });
        continue;
      }
      const base = file.startsWith('/') ? (context.root ?? dir) : dir;
      if (statSync(path.join(base, file), { throwIfNoEntry: false })?.isFile() === true) continue;
      report({ span: spanOf(node), message: `Unexpected missing image \`${url}\`, expected a file at ${path.posix.join(path.posix.dirname(context.file), file.replace(/^\//, ''))}.` });
    }
  },
};
