import { matchSummaries } from '../../importer/summaries.js';
import { cellSpan } from '../context.js';
import type { Rule } from '../rule.js';

export const summaryCoverage: Rule = {
  id: 'summary-coverage',
  severity: 'error',
  doc: 'Every dataset has a summary bullet, and every bullet names a dataset (by name, acronym, or in a group such as `ISPY1 & ISPY2`).',
  fixable: false,
  check(context, report) {
    const named = context.rows.filter((r) => r.name !== '');
    if (named.length === 0) return;
    const names = [...new Set(named.map((r) => r.name))];
    const bullets = context.document.sections.filter((s) => s.modality !== undefined).flatMap((s) => s.summaries);
    const matching = matchSummaries(names, bullets);
    const done = new Set<string>();
    for (const row of named) {
      if (done.has(row.name)) continue;
      done.add(row.name);
      const [first, second] = matching.byName.get(row.name) ?? [];
      const nameCell = row.row.cell('dataset')!;
      if (first === undefined) {
        report({ span: cellSpan(nameCell), message: `Missing summary for \`${row.name}\`, expected a bullet \`- **${row.name}:** ...\` under its table's summaries.` });
      } else if (second !== undefined) {
        report({
          span: second.bullet.labelSpan,
          severity: 'warning',
          message: `Unexpected second summary of \`${row.name}\`, expected one: \`${first.bullet.label}\` on line ${first.bullet.span.start.line} names it too.`,
        });
      }
    }
    for (const { bullet, part } of matching.unmatched) {
      report({ span: bullet.labelSpan, message: `Unexpected summary \`${part}\`, expected the name of a dataset in the tables.` });
    }
  },
};
