import { summaryCoverage } from '../../../src/lint/rules/summary-coverage.js';
import { at, row, section, testRule } from '../tester.js';

const rows = ['Breast Ultrasound Images (BUSI)', 'ISPY1', 'ISPY2', 'QIN Breast DCE-MRI', 'QIN-BREAST'].map((dataset) => row({ dataset }));
const grouped = section(rows, 'MRI', ['BUSI', 'ISPY1 & ISPY2', 'QIN (Breast DCE-MRI, QIN-BREAST)']);
const missing = section([row({ dataset: 'A' }), row({ dataset: 'B' })], 'MRI', ['A']);
const stray = section([row({ dataset: 'A' })], 'MRI', ['A', 'Zed']);
const twice = section([row({ dataset: 'A' })], 'MRI', ['A', 'A']);

testRule(summaryCoverage, {
  valid: [
    { name: 'acronyms and grouped bullets', code: grouped },
    { name: 'bullets outside the dataset sections are prose', code: `${section([row({ dataset: 'A' })])}\n## Contact\n\n- **E-mail:** someone\n` },
  ],
  invalid: [
    { name: 'a dataset without a summary', code: missing, messages: [{ line: 6, column: 3, message: 'Missing summary for `B`, expected a bullet `- **B:** ...` under its table\'s summaries.' }] },
    { name: 'a bullet that names no dataset', code: stray, messages: [{ ...at(stray, '**Zed:**'), message: 'Unexpected summary `Zed`, expected the name of a dataset in the tables.' }] },
    {
      name: 'two bullets for one dataset, a warning',
      code: twice,
      messages: [{ ...at(twice, '**A:**', 1), severity: 'warning', message: 'Unexpected second summary of `A`, expected one: `A` on line 9 names it too.' }],
    },
  ],
});
