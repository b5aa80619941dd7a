/**
 * bin/catalogue.mjs never runs code older than src/: in a checkout it rebuilds dist/ when a source
 * is newer, and refuses, naming what to run, when it cannot. Tried on a small project of the same
 * layout, so the real dist/ is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/project.js';

const main = (says: string) => `export async function runFromCommandLine(): Promise<void> {\n  process.stdout.write(${JSON.stringify(says)} + '\\n');\n}\n`;

function project(withEsbuild = true): string {
  const root = tempDir({ 'src/cli/main.ts': main('first'), 'src/remark-preset.ts': 'export default {};\n', 'package-lock.json': '{}\n' });
  mkdirSync(path.join(root, 'bin'));
  cpSync(path.join(REPO, 'bin/catalogue.mjs'), path.join(root, 'bin/catalogue.mjs'));
  mkdirSync(path.join(root, 'scripts'));
  cpSync(path.join(REPO, 'scripts/build.mjs'), path.join(root, 'scripts/build.mjs'));
  if (withEsbuild) symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

const run = (root: string) => spawnSync(process.execPath, [path.join(root, 'bin/catalogue.mjs')], { cwd: root, encoding: 'utf8' });

/** Sets a file's modification time some seconds after now, as an edit made later would. */
function touchLater(file: string, seconds: number): void {
  const later = new Date(Date.now() + seconds * 1000);
  utimesSync(file, later, later);
}

describe('the launcher', () => {
  it('builds dist/ on first use, then runs what it built', () => {
    const root = project();
    expect(run(root)).toMatchObject({ status: 0, stdout: 'first\n', stderr: '' });
    expect(run(root)).toMatchObject({ status: 0, stdout: 'first\n' });
  });

  it('rebuilds when a source is newer than dist/, so an edit takes effect at once', () => {
    const root = project();
    run(root);
    const file = path.join(root, 'src/cli/main.ts');
    writeFileSync(file, main('second'));
    touchLater(file, 5);
    expect(run(root)).toMatchObject({ status: 0, stdout: 'second\n', stderr: '' });
  });

  it('runs nothing and says why when the changed sources do not compile', () => {
    const root = project();
    run(root);
    const file = path.join(root, 'src/cli/main.ts');
    writeFileSync(file, 'export async function runFromCommandLine( {\n');
    touchLater(file, 5);
    const result = run(root);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^catalogue: src\/ changed and does not compile, so nothing was run:\nsrc\/cli\/main\.ts:\d+:\d+: /);
  });

  it('refuses, naming the command, when it cannot rebuild', () => {
    const root = project(false);
    const result = run(root);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('catalogue: src/ is newer than dist/ and esbuild is not installed to rebuild it; run `npm ci`, then `npm run build`.\n');
  });
});
