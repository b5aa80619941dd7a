import { headerFor } from '../../readme/columns.js';
import { cellSpan, rowLabel } from '../context.js';
import type { Rule } from '../rule.js';

export const tableShape: Rule = {
  id: 'table-shape',
  severity: 'error',
  doc: 'Each row has as many cells as its header, and no cell of a catalogue column is empty.',
  fixable: false,
  check(context, report) {
    for (const { table } of context.tables) {
      if (table.rows.length === 0) report({ span: table.span, severity: 'warning', message: 'Unexpected table without rows, expected one row per dataset.' });
    }
    for (const row of context.rows) {
      const width = row.table.header.cells.length;
      const count = row.row.cells.length;
      if (count < width) {
        report({ span: row.row.span, message: `Unexpected ${count} ${count === 1 ? 'cell' : 'cells'} in the row of ${rowLabel(row)}, expected ${width} as in the header: a \`|\` is probably missing.` });
      } else if (count > width) {
        report({ span: row.row.span, message: `Unexpected ${count} cells in the row of ${rowLabel(row)}, expected ${width} as in the header: write a \`|\` inside a cell as \`\\|\`.` });
      }
      row.row.cells.forEach((cell, i) => {
        const key = row.table.columns[i];
        if (key !== undefined && cell.text === '') {
          report({ span: cellSpan(cell), message: `Unexpected empty \`${headerFor(key)}\` cell in the row of ${rowLabel(row)}, expected a value or N/A.` });
        }
      });
    }
  },
};
