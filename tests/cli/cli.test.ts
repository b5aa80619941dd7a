import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO, SEED_README, catalogueCopy, read, recordYaml, runCli, tempDir } from '../helpers/project.js';
import { parseReport } from '../helpers/report.js';

describe('catalogue', () => {
  it('prints usage and exits 2 without a command, 0 with --help', async () => {
    expect(await runCli([])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Usage: npm run <command>/) });
    expect(await runCli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/build-readme/) });
    expect(await runCli(['bulid-readme'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown command `bulid-readme`/) });
  });

  it('runs as a compiled program, as the npm scripts call it', () => {
    const bin = path.join(REPO, 'bin/catalogue.mjs');
    expect(existsSync(bin)).toBe(true);
    const result = spawnSync(process.execPath, [bin, 'build-readme', '--check'], { cwd: REPO, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result).toMatchObject({ status: 0, stdout: expect.stringMatching(/^All \d+ generated files are up to date\.\n$/) });
  });
});

describe('validate', () => {
  it('passes the committed catalogue', async () => {
    const result = await runCli(['validate']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(parseReport(result.stdout).every((m) => m.severity === 'warning')).toBe(true);
    expect(result.stdout).toMatch(/\n\d+ of \d+ figures sourced \(\d+%\)\.\n$/);
  });

  it('fails with file:line:column for a bad record, and exits 2 for a file outside datasets/', async () => {
    const root = tempDir({ 'datasets/bad-set.yaml': recordYaml({ year: '1900' }, 'bad-set') });
    const result = await runCli(['validate', 'datasets/bad-set.yaml'], root);
    expect(result.code).toBe(1);
    expect(parseReport(result.stdout)).toContainEqual(expect.objectContaining({ file: 'datasets/bad-set.yaml', line: 9, column: 7, severity: 'error', message: expect.stringMatching(/^year: expected a year from 1980/) }));
    expect(await runCli(['validate', 'notes.txt'], root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/not a record under datasets\/: notes\.txt/) });
  });
});

describe('import-readme', () => {
  it('writes the 35 seed records, each valid, reporting every repair and guess', async () => {
    const root = tempDir();
    const result = await runCli(['import-readme', SEED_README, '--root', root], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/35 records read; \d+ repairs, \d+ guesses, 1 left undecided\./);
    expect(readdirSync(path.join(root, 'datasets'))).toHaveLength(35);
    expect(await runCli(['validate', '--quiet'], root)).toMatchObject({ code: 0 });
  });

  it('writes nothing when a row cannot be imported, and exits 2 for a missing README', async () => {
    const root = tempDir({
      'BAD.md': '### MRI\n\n| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |\n|-|-|-|-|-|-|-|-|\n| X | 1 | 1 | PNG | 1GB | 2020 | N/A | no link |\n',
    });
    const bad = await runCli(['import-readme', 'BAD.md'], root);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/BAD\.md:5:\d+ {2}undecided {2}X: access: The access cell has no link/);
    expect(existsSync(path.join(root, 'datasets'))).toBe(false);
    expect(await runCli(['import-readme', 'MISSING.md'], root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read MISSING\.md/) });
  });
});

describe('import-readme of a hand edit', () => {
  it('says how many records changed, in the singular for one, and writes only that one', async () => {
    const root = catalogueCopy();
    await runCli(['build-readme', '--root', root], root);
    const readme = read(root, 'README.md').replace(/^(\| Breast Ultrasound Images \(BUSI\) \| )\d+/m, '$1777');
    writeFileSync(path.join(root, 'README.md'), readme);
    const others = readFileSync(path.join(root, 'datasets/cmmd.yaml'), 'utf8');
    const result = await runCli(['import-readme', 'README.md'], root);
    expect(result.code).toBe(0);
    const total = readdirSync(path.join(root, 'datasets')).length;
    expect(result.stdout).toMatch(new RegExp(`^\\d+ records read; 0 repairs, 0 guesses, 0 left undecided\\.$`, 'm'));
    expect(result.stdout).toContain(`Changed 1 record, ${total - 1} unchanged: datasets/busi.yaml. Run \`npm run build-readme\` to regenerate README.md.\n`);
    expect(read(root, 'datasets/busi.yaml')).toMatch(/^subjects: 777$/m);
    expect(readFileSync(path.join(root, 'datasets/cmmd.yaml'), 'utf8')).toBe(others);
    expect((await runCli(['import-readme', 'README.md'], root)).stdout).toMatch(/No record changed: datasets\/ already says what README\.md says\.\n$/);
  });

  it('points its notes at the cell content, as the linter does', async () => {
    const root = tempDir();
    const imported = await runCli(['import-readme', SEED_README, '--root', root, '--dry-run', '--format', 'json'], root);
    const note = (JSON.parse(imported.stdout) as { notes: { line: number; column: number; message: string }[] }).notes.find((n) => n.message.startsWith('`5060` written'))!;
    const linted = JSON.parse((await runCli(['lint-readme', SEED_README, '--format', 'json'])).stdout) as { line: number; column: number; message: string }[];
    const message = linted.find((m) => m.message.includes('`5060`'))!;
    expect([note.line, note.column]).toEqual([message.line, message.column]);
  });
});

describe('the JSON Schema file', () => {
  it('is a contract other tools can use: a fresh validator accepts every committed record and refuses a bad one', () => {
    const schema = JSON.parse(readFileSync(path.join(REPO, 'schema/dataset.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const file of readdirSync(path.join(REPO, 'datasets'))) {
      const record = parse(readFileSync(path.join(REPO, 'datasets', file), 'utf8'));
      expect(validate(record), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({ ...parse(recordYaml()), subjects: -1 })).toBe(false);
  });

  it('is named on the first line of every record', () => {
    for (const file of readdirSync(path.join(REPO, 'datasets'))) {
      expect(readFileSync(path.join(REPO, 'datasets', file), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/dataset.schema.json');
    }
  });
});

