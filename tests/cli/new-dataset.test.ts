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
  '--other-modalities', 'PET/CT',
  '--subjects', '1 234',
  '--samples', '5,000',
  '--sample-unit', 'volumes',
  '--formats', 'dicom, JPG',
  '--size', '22.86GB',
  '--year', '2023',
  '--tasks', 'segmentation, response prediction',
  '--annotations', 'masks, clinical data',
  '--license', 'CC BY 4.0',
  '--access', 'registration',
  '--access-url', 'https://example.org/test-set',
  '--citation-title', 'A paper about it',
  '--citation-authors', 'Lee, Rebecca Sawyer; Park, Ji; Example Consortium',
  '--citation-year', '2023',
  '--citation-container', 'Scientific Data',
  '--citation-doi', 'https://doi.org/10.1000/test',
  '--citation-title', 'The data itself',
  '--citation-authors', 'Lee, Rebecca Sawyer',
  '--citation-year', '2022',
  '--citation-container', 'Zenodo',
  '--citation-doi', '10.5281/zenodo.123',
  '--evidence-url', 'https://example.org/test-set/about',
  '--evidence-quote', 'MRI of 1,234 patients, 5,000 volumes (22.86 GB), released in 2023 under CC BY 4.0.',
  '--evidence-supports', 'subjects, samples, sample_unit, size, year, license',
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
  it('writes a complete record from flags, read like README cells, that passes strict validation', async () => {
    const root = catalogueCopy();
    const result = await runCli(['new-dataset', '--root', root, '--no-input', ...FLAGS], root);
    expect(result).toMatchObject({ code: 0, stdout: 'Wrote datasets/test-breast-mri-set.yaml. Review it, then run `npm run build-readme` and commit both.\n' });
    const text = read(root, 'datasets/test-breast-mri-set.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/dataset.schema.json');
    const { messages, catalog } = await loadCatalog(root, { only: ['datasets/test-breast-mri-set.yaml'], strict: true });
    expect(messages).toEqual([]);
    expect(catalog.datasets.find((d) => d.id === 'test-breast-mri-set')).toEqual({
      id: 'test-breast-mri-set',
      name: 'Test Breast MRI Set',
      modality: 'mri',
      other_modalities: ['pet-ct'],
      subjects: 1234,
      samples: 5000,
      sample_unit: 'volumes',
      formats: ['DICOM', 'JPEG'],
      size: { value: 22.86, unit: 'GB' },
      year: 2023,
      tasks: ['segmentation', 'response-prediction'],
      annotations: ['masks', 'clinical'],
      license: 'CC-BY-4.0',
      access: { kind: 'registration', url: 'https://example.org/test-set' },
      citations: [
        {
          type: 'article',
          title: 'A paper about it',
          authors: [{ family: 'Lee', given: 'Rebecca Sawyer' }, { family: 'Park', given: 'Ji' }, { literal: 'Example Consortium' }],
          container: 'Scientific Data',
          year: 2023,
          doi: '10.1000/test',
        },
        { type: 'dataset', title: 'The data itself', authors: [{ family: 'Lee', given: 'Rebecca Sawyer' }], container: 'Zenodo', year: 2022, doi: '10.5281/zenodo.123' },
      ],
      summary: 'MRI volumes for testing.',
      evidence: [{ url: 'https://example.org/test-set/about', quote: 'MRI of 1,234 patients, 5,000 volumes (22.86 GB), released in 2023 under CC BY 4.0.', supports: ['subjects', 'samples', 'sample_unit', 'size', 'year', 'license'] }],
    });
  });

  it('asks for each field, again after an answer it cannot read, and says what a pull request still needs', async () => {
    const root = catalogueCopy();
    const answers = [
      'Asked Set', // name
      'ultrasonud', 'ultrasound', // modality, misspelt first
      '', // other modalities: none
      'no', // synthetic
      '12', // subjects
      '20 0000', '24', // samples, malformed first
      'image', 'images', // sample unit: a singular first is not the vocabulary's word
      'PNG', 'N/A', '2022', '', '', // formats, size, year, updated, version
      'segmentation', '', 'CC BY-NC 4.0', // tasks, annotations skipped, licence
      'download', 'https://example.org/asked',
      'Paper', 'Doe, Jane', '2022', '', 'doi:10.1000/x', '', '', // one citation: authors, year, container, DOI, URL, type
      '', // no source
      'Asked for in a test.', '', // summary, notes
    ];
    const result = await answering(root, [], answers);
    expect(result.stderr).toMatch(/expected one of ultrasound, .*did you mean ultrasound\?; try again/);
    expect(result.stderr).toMatch(/`20 0000` has malformed thousands groups; try again/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Before a pull request \(CI runs `npm run validate -- --strict` on new records\):\n {2}datasets\/asked-set\.yaml:\d+: subjects has no source/);
    const record = (await loadCatalog(root)).catalog.datasets.find((d) => d.id === 'asked-set');
    expect(record).toMatchObject({ modality: 'ultrasound', subjects: 12, samples: 24, sample_unit: 'images', size: null, license: 'CC-BY-NC-4.0', citations: [{ type: 'article', title: 'Paper', doi: '10.1000/x', year: 2022 }] });
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

  it('checks the name and id against the catalogue before asking anything else', async () => {
    const root = catalogueCopy();
    const { records } = await loadCatalog(root);
    const taken = records.find((r) => r.dataset.id === 'busi')!;
    const result = await answering(root, [], [taken.dataset.name.toUpperCase()]);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(new RegExp(`new-dataset: \`.*\` is already in the catalogue as datasets/busi\\.yaml; edit that record instead\\. Nothing was written\\.\\n$`)) });
    expect(result.stderr).not.toMatch(/Modality/);
    const byId = await runCli(['new-dataset', '--root', root, '--no-input', ...FLAGS, '--id', 'busi'], root);
    expect(byId).toMatchObject({ code: 1, stderr: 'new-dataset: the id `busi` is taken by datasets/busi.yaml; choose another with --id. Nothing was written.\n' });
  });

  it('names the field, never a file it did not write, when the record would be invalid', async () => {
    const root = catalogueCopy();
    const { records } = await loadCatalog(root);
    const url = records.find((r) => r.dataset.id === 'busi')!.dataset.access.url;
    const result = await runCli(['new-dataset', '--root', root, '--no-input', ...FLAGS.map((f) => (f === 'https://example.org/test-set' ? url : f))], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^new-dataset: Duplicate access-url <.*>: already used by datasets\/busi\.yaml:\d+\./m);
    expect(result.stderr).not.toMatch(/test-breast-mri-set\.yaml/);
    expect(existsSync(path.join(root, 'datasets/test-breast-mri-set.yaml'))).toBe(false);
  });

  it('refuses citation flags that do not line up, naming them', async () => {
    const root = catalogueCopy();
    const result = await runCli(['new-dataset', '--root', root, '--no-input', ...FLAGS, '--citation-year', '2020'], root);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/--citation-year: give it once for each of the 2 --citation-title \(or not at all\); found 3\./) });
  });

  it('documents in --help every flag it reads', async () => {
    const help = (await runCli(['new-dataset', '--help'])).stdout;
    const source = read(path.resolve(import.meta.dirname, '../..'), 'src/cli/new-dataset.ts');
    const flags = [...source.matchAll(/^ {4}'?([a-z-]+)'?: \{ type:/gm)].map((m) => m[1]!);
    const repeated = [...source.matchAll(/^ {2}'((?:citation|evidence)-[a-z]+)',$/gm)].map((m) => m[1]!);
    expect(flags.length).toBeGreaterThan(15);
    for (const flag of [...flags, ...repeated].filter((f) => f !== 'help')) expect(help, flag).toContain(`--${flag}`);
  });
});
