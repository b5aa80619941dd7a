import { totalCount } from '../../../src/lint/rules/total-count.js';
import { at, row, section, testRule } from '../tester.js';

const two = section([row({ dataset: 'A' }), row({ dataset: 'B' })], 'MRI') + '\n' + section([row({ dataset: 'C' })], 'Ultrasound');
const intro = (text: string) => `# List\n\n${text}\n\n${two}`;
const wrongTotal = intro('This repository is composed of 4 publicly available datasets.');
const wrongModality = intro('The catalogue lists 3 publicly available datasets: 1 Ultrasound and 3 MRI.');
const grouped = intro('This repository is composed of 1,234 publicly available datasets.');
const inSection = `${section([row({ dataset: 'A' })], 'MRI').replace('### MRI\n\n', '### MRI\n\nThis section lists 2 datasets.\n\n')}`;

testRule(totalCount, {
  valid: [
    { name: 'the stated total and per-modality counts match the rows', code: intro('The catalogue lists 3 publicly available datasets: 1 Ultrasound and 2 MRI.') },
    { name: 'numbers that are not counts of datasets', code: intro('Each of 2 of these datasets has 3 MRI sequences, and 12 MRI scans were added.') },
    { name: 'no tables, nothing to count', code: '# List\n\nIt will list 40 datasets.\n' },
    { name: 'numbers after the catalogue, which speak of other things', code: `${intro('The catalogue lists 3 datasets.')}\n## Maintainers\n\nThe linter was timed with 2,000 datasets and with 10 datasets.\n` },
  ],
  invalid: [
    { name: 'a total that does not match', code: wrongTotal, messages: [{ ...at(wrongTotal, '4 publicly'), message: 'Unexpected number of datasets `4`, expected `3`: the tables list 3.' }] },
    { name: 'a count with thousands separators, read whole', code: grouped, messages: [{ ...at(grouped, '1,234'), message: 'Unexpected number of datasets `1,234`, expected `3`: the tables list 3.' }] },
    { name: 'a per-modality count that does not match', code: wrongModality, messages: [{ ...at(wrongModality, '3 MRI'), message: 'Unexpected number of MRI datasets `3`, expected `2`: the MRI table lists 2.' }] },
    { name: 'a count in a modality section is that section\'s', code: inSection, messages: [{ ...at(inSection, '2 datasets'), message: 'Unexpected number of datasets `2`, expected `1`: the MRI table lists 1.' }] },
  ],
});
