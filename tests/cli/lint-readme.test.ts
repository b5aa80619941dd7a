import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, SEED_README, catalogueCopy, read, runCli, tempDir } from '../helpers/project.js';
import { parseReport } from '../helpers/report.js';
import { SEED_SWAP, row, section } from '../lint/tester.js';
import { RULES } from '../../src/lint/rules/index.js';

const seed = readFileSync(SEED_README, 'utf8');
/** A README in the catalogue's format with one plausibility warning (fewer samples than subjects), and the same without it. */
const generated = `# Datasets\n\n${section([row({ dataset: 'Example Set', subjects: '1,444', samples: '500' })])}`;
const clean = `# Datasets\n\n${section([row({ dataset: 'Example Set', subjects: '1,444', samples: '1,500' })])}`;

describe('lint-readme', () => {
  it('exits 0 on a README without errors, warnings allowed, and says so', async () => {
    const dir = tempDir({ 'README.md': generated });
    const result = await runCli(['lint-readme'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/⚠ 1 warning\n$/);
    expect(await runCli(['lint-readme'], tempDir({ 'README.md': clean }))).toEqual({ code: 0, stdout: 'No problems found.\n', stderr: '' });
  });

  it('exits 1 with errors, in the vfile-reporter manner', async () => {
    const dir = tempDir({ 'docs/list.md': seed });
    const result = await runCli(['lint-readme', 'docs/list.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout.startsWith('docs/list.md\n')).toBe(true);
    expect(parseReport(result.stdout)).toContainEqual({ file: 'docs/list.md', line: 68, column: 86, severity: 'error', message: 'Unexpected Size `2021` and Year `22.86GB` in the row of `CMMD`, expected them swapped: Size `22.86GB`, Year `2021`.', ruleId: 'swapped-columns' });
    expect(result.stdout).toMatch(/\n\n45 messages \(✖ 20 errors, ⚠ 25 warnings\)\n$/);
  });

  it('explains itself with --help', async () => {
    expect(await runCli(['lint-readme', '--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run lint-readme -- \[files\.\.\.\] \[--format text\|json\|github\|sarif\] \[--fix\]/) });
    expect((await runCli(['--help'])).stdout).toMatch(/lint-readme +Check a README in the catalogue format/);
  });

  it('exits 2 on a missing file, an unknown format or flag, naming the problem', async () => {
    const dir = tempDir({ 'README.md': generated });
    expect(await runCli(['lint-readme', 'nope.md'], dir)).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^lint-readme: cannot read nope.md \(no such file\)/) });
    expect(await runCli(['lint-readme', '.'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read .* \(it is a folder\)/) });
    expect(await runCli(['lint-readme', '--format', 'xml'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--format must be one of text, json, github, sarif, not `xml`/) });
    expect(await runCli(['lint-readme', '--colour'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^lint-readme: unknown option `--colour`. Run `npm run lint-readme -- --help` for usage\./) });
    expect(await runCli(['lint-readme', '--root', 'elsewhere'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/no datasets\/ folder in elsewhere/) });
  });

  it('prints one JSON array of messages with exactly the documented keys, in order', async () => {
    const dir = tempDir({ 'README.md': seed });
    const result = await runCli(['lint-readme', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const messages = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(messages).toHaveLength(45);
    for (const m of messages) expect(Object.keys(m)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message', ...('fix' in m ? ['fix'] : [])]);
    expect(messages.filter((m) => m.fix === true).map((m) => m.ruleId)).toContain('swapped-columns');
    expect(messages.find((m) => m.ruleId === 'swapped-columns')).toEqual(SEED_SWAP);
    expect(JSON.parse((await runCli(['lint-readme', '--format', 'json'], tempDir({ 'README.md': clean }))).stdout)).toEqual([]);
  });

  it('prints GitHub workflow commands, escaped', async () => {
    const dir = tempDir({ 'a,b.md': seed });
    const { stdout } = await runCli(['lint-readme', 'a,b.md', '--format', 'github', '--quiet'], dir);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    expect(lines.every((l) => l.startsWith('::error file=a%2Cb.md,line='))).toBe(true);
    expect(lines).toContain('::error file=a%2Cb.md,line=32,col=102,endLine=32,endColumn=113,title=table-header::Unexpected header `Access data`, expected `Download`.');
  });

  it('prints SARIF 2.1.0 with the rules and a result per message', async () => {
    const dir = tempDir({ 'README.md': seed });
    const { code, stdout } = await runCli(['lint-readme', '--format', 'sarif'], dir);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log).toMatchObject({ version: '2.1.0', $schema: expect.stringMatching(/sarif-2\.1\.0/) });
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'lint-readme', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(RULES.map((r) => r.meta.id));
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toMatch(/\.$/);
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results).toHaveLength(45);
    for (const result of run.results) {
      expect(ids[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning']).toContain(result.level);
      expect(result.message.text).toEqual(expect.any(String));
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uri).toBe('README.md');
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it('lints several files in one run; --quiet keeps errors only', async () => {
    const dir = tempDir({ 'a.md': seed, 'b.md': generated });
    const result = await runCli(['lint-readme', 'a.md', 'b.md', '--format', 'json'], dir);
    const files = (JSON.parse(result.stdout) as { file: string }[]).map((m) => m.file);
    expect(new Set(files)).toEqual(new Set(['a.md', 'b.md']));
    expect(result.code).toBe(1);
    const twice = JSON.parse((await runCli(['lint-readme', 'a.md', './a.md', '--format', 'json'], dir)).stdout) as unknown[];
    expect(twice).toHaveLength(45);
    const quiet = JSON.parse((await runCli(['lint-readme', 'a.md', 'b.md', '--format', 'json', '--quiet'], dir)).stdout) as { severity: string }[];
    expect(quiet).toHaveLength(20);
    expect(quiet.every((m) => m.severity === 'error')).toBe(true);
    const text = await runCli(['lint-readme', 'b.md', '--quiet'], dir);
    expect(text).toMatchObject({ code: 0, stdout: 'No problems found.\n' });
  });

  it('compares the tables with datasets/ when it is next to the README, naming the record file', async () => {
    const root = catalogueCopy();
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    writeFileSync(path.join(root, 'README.md'), readme.replace(/^(\| Breast Ultrasound Images \(BUSI\) \| )\d+/m, '$17'));
    const result = await runCli(['lint-readme', '--format', 'json', '--quiet', '--root', '.'], root);
    expect(result.code).toBe(1);
    const line = readme.split('\n').findIndex((l) => l.startsWith('| Breast Ultrasound Images (BUSI) |')) + 1;
    expect(JSON.parse(result.stdout).filter((m: { ruleId: string }) => m.ruleId !== 'image-exists')).toMatchObject([{ ruleId: 'in-sync', line, message: expect.stringMatching(/^Unexpected Subjects `7` .* where datasets\/busi\.yaml gives .*npm run build-readme.*npm run import-readme -- README\.md/) }]);
  });

  it('compares only the README.md beside datasets/, not the other Markdown files there', async () => {
    const root = catalogueCopy();
    writeFileSync(path.join(root, 'notes.md'), '# Notes\n\nNothing here.\n');
    const result = await runCli(['lint-readme', 'README.template.md', 'notes.md', '--format', 'json'], root);
    // Neither is compared with the records; each gets one message: it has no dataset table.
    expect((JSON.parse(result.stdout) as { file: string; ruleId: string }[]).map((m) => [m.file, m.ruleId])).toEqual([
      ['README.template.md', 'table-header'],
      ['notes.md', 'table-header'],
    ]);
  });

  it('says once that a file has no dataset table, and refuses a file that is not text', async () => {
    const dir = tempDir({ 'empty.md': '', 'chart.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    const empty = await runCli(['lint-readme', 'empty.md'], dir);
    expect(empty.code).toBe(1);
    expect(parseReport(empty.stdout)).toEqual([{ file: 'empty.md', line: 1, column: 1, severity: 'error', ruleId: 'table-header', message: expect.stringMatching(/^Unexpected file without a dataset table/) }]);
    expect(await runCli(['lint-readme', 'chart.png'], dir)).toEqual({ code: 2, stdout: '', stderr: "lint-readme: chart.png is not a text file (it looks binary, such as an image). Give the path of a README in the catalogue's format.\n" });
  });

  it('--fix rewrites the safe fixes in place and reports what remains', async () => {
    const dir = tempDir({ 'README.md': seed, 'other.md': seed });
    const result = await runCli(['lint-readme', '--fix', 'README.md', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('lint-readme: fixed 39 problems in README.md.\n');
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(6);
    expect(read(dir, 'README.md')).toContain('| CMMD                              |  1,775        |    3,728       |  DICOM      |  22.86GB    |  2021    |');
    expect(read(dir, 'other.md')).toBe(seed);
    const again = await runCli(['lint-readme', '--fix', 'README.md'], dir);
    expect(again.stderr).toBe('');
  });

  it('runs as the npm script does', () => {
    const bin = path.join(REPO, 'bin/catalogue.mjs');
    const result = spawnSync(process.execPath, [bin, 'lint-readme', SEED_README, '--format', 'json'], { cwd: REPO, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toHaveLength(45);
  });
});

describe('lint-readme --format sarif in GitHub Actions', () => {
  it('names the repository as the tool\'s home, from the variables Actions sets', async () => {
    const dir = tempDir({ 'README.md': seed });
    const { stdout } = await runCli(['lint-readme', '--format', 'sarif'], dir, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/catalogue' });
    expect(JSON.parse(stdout).runs[0].tool.driver.informationUri).toBe('https://github.com/owner/catalogue');
    const { stdout: local } = await runCli(['lint-readme', '--format', 'sarif'], dir);
    expect(JSON.parse(local).runs[0].tool.driver.informationUri).toBeUndefined();
  });
});
