import { tableShape } from '../../../src/lint/rules/table-shape.js';
import { HEADER, at, row, section, testRule } from '../tester.js';

const pipeMissing = section(['| X | 600 | 780        PNG | 204 MB | 2020 | N/A | [Download here](https://x.org) |']);
const pipeExtra = section(['| A | B | 1 | 2 | PNG | 1 GB | 2020 | N/A | [Download here](https://x.org) |']);
const emptyCell = section([row({ size: '' })]);

testRule(tableShape, {
  valid: [
    { name: 'rows as wide as the header', code: section([row(), row({ dataset: 'Other' })]) },
    { name: 'N/A cells', code: section([row({ subjects: 'N/A', cite: 'N/A' })]) },
  ],
  invalid: [
    {
      name: 'a pipe missing',
      code: pipeMissing,
      messages: [{ line: 5, column: 1, message: 'Unexpected 7 cells in the row of `X`, expected 8 as in the header: a `|` is probably missing.' }],
    },
    {
      name: 'an unescaped pipe splitting a cell',
      code: pipeExtra,
      messages: [{ line: 5, column: 1, message: 'Unexpected 9 cells in the row of `A`, expected 8 as in the header: write a `|` inside a cell as `\\|`.' }],
    },
    {
      name: 'an empty cell',
      code: emptyCell,
      messages: [{ ...at(emptyCell, '|  |'), message: 'Unexpected empty `Size` cell in the row of `Example Set`, expected a value or N/A.' }],
    },
    {
      name: 'a table without rows, a warning',
      code: `### MRI\n\n${HEADER}\n`,
      messages: [{ line: 3, column: 1, severity: 'warning', message: 'Unexpected table without rows, expected one row per dataset.' }],
    },
  ],
});
