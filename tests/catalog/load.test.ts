import { describe, expect, it } from 'vitest';
import { checkRecordFiles, loadCatalog } from '../../src/catalog/load.js';
import type { Message } from '../../src/report/message.js';
import { recordYaml, tempDir } from '../helpers/project.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const check = (text: string, file = 'datasets/example-set.yaml') => checkRecordFiles([{ file, text }], { now: NOW });
const errors = (messages: Message[]) => messages.filter((m) => m.severity === 'error');
const at = (m: Message) => `${m.file}:${m.line}:${m.column}`;

describe('a valid record', () => {
  it('loads with no message and enters the catalogue', () => {
    const result = check(recordYaml());
    expect(result.messages).toEqual([]);
    expect(result.catalog.datasets.map((d) => d.id)).toEqual(['example-set']);
  });

  it('accepts Windows line endings and a BOM, with the same positions', () => {
    const text = recordYaml({ samples: '-1' });
    const lf = check(text).messages;
    const crlf = check(`\uFEFF${text.replace(/\n/g, '\r\n')}`).messages;
    expect(crlf).toEqual(lf);
    expect(at(crlf[0]!)).toBe('datasets/example-set.yaml:6:10');
  });

  it('locates fields for other tools', () => {
    const [record] = check(recordYaml()).records;
    expect(record!.locate(['access', 'url'])).toEqual({ line: 18, column: 8 });
    expect(record!.locate(['citations', 0, 'url'])).toEqual({ line: 12, column: 10 });
  });

  it('warns, without failing, when the schema line is missing', () => {
    const result = check(recordYaml().split('\n').slice(1).join('\n'));
    expect(result.messages).toMatchObject([{ severity: 'warning', ruleId: 'schema-line', line: 1 }]);
    expect(result.catalog.datasets).toHaveLength(1);
  });
});

describe('invalid records name file, line, column, field, expectation and finding', () => {
  it.each([
    ['a misspelt field, with a did-you-mean', { samples: undefined, sample: '10', subjects: '1' }, '24:1', /Unknown field `sample`\. Did you mean `samples`\?/],
    ['a missing field', { year: undefined }, '2:1', /Missing field `year`: expected a year/],
    ['a misspelt modality', { modality: 'ultrasonud' }, '4:11', /modality: expected one of ultrasound, dbt, .*found `ultrasonud`\. Did you mean `ultrasound`\?/],
    ['a negative count', { subjects: '-3' }, '5:11', /subjects: expected a whole number >= 0, or null when unknown, found `-3`/],
    ['a fractional count', { samples: '2.5' }, '6:10', /samples: expected a whole number/],
    ['a format alias', { formats: '[DICOM, JPG]' }, '7:18', /found `JPG`\. Write `JPEG`\./],
    ['a colour model as a format', { formats: '[RGB]' }, '7:11', /`RGB` is a colour model, not a file format/],
    ['a misspelt size unit', { size: '{value: 2, unit: gb}' }, '8:24', /size\.unit: expected one of KB, MB, GB, TB, found `gb`\. Did you mean `GB`\?/],
    ['a year before any dataset', { year: '1900' }, '9:7', /year: expected a year from 1980/],
    ['a year in the future', { year: '2031' }, '9:7', /year: 2031 is in the future; expected a year up to 2027/],
    ['a javascript: URL', { access: '\n  kind: download\n  url: javascript:alert(1)' }, '18:8', /access\.url: expected an absolute http\(s\) URL, found `javascript:alert\(1\)`\. `javascript:` URLs are not allowed/],
    ['a data: URL', { access: '\n  kind: download\n  url: "data:text/html,hi"' }, '18:8', /`data:` URLs are not allowed/],
    ['a relative URL', { citations: '\n  - title: A paper\n    url: ../paper.pdf\n    type: article\n    authors: [{family: Doe}]\n    year: 2020' }, '12:10', /citations\[0\]\.url: expected an absolute http\(s\) URL, found `\.\.\/paper\.pdf`\. `\.\.\/paper\.pdf` is not an absolute URL/],
    ['a misspelt access kind', { access: '\n  kind: dowload\n  url: https://example.org/x' }, '17:9', /Did you mean `download`\?/],
    ['a URL in the summary', { summary: 'See https://example.org for more.' }, '19:10', /summary: expected one line of text with no URL or e-mail address in it/],
    ['an e-mail address in the name', { name: 'Ask a@b.org' }, '3:7', /name: expected one line of text with no URL/],
    ['a multi-line name', { name: '"Two\\nlines"' }, '3:7', /name: expected one line of text/],
    ['an id that is not the file name', { id: 'other-set' }, '2:5', /id `other-set` does not match the file name example-set\.yaml/],
  ] as const)('%s', (_, overrides, position, pattern) => {
    const found = errors(check(recordYaml(overrides)).messages);
    const match = found.find((m) => pattern.test(m.message));
    expect(match, found.map((m) => m.message).join('\n')).toBeDefined();
    expect(at(match!)).toBe(`datasets/example-set.yaml:${position}`);
    // One problem, one message; a misspelt field also leaves the real one missing.
    expect(found.length).toBe(_.startsWith('a misspelt field') ? 2 : 1);
  });

  it('reports every problem of a record at once', () => {
    const messages = errors(check(recordYaml({ subjects: '-1', year: '2031', modality: 'xray' })).messages);
    expect(messages.map((m) => m.line)).toEqual([4, 5, 9]);
  });

  it('refuses an empty file', () => {
    expect(check('').messages).toMatchObject([{ line: 1, column: 1, ruleId: 'empty-file', message: expect.stringMatching(/The file is empty/) }]);
    expect(check('# only a comment\n').messages[0]!.ruleId).toBe('empty-file');
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
    const result = check(`${bomb}\n`);
    expect(result.messages).toMatchObject([{ ruleId: 'yaml-alias', line: 1 }]);
  });

  it('refuses duplicate keys, syntax errors and several documents', () => {
    expect(check(`${recordYaml()}year: 2021\n`).messages[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 25, message: expect.stringMatching(/appears twice/) });
    expect(check('id: [unclosed\n').messages[0]).toMatchObject({ ruleId: 'yaml-syntax', message: 'A list in [brackets] or a mapping in {braces} is not closed on its line: close it, or write one item per line.' });
    expect(check(`${recordYaml()}---\nid: second\n`).messages[0]).toMatchObject({ ruleId: 'yaml-syntax', message: expect.stringMatching(/one document/) });
  });

  it('refuses a record that is not a mapping', () => {
    expect(check('- a\n- b\n').messages[0]!.message).toMatch(/A record is a mapping of fields/);
  });
});

describe('across files', () => {
  const two = (a: string, b: string) =>
    checkRecordFiles(
      [
        { file: 'datasets/first-set.yaml', text: a },
        { file: 'datasets/second-set.yaml', text: b },
      ],
      { now: NOW },
    ).messages;

  it('refuses a name used twice, whatever its case and spacing, naming the first place', () => {
    const messages = two(recordYaml({ name: 'Same Name' }, 'first-set'), recordYaml({ name: 'same  name' }, 'second-set'));
    expect(messages).toMatchObject([{ file: 'datasets/second-set.yaml', line: 3, ruleId: 'duplicate-name', message: expect.stringMatching(/already used by datasets\/first-set\.yaml:3/) }]);
  });

  it('refuses an access URL used twice, trailing slash and host case aside', () => {
    const access = (url: string) => `\n  kind: download\n  url: ${url}`;
    const messages = two(recordYaml({ name: 'A', access: access('https://Example.org/data') }, 'first-set'), recordYaml({ name: 'B', access: access('https://example.org/data/') }, 'second-set'));
    expect(messages).toMatchObject([{ file: 'datasets/second-set.yaml', ruleId: 'duplicate-access-url' }]);
  });

  it('reports on the file asked for, or the new one, while still counting the others', async () => {
    const root = tempDir({
      'datasets/first-set.yaml': recordYaml({ name: 'Same' }, 'first-set'),
      'datasets/second-set.yaml': recordYaml({ name: 'Same' }, 'second-set'),
    });
    // The file asked about is the one reported, whichever sorts first; the other still counts.
    expect((await loadCatalog(root, { only: ['datasets/first-set.yaml'] })).messages).toMatchObject([{ file: 'datasets/first-set.yaml', ruleId: 'duplicate-name', message: expect.stringMatching(/already used by datasets\/second-set\.yaml:3/) }]);
    expect((await loadCatalog(root, { only: ['datasets/second-set.yaml'] })).messages).toMatchObject([{ file: 'datasets/second-set.yaml', ruleId: 'duplicate-name' }]);
    // A record the last commit does not have is the duplicate, named or not.
    const committed = new Set(['datasets/second-set.yaml']);
    expect((await loadCatalog(root, { committed })).messages).toMatchObject([{ file: 'datasets/first-set.yaml', ruleId: 'duplicate-name' }]);
  });
});

describe('evidence and the meaning of figures', () => {
  const strict = (text: string) => checkRecordFiles([{ file: 'datasets/example-set.yaml', text }], { now: NOW, strict: true });

  it('counts the known figures and those a quote supports', () => {
    expect(check(recordYaml()).figures).toEqual({ sourced: 4, known: 4 });
    expect(check(recordYaml({ license: 'CC-BY-4.0' })).figures).toEqual({ sourced: 4, known: 5 });
    expect(check(recordYaml({ subjects: 'null', size: 'null' })).figures).toEqual({ sourced: 2, known: 2 });
  });

  it('warns about an unsourced figure at its field, and fails it when strict', () => {
    const text = recordYaml({ license: 'CC-BY-4.0' });
    expect(check(text).messages).toMatchObject([
      { severity: 'warning', ruleId: 'unsourced', line: 25, message: expect.stringMatching(/^license has no source: add an evidence entry whose quote states it \(supports: \[license\]\)/) },
    ]);
    expect(strict(text).messages).toMatchObject([{ severity: 'error', ruleId: 'unsourced' }]);
    expect(strict(text).records).toEqual([]);
    expect(strict(recordYaml()).messages).toEqual([]);
  });

  it('holds a record with no evidence or an incomplete citation to account when strict', () => {
    const bare = recordYaml({ evidence: ' []', citations: '\n  - title: A paper\n    url: https://doi.org/10.1000/x\n    type: article' });
    expect(check(bare).messages.every((m) => m.severity === 'warning')).toBe(true);
    expect(strict(bare).messages.map((m) => m.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^subjects has no source/),
        expect.stringMatching(/^No evidence yet/),
        expect.stringMatching(/^citations\[0\] has no authors or year: add authors and year/),
      ]),
    );
  });

  it('refuses a count without its unit, simulated data with patients, and a release before the first', () => {
    expect(check(recordYaml({ sample_unit: undefined })).messages[0]).toMatchObject({ ruleId: 'sample-unit', line: 6, severity: 'warning', message: expect.stringMatching(/^samples: 20 needs its unit: add sample_unit \(one of images, volumes/) });
    expect(strict(recordYaml({ sample_unit: undefined })).messages[0]).toMatchObject({ ruleId: 'sample-unit', severity: 'error' });
    expect(errors(check(recordYaml({ synthetic: 'true' })).messages)).toMatchObject([{ ruleId: 'synthetic-subjects', line: 5 }]);
    expect(errors(check(recordYaml({ updated: '2019' })).messages)).toMatchObject([{ ruleId: 'year-range', message: expect.stringMatching(/updated: 2019 is before year: 2020/) }]);
  });

  it('refuses evidence that names no field, and offers the SPDX spelling of a licence', () => {
    const bad = recordYaml({ evidence: '\n  - url: https://example.org\n    quote: Ten patients.\n    supports: [patients]' });
    expect(errors(check(bad).messages)[0]!.message).toMatch(/^evidence\[0\]\.supports\[0\]: expected /);
    expect(errors(check(recordYaml({ license: 'CC BY 4.0' })).messages)[0]!.message).toMatch(/Write `license: CC-BY-4\.0`\./);
  });

  it('warns when a quote is said to support a figure the record leaves unknown', () => {
    expect(check(recordYaml({ size: 'null' })).messages).toMatchObject([{ severity: 'warning', ruleId: 'evidence', message: expect.stringMatching(/^evidence\[0\] supports size, which the record leaves unknown/) }]);
  });
});
