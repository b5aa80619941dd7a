import { NA } from '../../fields/na.js';
import { parseSize } from '../../fields/size.js';
import { SIZE_UNITS } from '../../catalog/vocabularies.js';
import { cellSpan } from '../context.js';
import type { Rule } from '../rule.js';
import { contentRange, replaceRange } from '../source.js';
import { isSwapped } from '../swaps.js';

const UNITS = `${SIZE_UNITS.slice(0, -1).join(', ')} or ${SIZE_UNITS.at(-1)}`;

export const sizeFormat: Rule = {
  id: 'size-format',
  severity: 'error',
  doc: `Size is a number and a decimal unit (${UNITS}), or N/A.`,
  fixable: true,
  check(context, report) {
    for (const { row } of context.rows) {
      const cell = row.cell('size');
      if (cell === undefined || cell.text === '' || isSwapped(row, cell, context.now)) continue;
      const span = cellSpan(cell);
      const parsed = parseSize(cell.text);
      if (!parsed.ok) {
        report({
          span,
          message:
            parsed.reason === 'unknown-unit'
              ? `Unexpected unit in Size \`${cell.text}\`, expected ${UNITS} (decimal units).`
              : `Unexpected Size \`${cell.text}\`, expected a number and a unit (${UNITS}) or ${NA}.`,
        });
        continue;
      }
      // "204MB" and "204 MB" are the same size; only a different spelling of the value or unit is reported.
      if (cell.text.replace(/\s+/g, '') !== parsed.canonical.replace(/\s+/g, '')) {
        report({ span, severity: 'warning', message: `Unexpected Size \`${cell.text}\`, expected \`${parsed.canonical}\`.`, fix: replaceRange(contentRange(cell.node), parsed.canonical) });
      }
    }
  },
};
