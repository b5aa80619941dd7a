import { formatCount, parseCount } from '../../fields/count.js';
import { NA } from '../../fields/na.js';
import { headerFor } from '../../readme/columns.js';
import { cellSpan } from '../context.js';
import type { Rule } from '../rule.js';
import { contentRange, replaceRange } from '../source.js';
import { isSwapped } from '../swaps.js';

const STYLE_NAMES = { space: 'space-grouped', ungrouped: 'ungrouped' } as const;

export const countFormat: Rule = {
  id: 'count-format',
  severity: 'error',
  doc: 'Subjects and Nº Samples are whole numbers with comma thousands separators, or N/A.',
  fixable: true,
  check(context, report) {
    for (const { row } of context.rows) {
      for (const key of ['subjects', 'samples'] as const) {
        const cell = row.cell(key);
        if (cell === undefined || cell.text === '' || isSwapped(row, cell, context.now)) continue;
        const span = cellSpan(cell);
        const parsed = parseCount(cell.text);
        if (parsed.ok) {
          if (cell.text === parsed.canonical) continue;
          const fix = replaceRange(contentRange(cell.node), parsed.canonical);
          if (parsed.style === 'space' || parsed.style === 'ungrouped') {
            report({
              span,
              severity: 'warning',
              message: `Unexpected ${STYLE_NAMES[parsed.style]} count \`${cell.text}\`, expected \`${parsed.canonical}\`: counts are written with comma thousands separators, as build-readme writes them.`,
              fix,
            });
          } else {
            report({ span, severity: 'warning', message: `Unexpected \`${cell.text}\`, expected \`${parsed.canonical}\`.`, fix });
          }
        } else if (parsed.reason === 'malformed-groups') {
          const [likely, ...others] = parsed.guesses.map((g) => `\`${formatCount(g)}\``);
          report({
            span,
            message: `Unexpected thousands groups in \`${cell.text}\`, expected groups of three digits: probably ${likely}${others.length > 0 ? ` (or ${others.join(' or ')})` : ''}; check the source.`,
          });
        } else {
          report({ span, message: `Unexpected ${headerFor(key)} \`${cell.text}\`, expected a whole number or ${NA}.` });
        }
      }
    }
  },
};
