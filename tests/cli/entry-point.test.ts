/**
 * Every command as a user runs it: the npm script, in a child process, through bin/catalogue.mjs
 * and the built dist/. Mistakes are the user's: a plain message and exit 2 (usage) or 1 (bad data),
 * never "internal error", never a stack trace.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, SEED_README, recordYaml } from '../helpers/project.js';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function npmRun(script: string, args: readonly string[], shell?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child =
      shell === undefined
        ? spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: REPO })
        : spawn('sh', ['-c', shell], { cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What no user's mistake may ever print. */
function expectPlain(run: Run): void {
  const all = run.stdout + run.stderr;
  expect(all).not.toMatch(/internal error|Please report this/i);
  expect(all).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(all).not.toMatch(/\b(TypeError|ReferenceError|ERR_[A-Z_]+)\b/);
}

// The tests of this file run at once, so their folders are removed after all of them.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'catalogue-entry-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const badRecords = (name: string) => folder(name, { 'datasets/bad-set.yaml': recordYaml({ year: '1900' }, 'bad-set'), 'README.template.md': '# Datasets\n\n<!-- catalogue:datasets -->\n' });

const CASES: readonly { name: string; script: string; args: () => string[]; code: number; says: RegExp }[] = [
  { name: 'validate: a mistyped flag', script: 'validate', args: () => ['--rot', '.'], code: 2, says: /^validate: unknown option `--rot`; did you mean `--root`\?/ },
  { name: 'validate: a missing folder', script: 'validate', args: () => ['--root', '/nonexistent-catalogue'], code: 2, says: /No datasets\/ folder in \/nonexistent-catalogue/ },
  { name: 'validate: a bad record', script: 'validate', args: () => ['--root', badRecords('validate')], code: 1, says: /^datasets\/bad-set\.yaml\n\d+:\d+-\d+:\d+ +error +year: expected a year from 1980/m },
  { name: 'build-readme: a stray argument', script: 'build-readme', args: () => ['README.md'], code: 2, says: /^build-readme: unexpected argument `README\.md`\. Run `npm run build-readme -- --help`/ },
  { name: 'build-readme: a missing folder', script: 'build-readme', args: () => ['--root', '/nonexistent-catalogue'], code: 2, says: /No README\.template\.md in \/nonexistent-catalogue/ },
  { name: 'build-readme: a bad record, nothing written', script: 'build-readme', args: () => ['--root', badRecords('build')], code: 1, says: /nothing written/ },
  { name: 'lint-readme: a bad --format', script: 'lint-readme', args: () => ['--format', 'xml'], code: 2, says: /^lint-readme: --format must be one of text, json, github, sarif, not `xml`/ },
  { name: 'lint-readme: a missing file', script: 'lint-readme', args: () => ['/nonexistent/README.md'], code: 2, says: /^lint-readme: cannot read \/nonexistent\/README\.md \(no such file\)/ },
  { name: 'lint-readme: a README with errors', script: 'lint-readme', args: () => [SEED_README, '--quiet'], code: 1, says: /count-format/ },
  { name: 'import-readme: a flag without its value', script: 'import-readme', args: () => ['--root'], code: 2, says: /^import-readme: `--root` needs a value\./ },
  { name: 'import-readme: a missing file', script: 'import-readme', args: () => ['/nonexistent/README.md'], code: 2, says: /^import-readme: cannot read \/nonexistent\/README\.md/ },
  { name: 'check-links: a bad --timeout', script: 'check-links', args: () => ['--timeout', 'soon'], code: 2, says: /^check-links: --timeout takes a number of seconds above 0, not `soon`/ },
  { name: 'check-links: a missing file', script: 'check-links', args: () => ['/nonexistent/links.md'], code: 2, says: /^check-links: no such file: \/nonexistent\/links\.md/ },
  { name: 'new-dataset: missing answers with --no-input', script: 'new-dataset', args: () => ['--no-input', '--root', folder('new-dataset', { 'datasets/.keep': '' }), '--name', 'X'], code: 2, says: /^new-dataset: missing --modality/ },
  { name: 'new-dataset: a mistyped flag', script: 'new-dataset', args: () => ['--nmae', 'X'], code: 2, says: /^new-dataset: unknown option `--nmae`/ },
];

describe.concurrent('the npm scripts, for a user\'s mistakes', () => {
  for (const { name, script, args, code, says } of CASES) {
    it(name, async () => {
      const run = await npmRun(script, args());
      expectPlain(run);
      expect(run.code, run.stderr).toBe(code);
      expect(`${run.stderr}${run.stdout}`).toMatch(says);
    });
  }

  it('help piped into a reader that stops early ends quietly', async () => {
    const run = await npmRun('', [], 'npm run --silent lint-readme -- --help | head -1; echo "status ${PIPESTATUS:-0}"');
    expect(run.stdout).toMatch(/^Usage: npm run lint-readme/);
    expect(run.stderr).toBe('');
  });
});

describe('every command\'s --help', () => {
  const COMMANDS = ['build-readme', 'validate', 'lint-readme', 'check-links', 'check-sources', 'import-readme', 'new-dataset', 'pre-commit'];

  it.each(COMMANDS)('%s: says how to run it, names every option it reads and its exit codes, within 100 columns', async (command) => {
    const { runCli, REPO } = await import('../helpers/project.js');
    const { readFileSync } = await import('node:fs');
    const help = (await runCli([command, '--help'])).stdout;
    expect(help).toMatch(/^Usage: (npm run |node bin\/catalogue\.mjs )/);
    expect(help).toMatch(/\nExit codes: 0 /);
    for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
    const source = readFileSync(path.join(REPO, 'src/cli', `${command}.ts`), 'utf8');
    const call = source.slice(source.indexOf('parseCommandArgs('), source.indexOf('});', source.indexOf('parseCommandArgs(')));
    const options = [...call.matchAll(/^ {4}'?([a-z][a-z-]*)'?: \{ type:/gm)].map((m) => m[1]!).filter((o) => o !== 'help');
    for (const option of options) expect(help, `${command} --${option}`).toContain(`--${option}`);
  });
});
