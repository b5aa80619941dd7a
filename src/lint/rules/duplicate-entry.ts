import { splitGluedTitle, urlIdentity } from '../../fields/url.js';
import { normalizeName } from '../../fields/name.js';
import { cellSpan, type DatasetRow } from '../context.js';
import type { Rule } from '../rule.js';

export const duplicateEntry: Rule = {
  id: 'duplicate-entry',
  severity: 'error',
  doc: 'No dataset is listed twice, under the same name or the same access URL.',
  fixable: false,
  check(context, report) {
    const names = new Map<string, DatasetRow>();
    const urls = new Map<string, DatasetRow>();
    for (const row of context.rows) {
      const nameCell = row.row.cell('dataset');
      const link = row.row.cell('access')?.links[0];
      const name = normalizeName(row.name);
      const url = link === undefined || link.url === '' ? undefined : urlIdentity(splitGluedTitle(link.url)?.url ?? link.url);
      const sameName = name === '' ? undefined : names.get(name);
      const sameUrl = url === undefined ? undefined : urls.get(url);
      const span = nameCell === undefined ? row.row.span : cellSpan(nameCell);
      if (sameName !== undefined) {
        report({ span, message: `Unexpected second entry for \`${row.name}\`, expected each dataset once: it is already listed on line ${sameName.row.span.start.line}.` });
      } else if (sameUrl !== undefined && link !== undefined) {
        report({ span, message: `Unexpected second entry with the access URL \`${link.url}\`, expected each dataset once: \`${sameUrl.name}\` on line ${sameUrl.row.span.start.line} has it.` });
      }
      if (name !== '' && sameName === undefined) names.set(name, row);
      if (url !== undefined && sameUrl === undefined) urls.set(url, row);
    }
  },
};
