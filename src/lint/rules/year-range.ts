import { MIN_YEAR } from '../../catalog/vocabularies.js';
import { parseYear } from '../../fields/year.js';
import { cellSpan } from '../context.js';
import type { Rule } from '../rule.js';
import { isSwapped } from '../swaps.js';

export const yearRange: Rule = {
  id: 'year-range',
  severity: 'error',
  doc: `Year is a four-digit year from ${MIN_YEAR} to next year.`,
  fixable: false,
  check(context, report) {
    for (const { row } of context.rows) {
      const cell = row.cell('year');
      if (cell === undefined || cell.text === '' || isSwapped(row, cell, context.now)) continue;
      const parsed = parseYear(cell.text, context.now);
      if (parsed.ok) continue;
      report({
        span: cellSpan(cell),
        message:
          parsed.reason === 'out-of-range'
            ? `Unexpected Year \`${cell.text}\`, expected a year from ${parsed.min} to ${parsed.max}.`
            : `Unexpected Year \`${cell.text}\`, expected a four-digit year from ${parsed.min} to ${parsed.max}.`,
      });
    }
  },
};
