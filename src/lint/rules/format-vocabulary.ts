import { FORMAT_IDS } from '../../catalog/vocabularies.js';
import { parseFormats, type FormatTokenParse } from '../../fields/formats.js';
import { cellSpan } from '../context.js';
import type { Rule } from '../rule.js';
import { contentRange, replaceRange } from '../source.js';
import { isSwapped } from '../swaps.js';

export const formatVocabulary: Rule = {
  id: 'format-vocabulary',
  severity: 'error',
  doc: 'Format lists known file formats in their canonical spelling, separated by commas, or says N/A.',
  fixable: true,
  check(context, report) {
    for (const { row } of context.rows) {
      const cell = row.cell('format');
      if (cell === undefined || cell.text === '' || isSwapped(row, cell, context.now)) continue;
      const span = cellSpan(cell);
      const parsed = parseFormats(cell.text);
      const wrong = parsed.tokens.filter((t): t is Extract<FormatTokenParse, { ok: false }> => !t.ok);
      for (const token of wrong) report({ span, message: unknownFormat(token) });
      if (wrong.length === 0 && cell.text !== parsed.canonical) {
        report({ span, severity: 'warning', message: `Unexpected Format \`${cell.text}\`, expected \`${parsed.canonical}\`.`, fix: replaceRange(contentRange(cell.node), parsed.canonical) });
      }
    }
  },
};

function unknownFormat(token: Extract<FormatTokenParse, { ok: false }>): string {
  if (token.reason === 'not-a-format') return `Unexpected \`${token.token}\` in Format: it is ${token.explanation}; expected the file format (such as PNG or TIFF), or N/A.`;
  if (token.suggestion !== undefined) return `Unexpected format \`${token.token}\`, expected \`${token.suggestion}\`.`;
  return `Unexpected format \`${token.token}\`, expected one of ${FORMAT_IDS.join(', ')}, or N/A.`;
}
