/**
 * Acceptance: the hand-kept seed README gets every defect the issue names, at its line; the README
 * build-readme writes gets no error; --fix changes the fixed spans and not one byte more.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixReadme } from '../../src/lint/fix.js';
import { lintReadme } from '../../src/lint/lint.js';
import type { Message } from '../../src/report/message.js';
import { REPO, SEED_README } from '../helpers/project.js';
import { NOW, SEED_SWAP } from './tester.js';

const seed = readFileSync(SEED_README, 'utf8');
const options = { file: 'README.md', now: NOW, dir: path.dirname(SEED_README) };
let messages: Message[];
beforeAll(async () => {
  messages = await lintReadme(seed, options);
});
const of = (ruleId: string) => messages.filter((m) => m.ruleId === ruleId);
const brief = (m: Message) => `${m.line}:${m.column} ${m.severity}`;

describe('the seed README', () => {
  it('reports the `Access data` header on line 32', () => {
    expect(of('table-header')).toMatchObject([{ line: 32, column: 102, severity: 'error', message: 'Unexpected header `Access data`, expected `Download`.' }]);
  });

  it('reports the link-text typos on lines 36 and 37, naming the intended text', () => {
    expect(of('link-text').map((m) => [m.line, m.message])).toEqual([
      [36, 'Unexpected link text `Resquest Permission`, expected `Request permission`.'],
      [37, 'Unexpected link text `Downnload here`, expected `Download here`.'],
    ]);
  });

  it('reports the swapped Size and Year of CMMD on line 68 in one message naming both and the fix', () => {
    expect(of('swapped-columns')).toEqual([SEED_SWAP]);
    expect(messages.filter((m) => m.line === 68 && /Size|Year/.test(m.message))).toHaveLength(1);
  });

  it('reports `20 0000` on line 70 as an error, and `22 032` beside `5060` on line 52 as style warnings', () => {
    const counts = of('count-format');
    expect(counts.filter((m) => m.severity === 'error').map((m) => [m.line, m.message])).toEqual([
      [70, 'Unexpected thousands groups in `20 0000`, expected groups of three digits: probably `20,000` (or `200,000`); check the source.'],
    ]);
    expect(counts.filter((m) => m.line === 52).map((m) => [m.column, m.severity, m.message.split(',')[0]])).toEqual([
      [37, 'warning', 'Unexpected ungrouped count `5060`'],
      [53, 'warning', 'Unexpected space-grouped count `22 032`'],
    ]);
    expect(counts.filter((m) => m.severity === 'warning')).toHaveLength(13);
  });

  it('reports `N/a` on line 71 and `RGB`, a colour model, on line 122', () => {
    const formats = of('format-vocabulary');
    expect(formats.find((m) => m.line === 71)).toMatchObject({ column: 69, message: 'Unexpected Format `N/a`, expected `N/A`.' });
    expect(formats.find((m) => m.line === 122)).toMatchObject({ severity: 'error', message: expect.stringMatching(/^Unexpected `RGB` in Format: it is a colour model, not a file format/) });
    expect(formats.map((m) => m.line)).toEqual([37, 71, 73, 95, 122, 125]);
  });

  it('reports each of the 12 links with a glued title by the dataset and link it belongs to', () => {
    const glued = of('link-url').filter((m) => m.message.includes('glued onto the URL'));
    expect(glued.map((m) => `${m.line} ${/ link of `([^`]+)`/.exec(m.message)![1]}: ${/^Unexpected title `([^`]+)`/.exec(m.message)![1]}`)).toEqual([
      '34 Breast Ultrasound Images (BUSI): _"Download_link"',
      '35 Breast Lesions USG: _"Link_to_paper"',
      '35 Breast Lesions USG: _"Download_link"',
      '36 UDIAT Breast Ultrasound Dataset B: _"Link_to_paper"',
      '37 OASBUD: _"Link_to_paper"',
      '37 OASBUD: _"Download_link"',
      '38 BUS Synthetic Dataset: _"Link_to_paper"',
      '38 BUS Synthetic Dataset: _"Download_link"',
      '52 Breast Cancer Screening DBT: _"Link_to_paper"',
      '52 Breast Cancer Screening DBT: _"Download_link"',
      '53 EA1141: _"Download_link"',
      '54 VICTRE: _"Download_link"',
    ]);
    expect(glued.every((m) => m.severity === 'error')).toBe(true);
  });

  it('warns about the http://doi.org links of VICTRE, ISPY1 and BREAST DIAGNOSIS', () => {
    const http = of('link-url').filter((m) => m.message.includes('doi.org serves every DOI over https'));
    expect(http.map((m) => `${m.line} ${m.severity}`)).toEqual(['54 warning', '54 warning', '92 warning', '92 warning', '101 warning']);
  });

  it('reports the two images the fixture was copied without', () => {
    expect(of('image-exists').map(brief)).toEqual(['13:1 error', '17:1 error']);
  });

  it('warns about the values that look wrong together: EA1141 and BACH', () => {
    expect(of('plausibility').map((m) => [m.line, m.message.slice(0, 40)])).toEqual([
      [53, 'Unexpected 500 samples for 1,444 subject'],
      [125, 'Unexpected Year 2022 for `BACH`, after i'],
    ]);
  });

  it('finds the totals, the table of contents and the summaries right (grouped bullets and acronyms included)', () => {
    expect([...of('total-count'), ...of('toc'), ...of('summary-coverage'), ...of('duplicate-entry'), ...of('table-shape'), ...of('size-format'), ...of('year-range')]).toEqual([]);
  });

  it('gives these messages and no other', () => {
    const byRule: Record<string, number> = {};
    for (const m of messages) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
    expect(byRule).toEqual({ 'table-header': 1, 'count-format': 14, 'swapped-columns': 1, 'format-vocabulary': 6, 'link-url': 17, 'link-text': 2, 'image-exists': 2, plausibility: 2 });
  });
});

describe('the README build-readme writes', () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');

  it('has no error, and warnings only for data questions (values that look wrong together), without datasets/', async () => {
    const found = await lintReadme(readme, { file: 'README.md', now: NOW, dir: REPO });
    expect(found.filter((m) => m.severity === 'error')).toEqual([]);
    expect(new Set(found.map((m) => m.ruleId))).toEqual(new Set(found.length === 0 ? [] : ['plausibility']));
  });

  it('is in sync with datasets/, and each data question names the record to check', async () => {
    const without = await lintReadme(readme, { file: 'README.md', now: NOW, dir: REPO });
    const found = await lintReadme(readme, { file: 'README.md', now: NOW, dir: REPO, root: REPO });
    expect(found.map(brief)).toEqual(without.map(brief));
    for (const m of found) expect(m.message).toMatch(/ in datasets\/[a-z0-9-]+\.yaml\.$/);
  });
});

describe('--fix on the seed', () => {
  /** Every fix, written out by hand: [line, before, after]. */
  const FIXES: [number, string, string][] = [
    [32, 'Access data', 'Download'],
    [34, '_"Download_link"', ''],
    [35, '_"Link_to_paper"', ''],
    [35, '_"Download_link"', ''],
    [36, '_"Link_to_paper"', ''],
    [36, 'Resquest Permission', 'Request permission'],
    [37, 'Matlab', 'MAT'],
    [37, '_"Link_to_paper"', ''],
    [37, 'Downnload here', 'Download here'],
    [37, '_"Download_link"', ''],
    [38, '_"Link_to_paper"', ''],
    [38, '_"Download_link"', ''],
    [52, '5060', '5,060'],
    [52, '22 032', '22,032'],
    [52, '_"Link_to_paper"', ''],
    [52, '_"Download_link"', ''],
    [53, '1444', '1,444'],
    [53, '_"Download_link"', ''],
    [54, '2994       |    2994', '2,994       |    2,994'],
    [54, 'http://doi.org', 'https://doi.org'],
    [54, 'http://doi.org/10.7937/TCIA.2019.ho23nxaw_"Download_link"', 'https://doi.org/10.7937/TCIA.2019.ho23nxaw'],
    [67, '1566', '1,566'],
    [67, '6 671', '6,671'],
    [68, '1775', '1,775'],
    [68, '3 728', '3,728'],
    [68, '2021    |  22.86GB', '22.86GB    |  2021'],
    [69, '2 006', '2,006'],
    [70, '5000', '5,000'],
    [71, 'N/a', 'N/A'],
    [73, '3 383', '3,383'],
    [73, 'JPG', 'JPEG'],
    [92, 'http://doi.org', 'https://doi.org'],
    [92, 'http://doi.org', 'https://doi.org'],
    [95, 'JPG', 'JPEG'],
    [101, 'http://doi.org', 'https://doi.org'],
    [124, '1 399', '1,399'],
    [125, 'SVS & TIFF', 'SVS, TIFF'],
  ];
  const expected = (text: string, eol: string) => {
    const lines = text.split(eol);
    for (const [line, before, after] of FIXES) {
      const current = lines[line - 1]!;
      expect(current, `line ${line}`).toContain(before);
      lines[line - 1] = current.replace(before, after);
    }
    return lines.join(eol);
  };

  it('changes the fixed spans and leaves every other byte as it was', async () => {
    const result = await fixReadme(seed, options);
    expect(result.output).toBe(expected(seed, '\n'));
    expect(result.fixed).toBe(39);
  });

  it('keeps CRLF line endings and a BOM', async () => {
    const crlf = `\uFEFF${seed.replace(/\n/g, '\r\n')}`;
    const result = await fixReadme(crlf, options);
    expect(result.output).toBe(expected(crlf, '\r\n'));
  });

  it('reports what remains: what no fix can prove', async () => {
    const result = await fixReadme(seed, options);
    expect(result.messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`)).toEqual([
      '13 image-exists error',
      '17 image-exists error',
      '53 plausibility warning',
      '70 count-format error',
      '122 format-vocabulary error',
      '125 plausibility warning',
    ]);
  });
});

describe('a list of the same family the rules were not written for', () => {
  const list = [
    '# Other Imaging Datasets',
    '',
    'This list has 3 datasets.',
    '',
    '## Ultrasound',
    '',
    '| Name | Patients | Images | Formats | Download size | Published | Paper | Link | Notes |',
    '|---|---|---|---|---|---|---|---|---|',
    '| Alpha\t| 1,000 | 2\u00a0000 | PNG | 1 GB | 2020 | N/A | [Download here](https://a.org) | first |',
    '|  Beta  |   N/A   |   3   |   PNG   |   2 MB   |   2021   |   N/A   |   [Download here](https://b.org)   |',
    '',
    '## CT',
    '',
    '| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |',
    '|-|-|-|-|-|-|-|-|',
    '| Gamma | 5 | 5 | DICOM | 1 TB | 2019 | N/A | [Download here](https://c.org) |',
    '',
    '## MRI',
    '',
    '| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |',
    '|-|-|-|-|-|-|-|-|',
    '',
    '**Summaries:**',
    '',
    '- **Alpha:** One.',
    '- **Beta:** Two.',
    '',
  ].join('\n');

  it('reports what is wrong and nothing it cannot see, without failing', async () => {
    const found = await lintReadme(list, { file: 'list.md', now: NOW });
    expect(found.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message.split(',')[0]}`)).toEqual([
      '7:3 error table-header Unexpected header `Name`',
      '7:10 error table-header Unexpected header `Patients`',
      '7:21 error table-header Unexpected header `Images`',
      '7:30 error table-header Unexpected header `Formats`',
      '7:40 error table-header Unexpected header `Download size`',
      '7:56 error table-header Unexpected header `Published`',
      '7:68 error table-header Unexpected header `Paper`',
      '7:76 error table-header Unexpected header `Link`',
      '7:83 warning table-header Unexpected column `Notes`',
      '9:19 warning count-format Unexpected space-grouped count `2 000`',
      '10:1 error table-shape Unexpected 8 cells in the row of `Beta`',
      '16:3 error summary-coverage Missing summary for `Gamma`',
      '20:1 warning table-shape Unexpected table without rows',
    ]);
  });
});
