import { countFormat } from '../../../src/lint/rules/count-format.js';
import { at, row, section, testRule } from '../tester.js';

const mixed = section([row({ subjects: '5060', samples: '22 032' })]);
const malformed = section([row({ samples: '20 0000' })]);
const notACount = section([row({ subjects: 'many' })]);
const lowerNa = section([row({ subjects: 'n/a' })]);

testRule(countFormat, {
  valid: [
    { name: 'comma groups, small numbers and N/A', code: section([row({ subjects: '1,566', samples: '6,671' }), row({ dataset: 'B', subjects: '0', samples: 'N/A' })]) },
  ],
  invalid: [
    {
      name: 'ungrouped and space-grouped counts, warnings fixed to comma groups',
      code: mixed,
      messages: [
        { ...at(mixed, '5060'), severity: 'warning', message: 'Unexpected ungrouped count `5060`, expected `5,060`: counts are written with comma thousands separators, as build-readme writes them.' },
        { ...at(mixed, '22 032'), severity: 'warning', message: 'Unexpected space-grouped count `22 032`, expected `22,032`: counts are written with comma thousands separators, as build-readme writes them.' },
      ],
      output: mixed.replace('5060', '5,060').replace('22 032', '22,032'),
    },
    {
      name: 'malformed groups, an error naming the likely reading, not fixed',
      code: malformed,
      messages: [{ ...at(malformed, '20 0000'), message: 'Unexpected thousands groups in `20 0000`, expected groups of three digits: probably `20,000` (or `200,000`); check the source.' }],
    },
    {
      name: 'a word',
      code: notACount,
      messages: [{ ...at(notACount, 'many'), message: 'Unexpected Subjects `many`, expected a whole number or N/A.' }],
    },
    {
      name: 'N/A in another casing',
      code: lowerNa,
      messages: [{ ...at(lowerNa, 'n/a'), severity: 'warning', message: 'Unexpected `n/a`, expected `N/A`.' }],
      output: lowerNa.replace('n/a', 'N/A'),
    },
  ],
});
