import { duplicateEntry } from '../../../src/lint/rules/duplicate-entry.js';
import { at, row, section, testRule } from '../tester.js';

const sameName = section([row({ dataset: 'CMMD' }), row({ dataset: 'BUSI' })]) + '\n' + section([row({ dataset: 'cmmd ', access: '[Download here](https://other.org)' })], 'Mammography');
const sameUrl = section([row({ dataset: 'A', access: '[Download here](https://doi.org/10.7937/ABC)' }), row({ dataset: 'B', access: '[Download here](http://dx.doi.org/10.7937/abc_"Download_link")' })]);

testRule(duplicateEntry, {
  valid: [{ name: 'different names and URLs', code: section([row({ dataset: 'A' }), row({ dataset: 'B' })]) }],
  invalid: [
    {
      name: 'the same name in two tables, whatever its case',
      code: sameName,
      messages: [{ line: 17, column: 3, message: 'Unexpected second entry for `cmmd`, expected each dataset once: it is already listed on line 5.' }],
    },
    {
      name: 'the same access URL, spelled another way',
      code: sameUrl,
      messages: [{ line: 6, column: 3, message: 'Unexpected second entry with the access URL `http://dx.doi.org/10.7937/abc_"Download_link"`, expected each dataset once: `A` on line 5 has it.' }],
    },
  ],
});
