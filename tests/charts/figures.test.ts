import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/catalog/catalog.js';
import { catalogFigures, formatPercent } from '../../src/charts/figures.js';
import { dataset, seedCatalog } from './fixtures.js';

describe('catalogFigures', () => {
  it('counts datasets, shares and subjects per modality, unknown subjects left out of the sums', () => {
    const figures = catalogFigures(
      createCatalog([
        dataset({ name: 'A', modality: 'mri', year: 2020, subjects: 10 }),
        dataset({ name: 'B', modality: 'mri', year: 2022, subjects: null }),
        dataset({ name: 'C', modality: 'dbt', year: 2022, subjects: 1500 }),
      ]),
    );
    expect(figures.total).toBe(3);
    expect(figures.modalities.map((m) => [m.id, m.datasets, m.shareText, m.subjectsText, m.subjectsKnown])).toEqual([
      ['ultrasound', 0, '0.0%', '0', 0],
      ['dbt', 1, '33.3%', '1,500', 1],
      ['mammography', 0, '0.0%', '0', 0],
      ['mri', 2, '66.7%', '10', 1],
      ['histopathology', 0, '0.0%', '0', 0],
    ]);
    expect(figures.subjects).toBe(1510);
    expect(figures.subjectsKnown).toBe(2);
  });

  it('lists every year from the first to the last, empty years included', () => {
    const figures = catalogFigures(
      createCatalog([
        dataset({ name: 'A', modality: 'mri', year: 2019 }),
        dataset({ name: 'B', modality: 'dbt', year: 2021 }),
        dataset({ name: 'C', modality: 'mri', year: 2021 }),
      ]),
    );
    expect(figures.years.map((y) => [y.year, y.total, y.counts.mri, y.counts.dbt])).toEqual([
      [2019, 1, 1, 0],
      [2020, 0, 0, 0],
      [2021, 2, 1, 1],
    ]);
  });

  it('gives the seed its figures: 35 datasets, 31 with subjects', () => {
    const figures = catalogFigures(seedCatalog());
    expect(figures.total).toBe(35);
    expect(Object.fromEntries(figures.modalities.map((m) => [m.label, m.datasets]))).toEqual({
      Ultrasound: 5,
      DBT: 3,
      Mammography: 7,
      MRI: 12,
      Histopathology: 8,
    });
    expect(figures.subjectsKnown).toBe(31);
    expect(figures.years[0]?.year).toBe(2011);
    expect(figures.years.at(-1)?.year).toBe(2024);
  });

  it('copes with an empty catalogue', () => {
    const figures = catalogFigures(createCatalog([]));
    expect(figures.total).toBe(0);
    expect(figures.years).toEqual([]);
    expect(figures.modalities.every((m) => m.share === 0)).toBe(true);
  });
});

describe('formatPercent', () => {
  it.each([
    [12 / 35, '34.3%'],
    [3 / 35, '8.6%'],
    [7 / 35, '20.0%'],
    [1, '100.0%'],
    [0, '0.0%'],
  ])('%f → %s', (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });
});
