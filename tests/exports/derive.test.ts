import { describe, expect, it } from 'vitest';
import { doiFromUrl } from '../../src/fields/url.js';
import { derive } from '../../src/exports/derive.js';
import { doiUrl } from '../../src/fields/url.js';
import { dataset } from './fixtures.js';
import { createCatalog } from '../../src/catalog/catalog.js';
import type { Dataset } from '../../src/catalog/schema.js';
import { catalogueWorks } from '../../src/exports/works.js';

describe('doiUrl', () => {
  it.each([
    ['10.7937/tcia.eqde-4b16', 'https://doi.org/10.7937/tcia.eqde-4b16'],
    ['10.7937/K9/TCIA.2016.HdHpgJLK', 'https://doi.org/10.7937/K9/TCIA.2016.HdHpgJLK'],
    ['10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O', undefined],
    ['10.1000/a#b?c%d', 'https://doi.org/10.1000/a%23b%3Fc%25d'],
  ])('links %s so that doi.org resolves the same DOI', (doi, url) => {
    if (url !== undefined) expect(doiUrl(doi)).toBe(url);
    expect(doiFromUrl(doiUrl(doi))).toBe(doi);
  });
});

describe('derive', () => {
  const derived = (record: Dataset) => derive(record, catalogueWorks(createCatalog([record])));

  it("takes the DOI of the record's dataset citation before the one its access link resolves", () => {
    const access = { kind: 'download' as const, url: 'https://doi.org/10.7937/access' };
    const own = { type: 'dataset' as const, title: 'The data', doi: '10.5281/own' };
    const paper = { type: 'article' as const, title: 'The paper', doi: '10.1000/paper' };
    expect(derived(dataset({ id: 'a', access, citations: [paper, own] })).doi).toBe('10.5281/own');
    expect(derived(dataset({ id: 'a', access, citations: [paper] })).doi).toBe('10.7937/access');
    expect(derived(dataset({ id: 'a' })).doi).toBeNull();
  });

  it('counts bytes in decimal units', () => {
    expect(derived(dataset({ id: 'a', size: { value: 296.8, unit: 'MB' } })).bytes).toBe(296_800_000);
    expect(derived(dataset({ id: 'a', size: { value: 1.63, unit: 'TB' } })).bytes).toBe(1_630_000_000_000);
  });

  it('tells sourced figures from unsourced ones, and unknown figures from both', () => {
    const record = dataset({
      id: 'a',
      subjects: 10,
      samples: 20,
      sample_unit: 'images',
      license: 'CC-BY-4.0',
      evidence: [{ url: 'https://example.org', quote: '10 patients, 20 images', supports: ['subjects', 'samples'] }],
    });
    expect(derived(record)).toMatchObject({ sourced_figures: ['subjects', 'samples'], unsourced_figures: ['year', 'license'], commercial_use: true });
    expect(derived(dataset({ id: 'b', year: null })).unsourced_figures).toEqual([]);
  });
});
