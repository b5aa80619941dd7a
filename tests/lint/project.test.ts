/** The catalogue a README is compared with: loaded once per root and run, only when a rule asks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintReadme } from '../../src/lint/lint.js';
import { loadProject, type Project } from '../../src/lint/project.js';
import { inSync } from '../../src/lint/rules/in-sync.js';
import { REPO, catalogueCopy, setField, tempDir } from '../helpers/project.js';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('loading the catalogue', () => {
  it('gives every valid record with its file', async () => {
    const project = await loadProject(REPO, NOW);
    expect(project.kind).toBe('valid');
    if (project.kind !== 'valid') return;
    expect(project.records.map((r) => r.file)).toContain('datasets/cmmd.yaml');
    expect(project.records.find((r) => r.file === 'datasets/cmmd.yaml')?.dataset.name).toBe('CMMD');
  });

  it('uses the pinned date, so year checks agree with the rules', async () => {
    const root = catalogueCopy();
    setField(root, 'datasets/busi.yaml', 'year', '2028');
    expect(await loadProject(root, NOW)).toMatchObject({ kind: 'invalid', messages: [{ file: 'datasets/busi.yaml', ruleId: 'year-range' }] });
    expect(await loadProject(root, new Date('2027-06-01T00:00:00Z'))).toMatchObject({ kind: 'valid' });
  });

  it('passes over a folder that is named like a record', async () => {
    const root = tempDir({ 'datasets/a.yaml/inner': '' });
    expect(await loadProject(root, NOW)).toEqual<Project>({ kind: 'valid', records: [] });
  });

  it('loads once per root and run, however many files and rules ask', async () => {
    const projects = new Map<string, Promise<Project>>();
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const options = { file: 'README.md', root: REPO, now: NOW, projects, rules: [inSync] };
    expect(await lintReadme(readme, options)).toEqual([]);
    const first = projects.get(REPO);
    expect(await lintReadme(readme, options)).toEqual([]);
    expect(projects.get(REPO)).toBe(first);
    expect(projects.size).toBe(1);
  });

  it('is not loaded when no rule asks for it', async () => {
    const projects = new Map<string, Promise<Project>>();
    await lintReadme('# Title\n', { file: 'README.md', root: REPO, projects, rules: [] });
    expect(projects.size).toBe(0);
  });
});
