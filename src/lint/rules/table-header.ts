import { COLUMNS, headerFor, type ColumnKey } from '../../readme/columns.js';
import type { Rule } from '../rule.js';
import { cellSpan } from '../context.js';
import { contentRange, replaceRange } from '../source.js';

const EXPECTED = COLUMNS.map((c) => c.header).join(', ');

export const tableHeader: Rule = {
  id: 'table-header',
  severity: 'error',
  doc: 'Every dataset table has the canonical columns, spelled as build-readme writes them, in order.',
  fixable: true,
  check(context, report) {
    for (const { table } of context.tables) {
      const seen: ColumnKey[] = [];
      table.header.cells.forEach((cell, i) => {
        const key = table.columns[i];
        const span = cellSpan(cell);
        if (key === undefined) {
          report({ span, severity: 'warning', message: `Unexpected column \`${cell.text}\`, expected only the catalogue's columns (${EXPECTED}); its cells are not checked.` });
          return;
        }
        if (seen.includes(key)) {
          report({ span, message: `Unexpected second \`${headerFor(key)}\` column, expected each column once.` });
          return;
        }
        const previous = seen.at(-1);
        if (previous !== undefined && COLUMNS.findIndex((c) => c.key === key) < COLUMNS.findIndex((c) => c.key === previous)) {
          report({ span, message: `Unexpected column \`${cell.text}\` after \`${headerFor(previous)}\`, expected the columns in the order ${EXPECTED}.` });
        }
        seen.push(key);
        if (cell.text !== headerFor(key)) {
          report({ span, message: `Unexpected header \`${cell.text}\`, expected \`${headerFor(key)}\`.`, fix: replaceRange(contentRange(cell.node), headerFor(key)) });
        }
      });
      const missing = COLUMNS.filter((c) => !seen.includes(c.key)).map((c) => `\`${c.header}\``);
      if (missing.length > 0) {
        report({
          span: table.header.span,
          message: `Missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}, expected the columns ${EXPECTED}.`,
        });
      }
    }
  },
};
