// Fills the bundle's code cache (src/cli/code-cache.ts) by running each command once on the
// project's own files, right after bundling. A command's cache is written by its first run and kept,
// so that run should be a real one: a cache written by `--help` would hold little of the parser or
// the rules. Best effort: exit codes are not judged here (the seed list has errors on purpose, and a
// README being edited may be stale); the tests judge the commands. Each runs with its npm script's
// Node flags, the flags `npm run` gives it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scriptNodeFlags } from '../dist/cli/script-flags.js';

const BIN = path.resolve('dist/bundle/bin.js');
const SEED = path.resolve('tests/fixtures/seed-README.md');
const SCRIPT_FLAGS = scriptNodeFlags('.');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'catalogue-warm-'));

/** A git repository holding a copy of the catalogue with every file staged, for the pre-commit hook's check. */
function stagedCopy() {
  const dir = path.join(scratch, 'repository');
  mkdirSync(dir);
  for (const entry of ['datasets', 'README.template.md', 'README.md', 'schema', 'data']) {
    if (existsSync(entry)) cpSync(entry, path.join(dir, entry), { recursive: true });
  }
  const git = (...args) => spawnSync('git', args, { cwd: dir, stdio: 'ignore' }).status === 0;
  return git('init', '-q') && git('add', '-A') ? dir : undefined;
}

const RUNS = [
  // README.md beside datasets/: the rules, the sync check, and the worker thread's loader.
  { args: ['lint-readme', 'README.md'] },
  { args: ['validate'] },
  { args: ['build-readme', '--check'] },
  { args: ['import-readme', SEED], cwd: scratch },
  { args: ['check-links', '--help'] },
  { args: ['new-dataset', '--help'] },
];
const repository = stagedCopy();
RUNS.push(repository === undefined ? { args: ['pre-commit', '--help'] } : { args: ['pre-commit'], cwd: repository });

try {
  for (const { args, cwd } of RUNS) {
    const result = spawnSync(process.execPath, [...(SCRIPT_FLAGS.get(args[0]) ?? []), BIN, ...args], { cwd: cwd ?? process.cwd(), stdio: 'ignore', timeout: 60_000 });
    if (result.error !== undefined || result.signal !== null) console.warn(`warm-code-cache: \`${args.join(' ')}\` did not finish (${result.error?.message ?? result.signal}); it compiles on its first use instead.`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
