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
    expect(byId.get('cmmd')).toEqual({
      bytes: 22_860_000_000,
      modality_name: 'Mammography',
      other_modality_names: [],
      doi: '10.7937/tcia.eqde-4b16',
      citation_dois: ['10.7937/tcia.eqde-4b16'],
    });
    expect(byId.get('bach')).toMatchObject({ other_modality_names: ['Mammography'], doi: '10.5281/zenodo.3632035', citation_dois: [null] });
    expect(byId.get('inbreast')).toMatchObject({ bytes: null, doi: null });
    expect(Object.keys(byId.get('cmmd')!)).toEqual(DERIVED_FIELDS.map((f) => f.name));
  });
});
