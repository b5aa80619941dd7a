import { describe, expect, it } from 'vitest';
import { generateDatasets, generateRecordFiles, prng } from '../../bench/generate.js';
import { checkRecordFiles } from '../../src/catalog/load.js';
import { MODALITY_IDS } from '../../src/catalog/vocabularies.js';

describe('synthetic catalogue generator', () => {
  it('writes records the loader accepts, with neither errors nor warnings', () => {
    const files = generateRecordFiles(500);
    const { records, messages } = checkRecordFiles(files, { now: new Date('2025-01-01T00:00:00Z') });
    expect(messages).toEqual([]);
    expect(records).toHaveLength(500);
  });

  it('gives unique ids, names and access URLs', () => {
    const datasets = generateDatasets(2_000);
    for (const key of ['id', 'name'] as const) expect(new Set(datasets.map((d) => d[key])).size).toBe(2_000);
    expect(new Set(datasets.map((d) => d.access.url)).size).toBe(2_000);
  });

  it('covers every modality and the optional fields', () => {
    const datasets = generateDatasets(500);
    expect(new Set(datasets.map((d) => d.modality))).toEqual(new Set(MODALITY_IDS));
    for (const field of ['other_modalities', 'synthetic', 'tasks', 'annotations', 'license', 'notes'] as const) {
      expect(datasets.some((d) => d[field] !== undefined), field).toBe(true);
    }
    expect(datasets.some((d) => d.subjects === null)).toBe(true);
    expect(datasets.some((d) => d.size === null)).toBe(true);
    expect(new Set(datasets.map((d) => d.access.kind)).size).toBe(4);
  });

  it('is deterministic: the same count and seed give the same bytes, another seed other records', () => {
    expect(generateRecordFiles(300, 7)).toEqual(generateRecordFiles(300, 7));
    expect(generateRecordFiles(300, 8)).not.toEqual(generateRecordFiles(300, 7));
    // A smaller catalogue is the start of a larger one from the same seed.
    expect(generateRecordFiles(300, 7)).toEqual(generateRecordFiles(600, 7).slice(0, 300));
  });

  it('draws the same PRNG sequence for a seed', () => {
    const a = prng(42);
    const b = prng(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
