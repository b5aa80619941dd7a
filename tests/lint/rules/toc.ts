import { toc } from '../../../src/lint/rules/toc.js';
import { at, row, section, testRule } from '../tester.js';

const body = `## Datasets\n\n${section([row({ dataset: 'A' })], 'Digital Breast Tomosynthesis (DBT)')}\n${section([row({ dataset: 'B' })], 'MRI')}\n## Contributing & Contact\n\nWrite.\n`;
const contents = (entries: string) => `# List\n\n## Table of Contents\n\n${entries}\n\n${body}`;
const good = contents('- [Datasets](#datasets)\n  - [Digital Breast Tomosynthesis (DBT)](#digital-breast-tomosynthesis-dbt)\n  - [MRI](#mri)\n- [Contributing & Contact](#contributing--contact)');
const broken = contents('- [Datasets](#datasets)\n  - [DBT](#digital-breast-tomosynthesis)\n  - [MRI](#mri)\n- [Contributing & Contact](#contributing-contact)');
const missing = contents('- [Datasets](#datasets)\n  - [MRI](#mri)');

testRule(toc, {
  valid: [
    { name: 'every link resolves by GitHub\'s slugs and every dataset section is listed', code: good },
    { name: 'no table of contents', code: body },
    { name: 'a link to an HTML anchor', code: `<a id="top"></a>\n\n[Back](#top)\n\n${body}` },
  ],
  invalid: [
    {
      name: 'links that no heading has, with the nearest slug',
      code: broken,
      messages: [
        { ...at(broken, '[DBT]'), message: 'Unexpected link to `#digital-breast-tomosynthesis`, which no heading has; expected `#digital-breast-tomosynthesis-dbt`.' },
        { ...at(broken, '[Contributing'), message: 'Unexpected link to `#contributing-contact`, which no heading has; expected `#contributing--contact`.' },
      ],
    },
    {
      name: 'a dataset section not listed',
      code: missing,
      messages: [{ ...at(missing, '- [Datasets]'), message: 'Missing table-of-contents entry for the section `Digital Breast Tomosynthesis (DBT)`, expected a link `[Digital Breast Tomosynthesis (DBT)](#digital-breast-tomosynthesis-dbt)`.' }],
    },
  ],
});
