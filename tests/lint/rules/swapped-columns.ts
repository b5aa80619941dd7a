import { swappedColumns } from '../../../src/lint/rules/swapped-columns.js';
import { at, row, section, testRule } from '../tester.js';

const sizeYear = section([row({ dataset: 'CMMD', size: '2021', year: '22.86GB' })]);
const formatSize = section([row({ format: '2 GB', size: 'PNG' })]);

testRule(swappedColumns, {
  valid: [
    { name: 'cells in their columns', code: section([row()]) },
    { name: 'two counts, which fit each other\'s column', code: section([row({ subjects: '20', samples: '10' })]) },
    { name: 'a wrong cell that fits no other column', code: section([row({ size: 'big' })]) },
  ],
  invalid: [
    {
      name: 'Size and Year, one message naming both, fixed by swapping',
      code: sizeYear,
      messages: [{ ...at(sizeYear, '2021'), message: 'Unexpected Size `2021` and Year `22.86GB` in the row of `CMMD`, expected them swapped: Size `22.86GB`, Year `2021`.' }],
      output: sizeYear.replace('| 2021 | 22.86GB |', '| 22.86GB | 2021 |'),
    },
    {
      name: 'Format and Size',
      code: formatSize,
      messages: [{ ...at(formatSize, '2 GB'), message: 'Unexpected Format `2 GB` and Size `PNG` in the row of `Example Set`, expected them swapped: Format `PNG`, Size `2 GB`.' }],
      output: formatSize.replace('| 2 GB | PNG |', '| PNG | 2 GB |'),
    },
  ],
});
