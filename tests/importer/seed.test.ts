import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/catalog/schema.js';
import { importReadme, type ImportResult } from '../../src/importer/import.js';
import type { ImportNote } from '../../src/importer/notes.js';
import { SEED_README } from '../helpers/project.js';

let result: ImportResult;
const record = (name: string): Dataset => {
  const found = result.records.find((r) => r.name === name);
  if (found === undefined) throw new Error(`no record named ${name}`);
  return found;
};
const notesFor = (dataset: string, field?: string): ImportNote[] =>
  result.notes.filter((n) => n.dataset === dataset && (field === undefined || n.field === field));

beforeAll(() => {
  result = importReadme(readFileSync(SEED_README, 'utf8'), { now: new Date('2026-06-01T00:00:00Z') });
});

describe('import of the seed README', () => {
  it('imports all 35 datasets, none failed, with unique ids', () => {
    expect(result.failed).toBe(0);
    expect(result.records).toHaveLength(35);
    expect(new Set(result.records.map((r) => r.id)).size).toBe(35);
    const perModality: Record<string, number> = {};
    for (const r of result.records) perModality[r.modality] = (perModality[r.modality] ?? 0) + 1;
    expect(perModality).toEqual({ ultrasound: 5, dbt: 3, mammography: 7, mri: 12, histopathology: 8 });
  });

  it('cuts the 12 titles glued onto URLs by an underscore, each reported at its link', () => {
    const glued = result.notes.filter((n) => /title glued onto the URL/.test(n.message));
    expect(glued).toHaveLength(12);
    expect(glued.map((n) => `${n.line}:${n.field}`)).toEqual([
      '34:access.url',
      '35:citations[0].url',
      '35:access.url',
      '36:citations[0].url',
      '37:citations[0].url',
      '37:access.url',
      '38:citations[0].url',
      '38:access.url',
      '52:citations[0].url',
      '52:access.url',
      '53:access.url',
      '54:access.url',
    ]);
    expect(record('Breast Ultrasound Images (BUSI)').access.url).toBe('https://www.kaggle.com/datasets/aryashah2k/breast-ultrasound-images-dataset');
    expect(record('OASBUD').citations[0]).toMatchObject({ type: 'article', doi: '10.1002/mp.12538' });
    expect(result.records.every((r) => [r.access.url, ...r.citations.map((c) => c.url ?? c.doi ?? '')].every((u) => !u.includes('"')))).toBe(true);
  });

  it('swaps the CMMD size and year back', () => {
    expect(record('CMMD')).toMatchObject({ size: { value: 22.86, unit: 'GB' }, year: 2021 });
    expect(notesFor('CMMD', 'size, year')).toMatchObject([{ kind: 'repair', line: 68, message: expect.stringMatching(/Size `2021` and Year `22.86GB` were swapped/) }]);
  });

  it('reads VinDr-Mammo samples `20 0000` as 20,000, reported as a guess with the other reading', () => {
    expect(record('VinDr-Mammo').samples).toBe(20000);
    expect(notesFor('VinDr-Mammo', 'samples')).toMatchObject([{ kind: 'guess', line: 70, message: expect.stringMatching(/read as 20,000 \(could also be 200,000\)/) }]);
  });

  it('reads every thousands style and N/A spelling', () => {
    expect(record('Breast Cancer Screening DBT')).toMatchObject({ subjects: 5060, samples: 22032 });
    expect(record('CBIS-DDSM').samples).toBe(6671);
    expect(record('BreakHis').samples).toBe(7909);
    expect(record('MIAS').subjects).toBeNull();
    expect(record('TUPAC16').samples).toBeNull();
    expect(record('INBreast').formats).toEqual([]);
    expect(notesFor('INBreast', 'formats')).toMatchObject([{ kind: 'repair', message: expect.stringMatching(/`N\/a` written N\/A/) }]);
  });

  it('derives the access kind from the link text, typos included', () => {
    expect(record('UDIAT Breast Ultrasound Dataset B').access.kind).toBe('request');
    expect(record('OASBUD').access.kind).toBe('download');
    expect(record('INBreast').access.kind).toBe('contact');
    expect(notesFor('OASBUD', 'access.kind')[0]!.message).toMatch(/`Downnload here` read as `Download here`/);
    expect(notesFor('UDIAT Breast Ultrasound Dataset B', 'access.kind')[0]!.message).toMatch(/`Resquest Permission` read as `Request permission`/);
  });

  it('reads the Ultrasound table\'s `Access data` header as the Download column', () => {
    expect(result.notes.filter((n) => n.field === 'table')).toMatchObject([{ line: 32, kind: 'repair', message: 'Header `Access data` read as `Download`.' }]);
  });

  it('upgrades the http://doi.org links to https and keeps several citations', () => {
    expect(record('VICTRE').citations[0]).toMatchObject({ type: 'dataset', doi: '10.7937/TCIA.2019.ho23nxaw' });
    expect(record('CDD-CESM').citations).toHaveLength(3);
    expect(record('ISPY2').citations).toHaveLength(2);
  });

  it('normalises format aliases and leaves a colour model undecided', () => {
    expect(record('OASBUD').formats).toEqual(['MAT']);
    expect(record('Breast Cancer Patients MRI\'s').formats).toEqual(['JPEG']);
    expect(record('BACH').formats).toEqual(['SVS', 'TIFF']);
    expect(record('BCSS').formats).toEqual([]);
    expect(notesFor('BCSS', 'formats')).toMatchObject([{ kind: 'undecided', line: 122, message: expect.stringMatching(/`RGB` is a colour model/) }]);
  });

  it('gives each dataset its summary: acronyms, shortened names and grouped bullets', () => {
    expect(record('Breast Ultrasound Images (BUSI)').summary).toMatch(/^Small \(around 500×500 px\) ultrasound images/);
    const acrin = 'Rich MRI datasets for assessing neoadjuvant chemotherapy response';
    expect(record('ACRIN-6667').summary).toMatch(acrin);
    expect(record('ACRIN-6698').summary).toMatch(acrin);
    expect(record('ISPY1').summary).toBe(record('ISPY2').summary);
    const qin = record('QIN Breast DCE-MRI').summary;
    expect(record('QIN-BREAST').summary).toBe(qin);
    expect(record('QIN-BREAST-02').summary).toBe(qin);
    expect(record('UDIAT Breast Ultrasound Dataset B').summary).toMatch(/^Ultrasound scans for lesion analysis/);
    expect(notesFor('UDIAT Breast Ultrasound Dataset B', 'summary')).toMatchObject([{ kind: 'guess' }]);
    expect(record('Breast Cancer Patients MRI\'s').summary).toMatch(/^JPG-format MRI slices/);
    expect(result.notes.filter((n) => n.field === 'summary' && n.kind === 'undecided')).toEqual([]);
  });

  it('reports what it reads from prose as guesses: synthetic data, a second modality', () => {
    expect(record('BUS Synthetic Dataset').synthetic).toBe(true);
    expect(record('VICTRE').synthetic).toBe(true);
    expect(record('EA1141').other_modalities).toEqual(['mri']);
    for (const name of ['BUS Synthetic Dataset', 'VICTRE', 'EA1141']) {
      expect(notesFor(name).some((n) => n.kind === 'guess' && /synthetic|other_modalities/.test(n.field))).toBe(true);
    }
    expect(result.records.filter((r) => r.synthetic).map((r) => r.name)).toEqual(['BUS Synthetic Dataset', 'VICTRE']);
  });

  it('keeps the fields a README does not show from existing records', () => {
    const existing = new Map([['cmmd', { ...record('CMMD'), license: 'CC-BY-4.0' as const, tasks: ['classification' as const] }]]);
    const again = importReadme(readFileSync(SEED_README, 'utf8'), { existing });
    expect(again.records.find((r) => r.id === 'cmmd')).toMatchObject({ license: 'CC-BY-4.0', tasks: ['classification'] });
  });
});

describe('import of rows it cannot decide', () => {
  const table = (row: string) =>
    `### MRI\n\n| Dataset | Subjects | Nº Samples | Format | Size | Year | Cite | Download |\n|-|-|-|-|-|-|-|-|\n${row}\n\n**Summaries:**\n\n- **X:** A summary.\n`;

  it('fails a row with a link to javascript: and writes no record for it', () => {
    const out = importReadme(table('| X | 1 | 1 | PNG | 1GB | 2020 | N/A | [Download here](javascript:alert(1)) |'));
    expect(out.failed).toBe(1);
    expect(out.records).toEqual([]);
    expect(out.notes.filter((n) => n.field === 'access.url')).toMatchObject([{ kind: 'undecided', line: 5, message: expect.stringMatching(/`javascript:` URLs are not allowed/) }]);
  });

  it('fails a row whose year is not a year', () => {
    const out = importReadme(table('| X | 1 | 1 | PNG | 1GB | soon | N/A | [Download here](https://x.org) |'));
    expect(out.failed).toBe(1);
    expect(out.notes[0]!.message).toMatch(/`soon` is not a plausible year/);
  });

  it('fails a dataset that no summary names', () => {
    const out = importReadme(table('| Y | 1 | 1 | PNG | 1GB | 2020 | N/A | [Download here](https://x.org) |'));
    expect(out.failed).toBe(1);
    expect(out.notes.map((n) => n.message)).toEqual(expect.arrayContaining([expect.stringMatching(/No summary bullet names this dataset/), expect.stringMatching(/Summary `X` names no dataset/)]));
  });
});
