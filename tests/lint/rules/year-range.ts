import { yearRange } from '../../../src/lint/rules/year-range.js';
import { at, row, section, testRule } from '../tester.js';

const future = section([row({ year: '2031' })]);
const word = section([row({ year: 'soon' })]);

testRule(yearRange, {
  valid: [
    { name: 'years from 1980 to next year', code: section([row({ year: '1980' }), row({ dataset: 'B', year: '2027' })]) },
  ],
  invalid: [
    { name: 'a year after next year', code: future, messages: [{ ...at(future, '2031'), message: 'Unexpected Year `2031`, expected a year from 1980 to 2027.' }] },
    { name: 'not a year', code: word, messages: [{ ...at(word, 'soon'), message: 'Unexpected Year `soon`, expected a four-digit year from 1980 to 2027.' }] },
  ],
});
