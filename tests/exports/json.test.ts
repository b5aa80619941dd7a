import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { FIELD_ORDER, jsonSchemaDocument } from '../../src/catalog/schema.js';
import { DERIVED_FIELDS, derive } from '../../src/exports/derive.js';
import { datasetsJson } from '../../src/exports/json.js';
import { catalogueWorks } from '../../src/exports/works.js';
import { createCatalog } from '../../src/catalog/catalog.js';
import { dataset, fixtureCatalog } from './fixtures.js';

const catalog = fixtureCatalog();
const parsed = JSON.parse(datasetsJson(catalog)) as { datasets: Record<string, unknown>[] };
const validate = new Ajv().compile(jsonSchemaDocument());
const works = catalogueWorks(catalog);

describe('datasets.json', () => {
  it('holds every record exactly as validated, plus its derived values', () => {
    expect(Object.keys(parsed)).toEqual(['datasets']);
    expect(parsed.datasets).toHaveLength(catalog.datasets.length);
    for (const [i, record] of catalog.datasets.entries()) {
      const { derived, ...rest } = parsed.datasets[i]!;
      expect(rest).toEqual(record);
      expect(validate(rest)).toBe(true);
      expect(derived).toEqual(JSON.parse(JSON.stringify(derive(record, works))));
    }
  });

  it('writes record keys in the schema order whatever order they came in', () => {
    const shuffled = Object.fromEntries(Object.entries(dataset({ id: 'x', size: { value: 1.5, unit: 'GB' } })).reverse());
    const entry = (JSON.parse(datasetsJson(createCatalog([shuffled as never]))) as typeof parsed).datasets[0]!;
    expect(Object.keys(entry)).toEqual([...FIELD_ORDER.filter((k) => k in shuffled), 'derived']);
    expect(Object.keys(entry.size as object)).toEqual(['value', 'unit']);
    expect(Object.keys(entry.access as object)).toEqual(['kind', 'url']);
  });

  it('derives bytes, modality names and DOIs', () => {
    const byId = new Map(parsed.datasets.map((d) => [d.id, d.derived as Record<string, unknown>]));
    expect(byId.get('screening-mammo')).toEqual({
      bytes: 163_600_000_000,
      modality_name: 'Mammography',
      other_modality_names: [],
      doi: null,
      citation_keys: ['lee2017curated'],
      commercial_use: true,
      sourced_figures: ['subjects', 'samples', 'size', 'year', 'license'],
      unsourced_figures: [],
    });
    expect(byId.get('histo-challenge')).toMatchObject({ other_modality_names: ['Mammography', 'PET/CT'], doi: null, commercial_use: false });
    expect(byId.get('dce-trial')).toMatchObject({ bytes: null, doi: '10.5555/EXAMPLE.DCE', citation_keys: ['li2022dynamic', 'partridge2021diffusion'] });
    expect(Object.keys(byId.get('screening-mammo')!)).toEqual(DERIVED_FIELDS.map((f) => f.name));
  });
});
