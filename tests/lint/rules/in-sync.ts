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
const prose = readme.replace('A curated list of public', 'A curated list of many public');
const joined = readme.replace('## Introduction\n\n', '## Introduction\nAn added line.\n');
const fold = 'npm run import-readme -- README.md';

testRule(
  inSync,
  {
    valid: [{ name: 'the README build-readme wrote', code: readme }],
    invalid: [
      {
        name: 'a hand-edited cell, naming the record file and both ways to fix it',
        code: edited,
        messages: [
          {
            ...at(edited, '3,729'),
            message: `Unexpected Nº Samples \`3,729\` where datasets/cmmd.yaml gives \`3,728\` in the row of \`CMMD\`, expected the table build-readme renders: edit datasets/cmmd.yaml and run \`npm run build-readme\`, or fold this edit into the record with \`${fold}\`.`,
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
        name: 'the last line missing',
        code: readme.replace(/\n[^\n]*\n$/, '\n'),
        messages: [
          {
            line: readme.split('\n').length - 1,
            column: 1,
            message: `Unexpected text on this line, expected what build-readme writes (\`${excerpt(readme.split('\n').at(-2)!)}\`): README.md is generated; edit README.template.md or datasets/ and run \`npm run build-readme\`.`,
          },
        ],
      },
      {
        name: 'no final newline',
        code: readme.slice(0, -1),
        messages: [
          {
            line: readme.split('\n').length - 1,
            column: 1,
            message: 'Unexpected end of file, expected what build-readme writes (a final newline): README.md is generated; edit README.template.md or datasets/ and run `npm run build-readme`.',
          },
        ],
      },
      {
        name: 'no tables at all, one message',
        code: '# A list\n\nNothing yet.\n',
        messages: [{ line: 1, column: 1, message: 'Unexpected README without dataset tables, expected the tables build-readme renders from the 35 records of datasets/: run `npm run build-readme`.' }],
      },
      {
        name: 'a line where build-readme writes an empty one',
        code: joined,
        messages: [
          {
            ...at(joined, 'An added line.'),
            message: 'Unexpected text on this line, expected what build-readme writes (an empty line): README.md is generated; edit README.template.md or datasets/ and run `npm run build-readme`.',
          },
        ],
      },
      {
        name: 'an edit outside the tables',
        code: prose,
        messages: [
          {
            ...at(prose, 'A curated list of many'),
            message:
              'Unexpected text on this line, expected what build-readme writes (`A curated list of public breast imaging and histopathology datasets used in a...`): README.md is generated; edit README.template.md or datasets/ and run `npm run build-readme`.',
          },
        ],
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

/** A line as the rule quotes it: whole up to 80 characters, else its first 77 and an ellipsis. */
function excerpt(line: string): string {
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
