import { sizeFormat } from '../../../src/lint/rules/size-format.js';
import { at, row, section, testRule } from '../tester.js';

const lower = section([row({ size: '1.5gb' })]);
const noUnit = section([row({ size: '1500' })]);
const gib = section([row({ size: '2 GiB' })]);

testRule(sizeFormat, {
  valid: [
    { name: 'a number and a unit, spaced or not, and N/A', code: section([row({ size: '204 MB' }), row({ dataset: 'B', size: '204MB' }), row({ dataset: 'C', size: 'N/A' })]) },
    { name: 'a swapped cell is left to swapped-columns', code: section([row({ size: '2021', year: '22.86GB' })]) },
  ],
  invalid: [
    {
      name: 'a unit in lower case, fixed',
      code: lower,
      messages: [{ ...at(lower, '1.5gb'), severity: 'warning', message: 'Unexpected Size `1.5gb`, expected `1.5 GB`.' }],
      output: lower.replace('1.5gb', '1.5 GB'),
    },
    {
      name: 'no unit',
      code: noUnit,
      messages: [{ ...at(noUnit, '1500'), message: 'Unexpected Size `1500`, expected a number and a unit (KB, MB, GB or TB) or N/A.' }],
    },
    {
      name: 'a binary unit',
      code: gib,
      messages: [{ ...at(gib, '2 GiB'), message: 'Unexpected unit in Size `2 GiB`, expected KB, MB, GB or TB (decimal units).' }],
    },
  ],
});
