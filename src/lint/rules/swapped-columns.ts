import { headerFor } from '../../readme/columns.js';
import { cellSpan, rowLabel } from '../context.js';
import type { Rule } from '../rule.js';
import { contentRange } from '../source.js';
import { swapsIn } from '../swaps.js';

export const swappedColumns: Rule = {
  id: 'swapped-columns',
  severity: 'error',
  doc: 'No two cells of a row each hold what belongs in the other\'s column (Size `2021`, Year `22.86GB`).',
  fixable: true,
  check(context, report) {
    for (const row of context.rows) {
      for (const { first, second } of swapsIn(row.row, context.now)) {
        const a = contentRange(first.cell.node);
        const b = contentRange(second.cell.node);
        const [headerA, headerB] = [headerFor(first.key), headerFor(second.key)];
        report({
          span: cellSpan(first.cell),
          message:
            `Unexpected ${headerA} \`${first.cell.text}\` and ${headerB} \`${second.cell.text}\` in the row of ${rowLabel(row)}, ` +
            `expected them swapped: ${headerA} \`${second.cell.text}\`, ${headerB} \`${first.cell.text}\`.`,
          ...(a !== undefined && b !== undefined && {
            fix: [
              { start: a.start, end: a.end, text: context.text.slice(b.start, b.end) },
              { start: b.start, end: b.end, text: context.text.slice(a.start, a.end) },
            ],
          }),
        });
      }
    }
  },
};
