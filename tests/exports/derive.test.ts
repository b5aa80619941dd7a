import { describe, expect, it } from 'vitest';
import { doiFromUrl } from '../../src/fields/url.js';
import { derive } from '../../src/exports/derive.js';
import { doiUrl } from '../../src/fields/url.js';
import { dataset } from './fixtures.js';

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
  it("takes the record's own DOI before the one its access link resolves", () => {
    const access = { kind: 'download' as const, url: 'https://doi.org/10.7937/access' };
    expect(derive(dataset({ id: 'a', access, doi: '10.5281/own' })).doi).toBe('10.5281/own');
    expect(derive(dataset({ id: 'a', access })).doi).toBe('10.7937/access');
    expect(derive(dataset({ id: 'a' })).doi).toBeNull();
  });

  it('counts bytes in decimal units', () => {
    expect(derive(dataset({ id: 'a', size: { value: 296.8, unit: 'MB' } })).bytes).toBe(296_800_000);
    expect(derive(dataset({ id: 'a', size: { value: 1.63, unit: 'TB' } })).bytes).toBe(1_630_000_000_000);
  });
});
