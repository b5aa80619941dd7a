import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintReadme } from '../../../src/lint/lint.js';
import { inSync } from '../../../src/lint/rules/in-sync.js';
import { REPO, catalogueCopy } from '../../helpers/project.js';
import { NOW, at, testRule } from '../tester.js';

const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
const cmmd = '| CMMD | 1,775 | 3,728 | DICOM | 22.86 GB | 2021 |';
const edited = readme.replace(cmmd, '| CMMD | 1,775 | 3,729 | DICOM | 22.86 GB | 2021 |');
const added = readme.replace(cmmd, `| New Set | 1 | 1 | PNG | 1 GB | 2020 | N/A | [Download here](https://example.org/new) |\n${cmmd}`);
const removed = readme.replace(/^\| CMMD \|.*\n/m, '');
const moved = readme.replace(/^(\| CMMD \|.*\n)/m, '').replace('| ACRIN-6667 |', `${/^\| CMMD \|.*$/m.exec(readme)![0]}\n| ACRIN-6667 |`);
const restyled = readme.replace(cmmd, '| CMMD | 1775 | 3728 | DCM | 22.86GB | 2021 |');
const prose = readme.replace('A curated list of public', 'A curated list of many public');
const fold = 'npm run import-readme -- README.md';

testRule(
  inSync,
  {
    valid: [
      { name: 'the README build-readme wrote', code: readme },
      { name: 'the same values in another style, left to the format rules', code: restyled },
      { name: 'prose edited outside the tables, left to build-readme --check', code: prose },
    ],
    invalid: [
      {
        name: 'a hand-edited cell, naming the record file and both ways to fix it',
        code: edited,
        messages: [
          {
            ...at(edited, '3,729'),
            message: `Unexpected Nº Samples \`3,729\` in the row of \`CMMD\` where datasets/cmmd.yaml gives \`3,728\`: edit datasets/cmmd.yaml and run \`npm run build-readme\`, or fold this edit into the record with \`${fold}\`.`,
          },
        ],
      },
      {
        name: 'a row that no record gives',
        code: added,
        messages: [{ ...at(added, '| New Set'), message: `Unexpected row \`New Set\`, which no record in datasets/ gives: add its record with \`${fold}\`, or remove the row.` }],
      },
      {
        name: 'a record without its row',
        code: removed,
        messages: [{ ...at(removed, '| Dataset | Subjects', 2), message: 'Missing row for `CMMD` (datasets/cmmd.yaml), expected a row for every record: run `npm run build-readme`.' }],
      },
      {
        name: 'a row in another modality\'s table',
        code: moved,
        messages: [
          {
            ...at(moved, '| CMMD'),
            message: 'Unexpected row `CMMD` under `MRI`, expected it under `Mammography` as datasets/cmmd.yaml says (modality: mammography): edit datasets/cmmd.yaml and run `npm run build-readme`.',
          },
        ],
      },
      {
        name: 'no tables at all, one message',
        code: '# A list\n\nNothing yet.\n',
        messages: [{ line: 1, column: 1, message: 'Unexpected README without dataset tables, expected the tables build-readme renders from the 35 records of datasets/: run `npm run build-readme`.' }],
      },
    ],
  },
  // One load of datasets/ for every case.
  { root: REPO, projects: new Map() },
);

describe('in-sync without a catalogue', () => {
  it('does nothing where there is no datasets/ folder', async () => {
    expect(await lintReadme(edited, { file: 'README.md', now: NOW, rules: [inSync] })).toEqual([]);
  });

  it('reports invalid data once instead of comparing', async () => {
    const root = catalogueCopy();
    const file = path.join(root, 'datasets/cmmd.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('year: 2021', 'year: soon'));
    const messages = await lintReadme(edited, { file: 'README.md', now: NOW, root, rules: [inSync] });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 1, column: 1, severity: 'error', ruleId: 'in-sync', message: expect.stringMatching(/^Unexpected invalid data in datasets\/ .*1 error, the first at datasets\/cmmd.yaml:9: .*run `npm run validate`\.$/) });
  });
});
