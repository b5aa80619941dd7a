import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, catalogueCopy, read, recordYaml, runCli, setField } from '../helpers/project.js';
import { parseReport } from '../helpers/report.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A committed copy of the catalogue in a fresh git repository, README and generated files built. */
async function repository(): Promise<string> {
  const root = catalogueCopy();
  expect((await runCli(['build-readme', '--root', root])).code).toBe(0);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@example.org');
  git(root, 'config', 'user.name', 'Test');
  git(root, 'config', 'commit.gpgsign', 'false');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--no-verify', '-m', 'catalogue');
  return root;
}

const edit = (root: string, file: string, from: string, to: string) => writeFileSync(path.join(root, file), read(root, file).replace(from, to));

describe('pre-commit', () => {
  it('passes when nothing the catalogue cares about is staged', async () => {
    const root = await repository();
    writeFileSync(path.join(root, 'notes.txt'), 'hello');
    git(root, 'add', 'notes.txt');
    expect(await runCli(['pre-commit'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('fails a staged record change whose README was not rebuilt, and passes once it is', async () => {
    const root = await repository();
    setField(root, 'datasets/busi.yaml', 'subjects', '7777');
    git(root, 'add', 'datasets/busi.yaml');
    const stale = await runCli(['pre-commit'], root);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/^README\.md: not what the staged records and README\.template\.md give\.$/m);
    expect(stale.stderr).toMatch(/Run `npm run build-readme`, then `git add README\.md data\/datasets\.csv/);

    await runCli(['build-readme', '--root', root]);
    git(root, 'add', '-A');
    expect((await runCli(['pre-commit'], root)).code).toBe(0);
  });

  it('checks the staged contents, not the working tree', async () => {
    const root = await repository();
    writeFileSync(path.join(root, 'datasets/new-set.yaml'), recordYaml({ year: '1900' }, 'new-set'));
    git(root, 'add', 'datasets/new-set.yaml');
    writeFileSync(path.join(root, 'datasets/new-set.yaml'), recordYaml({}, 'new-set'));
    const result = await runCli(['pre-commit'], root);
    expect(result.code).toBe(1);
    expect(parseReport(result.stdout)).toContainEqual(expect.objectContaining({ file: 'datasets/new-set.yaml', line: 9, column: 7, severity: 'error', message: expect.stringMatching(/^year: expected a year from 1980/) }));
  });

  it('lints a staged README.md and names the line of each error', async () => {
    const root = await repository();
    const busiRow = /^\| Breast Ultrasound Images \(BUSI\) \| ([\d,]+) \|/m;
    const subjects = busiRow.exec(read(root, 'README.md'))![1]!;
    edit(root, 'README.md', `(BUSI) | ${subjects} |`, '(BUSI) | 1 775 5 |');
    git(root, 'add', 'README.md');
    const result = await runCli(['pre-commit'], root);
    expect(result.code).toBe(1);
    expect(parseReport(result.stdout)).toContainEqual(expect.objectContaining({ file: 'README.md', severity: 'error', message: expect.stringContaining('`1 775 5`'), ruleId: 'count-format' }));
  });

  it('names the line, the field, both values and the record to edit when a table cell was edited by hand', async () => {
    const root = await repository();
    const lines = read(root, 'README.md').split('\n');
    const line = lines.findIndex((l) => l.startsWith('| Breast Ultrasound Images (BUSI) |')) + 1;
    const subjects = /^\| [^|]+ \| (\d+) \|/.exec(lines[line - 1]!)![1]!;
    const edited = String(Number(subjects) + 1);
    edit(root, 'README.md', `| Breast Ultrasound Images (BUSI) | ${subjects} |`, `| Breast Ultrasound Images (BUSI) | ${edited} |`);
    git(root, 'add', 'README.md');
    const result = await runCli(['pre-commit'], root);
    expect(result.code).toBe(1);
    expect(parseReport(result.stdout)).toEqual([
      {
        file: 'README.md',
        line,
        column: 37,
        severity: 'error',
        ruleId: 'in-sync',
        message: `Unexpected Subjects \`${edited}\` in the row of \`Breast Ultrasound Images (BUSI)\` where datasets/busi.yaml gives \`${subjects}\`: edit datasets/busi.yaml and run \`npm run build-readme\`, or fold this edit into the record with \`npm run import-readme -- README.md\`.`,
      },
    ]);
  });

  it('points a hand edit of the prose at the template, without offering to import it', async () => {
    const root = await repository();
    edit(root, 'README.md', 'The datasets are grouped by modality.', 'The datasets are grouped by kind.');
    git(root, 'add', 'README.md');
    const result = await runCli(['pre-commit'], root);
    expect(result.code).toBe(1);
    expect(parseReport(result.stdout)).toEqual([
      expect.objectContaining({ file: 'README.md', column: 1, severity: 'error', ruleId: 'in-sync', message: expect.stringMatching(/^Unexpected text, expected what build-readme writes here \(`The datasets are grouped by modality\..*`\): this part of README\.md comes from README\.template\.md; edit that and run `npm run build-readme`\.$/) }),
    ]);
    expect(result.stdout + result.stderr).not.toMatch(/import-readme/);
  });

  it('runs from git commit through the installed hook, and --no-verify skips it', async () => {
    const root = await repository();
    cpSync(path.join(REPO, '.husky'), path.join(root, '.husky'), { recursive: true });
    symlinkSync(path.join(REPO, 'bin'), path.join(root, 'bin'));
    // Installed the way `npm ci` installs it: the prepare script runs husky.
    execFileSync(process.execPath, [path.join(REPO, 'node_modules/husky/bin.js')], { cwd: root });
    expect(git(root, 'config', 'core.hooksPath').trim()).toBe('.husky/_');
    setField(root, 'datasets/busi.yaml', 'subjects', '7777');
    git(root, 'add', 'datasets/busi.yaml');
    const commit = spawnSync('git', ['commit', '-q', '-m', 'change'], { cwd: root, encoding: 'utf8' });
    expect(commit.status).toBe(1);
    expect(commit.stdout + commit.stderr).toMatch(/^README\.md: not what the staged records/m);
    expect(spawnSync('git', ['commit', '-q', '--no-verify', '-m', 'change'], { cwd: root }).status).toBe(0);
  });
});

describe('a duplicate is blamed on the new record', () => {
  it('in the hook: a staged copy of a committed record is the one reported, naming the other', async () => {
    const root = await repository();
    // Sorted first, so only knowing what is new puts the blame on it.
    writeFileSync(path.join(root, 'datasets/a-copy.yaml'), read(root, 'datasets/busi.yaml').replace(/^id: busi$/m, 'id: a-copy'));
    git(root, 'add', 'datasets/a-copy.yaml');
    const result = await runCli(['pre-commit'], root);
    expect(result.code).toBe(1);
    const reported = parseReport(result.stdout);
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((m) => m.file === 'datasets/a-copy.yaml')).toBe(true);
    expect(reported).toContainEqual(expect.objectContaining({ ruleId: 'duplicate-name', message: expect.stringMatching(/already used by datasets\/busi\.yaml:\d+/) }));
    expect(result.stderr).not.toMatch(/other records/);
  });

  it('in validate: the file named on the command line, checked against the whole catalogue', async () => {
    const root = catalogueCopy();
    writeFileSync(path.join(root, 'datasets/a-copy.yaml'), read(root, 'datasets/busi.yaml').replace(/^id: busi$/m, 'id: a-copy'));
    const result = await runCli(['validate', 'datasets/a-copy.yaml'], root);
    expect(result.code).toBe(1);
    expect(parseReport(result.stdout).filter((m) => m.severity === 'error').map((m) => [m.file, m.ruleId])).toEqual([
      ['datasets/a-copy.yaml', 'duplicate-name'],
      ['datasets/a-copy.yaml', 'duplicate-access-url'],
    ]);
    // Outside git neither is new: the one named is the one reported.
    const busi = await runCli(['validate', 'datasets/busi.yaml'], root);
    expect(busi.code).toBe(1);
    expect(parseReport(busi.stdout)).toContainEqual(expect.objectContaining({ file: 'datasets/busi.yaml', ruleId: 'duplicate-name', message: expect.stringMatching(/already used by datasets\/a-copy\.yaml:\d+/) }));
  });
});
