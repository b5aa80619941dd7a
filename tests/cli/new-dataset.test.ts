import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadCatalog } from '../../src/catalog/load.js';
import { catalogueCopy, read, runCli } from '../helpers/project.js';

const FLAGS = [
  '--name', 'Test Breast MRI Set',
  '--modality', 'MRI',
  '--subjects', '1 234',
  '--samples', '5,000',
  '--formats', 'dicom, JPG',
  '--size', '22.86GB',
  '--year', '2023',
  '--citation-title', 'A paper about it',
  '--citation-url', 'https://doi.org/10.1000/test',
  '--access', 'registration',
  '--access-url', 'https://example.org/test-set',
  '--summary', 'MRI volumes for testing.',
];

async function answering(root: string, args: string[], answers: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['new-dataset', '--root', root, ...args], {
    cwd: root,
    env: {},
    stdin: Readable.from([answers.map((a) => `${a}\n`).join('')]),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

describe('new-dataset', () => {
  it('writes a valid record from flags, read like README cells', async () => {
    const root = catalogueCopy();
    const result = await runCli(['new-dataset', '--root', root, '--no-input', ...FLAGS], root);
    expect(result).toMatchObject({ code: 0, stdout: 'Wrote datasets/test-breast-mri-set.yaml. Review it, then run `npm run build-readme` and commit both.\n' });
    const text = read(root, 'datasets/test-breast-mri-set.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/dataset.schema.json');
    const { messages, catalog } = await loadCatalog(root);
    expect(messages).toEqual([]);
    expect(catalog.datasets.find((d) => d.id === 'test-breast-mri-set')).toEqual({
      id: 'test-breast-mri-set',
      name: 'Test Breast MRI Set',
      modality: 'mri',
      subjects: 1234,
      samples: 5000,
      formats: ['DICOM', 'JPEG'],
      size: { value: 22.86, unit: 'GB' },
      year: 2023,
      citations: [{ title: 'A paper about it', url: 'https://doi.org/10.1000/test' }],
      access: { kind: 'registration', url: 'https://example.org/test-set' },
      summary: 'MRI volumes for testing.',
    });
  });

  it('asks for each field, and asks again after an answer it cannot read', async () => {
    const root = catalogueCopy();
    const result = await answering(root, [], ['Asked Set', 'ultrasonud', 'ultrasound', '12', '20 0000', '24', 'PNG', 'N/A', '2022', 'Paper', 'https://doi.org/10.1/x', '', 'download', 'https://example.org/asked', 'Asked for in a test.']);
    expect(result.stderr).toMatch(/expected one of ultrasound, .*did you mean ultrasound\?; try again/);
    expect(result.stderr).toMatch(/`20 0000` has malformed thousands groups; try again/);
    expect(result.code).toBe(0);
    const record = (await loadCatalog(root)).catalog.datasets.find((d) => d.id === 'asked-set');
    expect(record).toMatchObject({ modality: 'ultrasound', subjects: 12, samples: 24, size: null, citations: [{ title: 'Paper' }] });
  });

  it('with --no-input names every missing flag, exits 2 and writes nothing', async () => {
    const root = catalogueCopy();
    const before = readdirSync(path.join(root, 'datasets')).length;
    const result = await runCli(['new-dataset', '--root', root, '--no-input', '--name', 'Half Set', '--year', '1850'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--year: expected a year from 1980/);
    expect(result.stderr).toMatch(/missing --modality, --subjects, --samples, --formats, --size, --access, --access-url, --summary/);
    expect(readdirSync(path.join(root, 'datasets'))).toHaveLength(before);
  });

  it('refuses a dataset already in the catalogue, naming the record', async () => {
    const root = catalogueCopy();
    const result = await runCli(['new-dataset', '--root', root, '--no-input', ...FLAGS.map((f) => (f === 'Test Breast MRI Set' ? 'cmmd' : f)), '--id', 'cmmd-again'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/datasets\/cmmd-again\.yaml:3:7 {2}error {4}Duplicate name `cmmd`: already used by datasets\/cmmd\.yaml:3/);
    expect(existsSync(path.join(root, 'datasets/cmmd-again.yaml'))).toBe(false);
    const taken = await runCli(['new-dataset', '--root', root, '--no-input', ...FLAGS, '--id', 'cmmd'], root);
    expect(taken).toMatchObject({ code: 1, stderr: expect.stringMatching(/datasets\/cmmd\.yaml already exists/) });
  });
});
