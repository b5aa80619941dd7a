import { tableHeader } from '../../../src/lint/rules/table-header.js';
import { at, row, section, testRule } from '../tester.js';

const ORDER = 'Dataset, Subjects, Nº Samples, Format, Size, Year, Cite, Download';
const table = (header: string, delimiter: string, body: string) => `### MRI\n\n${header}\n${delimiter}\n${body}\n`;

const accessData = table('| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Access data |', '|-|-|-|-|-|-|-|-|', row());
const noSize = table('| Dataset | Subjects | Nº Samples | Format | Year | Cite | Download |', '|-|-|-|-|-|-|-|', '| X | 1 | 1 | PNG | 2020 | N/A | [Download here](https://x.org) |');
const yearFirst = table('| Dataset | Subjects | Nº Samples | Format | Year | Size | Cite | Download |', '|-|-|-|-|-|-|-|-|', row());
const extra = table('| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download | Notes |', '|-|-|-|-|-|-|-|-|-|', `${row()} none |`);
const twice = table('| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download | Size |', '|-|-|-|-|-|-|-|-|-|', `${row()} 1 GB |`);

testRule(tableHeader, {
  valid: [
    { name: 'the canonical header', code: section([row()]) },
    { name: 'a table that is not a dataset table', code: '| Name | Value |\n|-|-|\n| a | b |\n' },
  ],
  invalid: [
    {
      name: 'a header spelled another way, fixed to the canonical spelling',
      code: accessData,
      messages: [{ ...at(accessData, 'Access data'), message: 'Unexpected header `Access data`, expected `Download`.' }],
      output: accessData.replace('Access data', 'Download'),
    },
    {
      name: 'a missing column',
      code: noSize,
      messages: [{ line: 3, column: 1, message: `Missing column \`Size\`, expected the columns ${ORDER}.` }],
    },
    {
      name: 'columns out of order',
      code: yearFirst,
      messages: [{ ...at(yearFirst, 'Size'), message: `Unexpected column \`Size\` after \`Year\`, expected the columns in the order ${ORDER}.` }],
    },
    {
      name: 'an extra column, a warning',
      code: extra,
      messages: [{ ...at(extra, 'Notes'), severity: 'warning', message: `Unexpected column \`Notes\`, expected only the catalogue's columns (${ORDER}); its cells are not checked.` }],
    },
    {
      name: 'a column twice',
      code: twice,
      messages: [{ ...at(twice, 'Size', 1), message: 'Unexpected second `Size` column, expected each column once.' }],
    },
  ],
});
