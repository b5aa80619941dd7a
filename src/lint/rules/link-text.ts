import { ACCESS_LINK_TEXTS, parseLinkText } from '../../fields/access.js';
import { cellSpan, rowLabel } from '../context.js';
import type { Rule } from '../rule.js';
import { contentRange, replaceRange } from '../source.js';
import { isSwapped } from '../swaps.js';

const VOCABULARY = ACCESS_LINK_TEXTS.map((t) => `\`${t}\``).join(', ');

export const linkText: Rule = {
  id: 'link-text',
  severity: 'error',
  doc: `The access link's text is one of ${ACCESS_LINK_TEXTS.join(', ')}.`,
  fixable: true,
  check(context, report) {
    for (const row of context.rows) {
      const cell = row.row.cell('access');
      if (cell === undefined || cell.text === '' || isSwapped(row.row, cell, context.now)) continue;
      const [link, ...more] = cell.links;
      if (link === undefined) {
        report({ span: cellSpan(cell), message: `Unexpected access cell \`${cell.text}\` without a link in the row of ${rowLabel(row)}, expected a link such as [Download here](https://...).` });
        continue;
      }
      for (const extra of more) {
        report({ span: extra.span, severity: 'warning', message: `Unexpected second link \`${extra.text}\` in the access cell of ${rowLabel(row)}, expected one link; put papers in the Cite column.` });
      }
      const parsed = parseLinkText(link.text);
      if (!parsed.ok) {
        report({ span: link.span, message: `Unexpected link text \`${link.text}\`, expected one of ${VOCABULARY}.` });
      } else if (parsed.how !== 'exact') {
        report({
          span: link.span,
          ...(parsed.how === 'case' && { severity: 'warning' as const }),
          message: `Unexpected link text \`${link.text}\`, expected \`${parsed.canonical}\`.`,
          fix: replaceRange(contentRange(link.node), parsed.canonical),
        });
      }
    }
  },
};
