import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from './helpers/project.js';

const scripts = Object.keys((JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const workflowDir = path.join(REPO, '.github/workflows');
const workflows = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));

interface Step {
  uses?: string;
  run?: string;
}
interface Workflow {
  jobs: Record<string, { steps: Step[] }>;
}

const steps = (file: string) => Object.values((parse(readFileSync(path.join(workflowDir, file), 'utf8')) as Workflow).jobs).flatMap((job) => job.steps);

describe('GitHub workflows', () => {
  it.each(workflows.filter((file) => readFileSync(path.join(workflowDir, file), 'utf8').includes('npm ')))('%s calls only npm scripts that exist', (file) => {
    const called = steps(file)
      .flatMap((s) => [...(s.run ?? '').matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!));
    expect(called.length).toBeGreaterThan(0);
    for (const name of called) expect(scripts, `${file} runs npm run ${name}`).toContain(name);
  });

  it.each(workflows)('%s pins every action to a full commit', (file) => {
    for (const step of steps(file).filter((s) => s.uses !== undefined)) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('tests the Node versions package.json supports, starting at its floor', () => {
    const engines = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const ci = parse(readFileSync(path.join(workflowDir, 'ci.yml'), 'utf8')) as { jobs: { test: { strategy: { matrix: { node: string[] } } } } };
    expect(ci.jobs.test.strategy.matrix.node[0]).toBe(engines.replace('>=', ''));
  });
});

describe('the dataset issue form', () => {
  it('asks for every required field of a record', async () => {
    const { DatasetSchema } = await import('../src/catalog/schema.js');
    const form = parse(readFileSync(path.join(REPO, '.github/ISSUE_TEMPLATE/new-dataset.yml'), 'utf8')) as { body: { id?: string }[] };
    const ids = new Set(form.body.map((b) => b.id).filter((id) => id !== undefined));
    const asked = (field: string) => ids.has(field) || (field === 'access' && ids.has('access_url'));
    for (const field of DatasetSchema.required ?? []) if (field !== 'id') expect(asked(field), field).toBe(true);
  });
});
