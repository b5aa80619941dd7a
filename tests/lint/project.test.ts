/**
 * The catalogue a README is compared with, loaded on this thread or on a worker thread (as
 * lint-readme does, so the load overlaps the parse): both give the same project, errors included.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintReadme } from '../../src/lint/lint.js';
import type { Project } from '../../src/lint/project.js';
import { loadProject } from '../../src/lint/project-load.js';
import { inSync } from '../../src/lint/rules/in-sync.js';
import { REPO, catalogueCopy, runCli, tempDir } from '../helpers/project.js';

/** The compiled module, as the bundle runs it: its worker file is beside it. */
const COMPILED = path.join(REPO, 'dist/lint/project-thread.js');
const { loadProjectInWorker } = (await import(pathToFileURL(COMPILED).href)) as { loadProjectInWorker: (root: string, now?: Date) => Promise<Project> };
const NOW = new Date('2026-06-01T00:00:00Z');

describe('loading the catalogue on a worker thread', () => {
  it('runs the compiled worker, not the in-thread fallback', () => {
    expect(existsSync(path.join(REPO, 'dist/lint/project-worker.js'))).toBe(true);
    expect(existsSync(path.join(REPO, 'dist/bundle/commands/project-worker.js'))).toBe(true);
  });

  it('gives the project the in-thread load gives: records, expected README and rendered rows', async () => {
    const [threaded, inThread] = await Promise.all([loadProjectInWorker(REPO, NOW), loadProject(REPO, NOW)]);
    expect(threaded.kind).toBe('valid');
    expect(JSON.parse(JSON.stringify(threaded))).toEqual(JSON.parse(JSON.stringify(inThread)));
    if (threaded.kind !== 'valid') return;
    expect(threaded.expected).toBe(readFileSync(path.join(REPO, 'README.md'), 'utf8'));
    const row = threaded.rendered.sections.flatMap((s) => s.tables).flatMap((t) => t.rows)[0];
    expect(row?.cell('dataset')?.text).toBe(threaded.records.find((r) => r.dataset.name === row?.cell('dataset')?.text)?.dataset.name);
  });

  it('passes the pinned date, so year checks agree', async () => {
    const root = catalogueCopy();
    const file = path.join(root, 'datasets/cmmd.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('year: 2021', 'year: 2028'));
    const threaded = await loadProjectInWorker(root, NOW);
    expect(threaded).toMatchObject({ kind: 'invalid', messages: [{ file: 'datasets/cmmd.yaml', ruleId: 'year-range' }] });
    expect(await loadProjectInWorker(root, new Date('2027-06-01T00:00:00Z'))).toMatchObject({ kind: 'valid' });
  });

  it('rejects with the error that stopped the load', async () => {
    const root = catalogueCopy();
    writeFileSync(path.join(root, 'README.template.md'), 'intro\n\n<!-- catalogue:nonsense -->\n');
    expect(await loadProjectInWorker(root, NOW)).toMatchObject({ kind: 'invalid', messages: [{ file: 'README.template.md', ruleId: 'template' }] });
    const broken = tempDir({ 'datasets/a.yaml/inner': '' });
    await expect(loadProjectInWorker(broken, NOW)).rejects.toThrow(/EISDIR/);
  });
});

describe('the load starts before the parse', () => {
  it('loads once per root and run, however many files and rules ask', async () => {
    let loads = 0;
    const options = { file: 'README.md', root: REPO, now: NOW, projects: new Map(), loadProject: (root: string, now?: Date) => (loads++, loadProject(root, now)) };
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    expect(await lintReadme(readme, options)).toHaveLength(1);
    expect(await lintReadme(readme, options)).toHaveLength(1);
    expect(loads).toBe(1);
  });

  it('does not leave a failed load unhandled when no rule asks for it', async () => {
    const failing = () => Promise.reject(new Error('no catalogue here'));
    expect(await lintReadme('# Title\n', { file: 'README.md', root: REPO, loadProject: failing, rules: [] })).toEqual([]);
    expect(await lintReadme('# Title\n', { file: 'README.md', root: REPO, loadProject: failing, rules: [inSync] })).toMatchObject([
      { ruleId: 'in-sync', message: expect.stringMatching(/The rule failed on this file \(no catalogue here\)/) },
    ]);
  });

  it('lint-readme reports the same from the bundle (worker thread) as in-process', async () => {
    const root = catalogueCopy();
    writeFileSync(path.join(root, 'README.md'), readFileSync(path.join(REPO, 'README.md'), 'utf8').replace(/^!\[.*\]\(images\/.*\)\n\n/gm, ''));
    const file = path.join(root, 'datasets/cmmd.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^subjects: .*$/m, 'subjects: 7'));
    const inProcess = await runCli(['lint-readme', '--format', 'json'], root);
    const bundled = spawnSync(process.execPath, [path.join(REPO, 'dist/bundle/bin.js'), 'lint-readme', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect(bundled.stderr).toBe('');
    expect(bundled.status).toBe(1);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(inProcess.stdout));
    expect(JSON.parse(bundled.stdout)).toContainEqual(expect.objectContaining({ ruleId: 'in-sync', message: expect.stringMatching(/^Unexpected Subjects `1,775` where datasets\/cmmd.yaml gives `7`/) }));
  });
});
