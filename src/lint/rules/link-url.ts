import { describeUrlProblem, httpsDoiUrl, splitGluedTitle, urlProblem } from '../../fields/url.js';
import type { LinkRef } from '../../readme/extract.js';
import { rowLabel } from '../context.js';
import type { Edit, Rule } from '../rule.js';
import { rangeOf } from '../source.js';

export const linkUrl: Rule = {
  id: 'link-url',
  severity: 'error',
  doc: 'Links in the tables go to absolute http(s) URLs with nothing glued on; http://doi.org links use https.',
  fixable: true,
  check(context, report) {
    for (const row of context.rows) {
      for (const cell of row.row.cells) {
        for (const link of cell.links) {
          const what = `the \`${truncate(link.text)}\` link of ${rowLabel(row)}`;
          const destination = locateDestination(context.text, link);
          const glued = splitGluedTitle(link.url);
          const url = glued?.url ?? link.url;
          if (glued !== undefined) {
            report({
              span: link.span,
              message: `Unexpected title \`${glued.glued}\` glued onto the URL of ${what}, expected \`${url}\`: a link title is separated from the URL by a space.`,
              ...(destination !== undefined && { fix: [{ start: destination + url.length, end: destination + link.url.length, text: '' }] }),
            });
          }
          const problem = urlProblem(url);
          if (problem !== undefined) {
            report({ span: link.span, message: `Unexpected URL \`${url}\` in ${what}: ${describeUrlProblem(problem, url)}; expected an absolute http(s) URL.` });
            continue;
          }
          const https = httpsDoiUrl(url);
          if (https !== undefined) {
            const fix: Edit[] | undefined = destination === undefined ? undefined : [{ start: destination, end: destination + url.length, text: https }];
            report({ span: link.span, severity: 'warning', message: `Unexpected \`${url}\` in ${what}, expected \`${https}\`: doi.org serves every DOI over https.`, ...(fix && { fix }) });
          }
        }
      }
    }
  },
};

/** The offset of a link's destination, when it is written as-is at the end of the link. */
function locateDestination(text: string, link: LinkRef): number | undefined {
  const range = rangeOf(link.node);
  if (range === undefined || link.url === '') return undefined;
  const at = text.lastIndexOf(link.url, range.end - link.url.length);
  return at >= range.start ? at : undefined;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
