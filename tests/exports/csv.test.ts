import { parse } from 'csv-parse/sync';
import { citationUrl } from '../../src/fields/citation.js';
import { describe, expect, it } from 'vitest';
import { sizeInBytes } from '../../src/fields/size.js';
import { doiFromUrl } from '../../src/fields/url.js';
import { COLUMNS } from '../../src/exports/columns.js';
import { datasetsCsv } from '../../src/exports/csv.js';
import { modalityById } from '../../src/catalog/vocabularies.js';
import { fixtureCatalog, splitList } from './fixtures.js';

const catalog = fixtureCatalog();
const csv = datasetsCsv(catalog);
const rows = parse(csv, { columns: true, record_delimiter: '\r\n', bom: false }) as Record<string, string>[];

describe('datasets.csv', () => {
  it('is RFC 4180 as written: CRLF after every record, no BOM, no bare LF', () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the documented header and one row per dataset, in README order', () => {
    const [header] = parse(csv) as string[][];
    expect(header).toEqual(COLUMNS.map((c) => c.name));
    expect(rows.map((r) => r.id)).toEqual(catalog.datasets.map((d) => d.id));
  });

  it('gives back every record field, byte sizes and DOIs', () => {
    for (const [i, d] of catalog.datasets.entries()) {
      const row = rows[i]!;
      expect(row.name).toBe(d.name);
      expect(row.modality).toBe(d.modality);
      expect(row.modality_name).toBe(modalityById(d.modality)?.display);
      expect(splitList(row.other_modalities!)).toEqual(d.other_modalities ?? []);
      expect(row.subjects).toBe(d.subjects === null ? '' : String(d.subjects));
      expect(row.samples).toBe(d.samples === null ? '' : String(d.samples));
      expect(splitList(row.formats!)).toEqual(d.formats);
      expect(row.size_value === '' ? null : Number(row.size_value)).toBe(d.size?.value ?? null);
      expect(row.size_unit).toBe(d.size?.unit ?? '');
      expect(row.size_bytes === '' ? null : Number(row.size_bytes)).toBe(d.size === null ? null : sizeInBytes(d.size));
      expect(row.year === '' ? null : Number(row.year)).toBe(d.year);
      expect(row.sample_unit).toBe(d.sample_unit ?? '');
      expect(row.access_kind).toBe(d.access.kind);
      expect(row.access_url).toBe(d.access.url);
      expect(row.doi).toBe(d.citations.find((c) => c.type === 'dataset')?.doi ?? doiFromUrl(d.access.url) ?? '');
      expect(splitList(row.citation_titles!)).toEqual(d.citations.map((c) => c.title));
      expect(splitList(row.citation_urls!)).toEqual(d.citations.map((c) => citationUrl(c) ?? ''));
      expect(splitList(row.citation_dois!)).toEqual(d.citations.flatMap((c) => c.doi ?? []));
      expect(splitList(row.citation_keys!)).toHaveLength(d.citations.length);
      expect(splitList(row.tasks!)).toEqual(d.tasks ?? []);
      expect(row.license).toBe(d.license === undefined ? '' : typeof d.license === 'string' ? d.license : d.license.name);
      expect(splitList(row.annotations!)).toEqual(d.annotations ?? []);
      expect(row.synthetic).toBe(d.synthetic === true ? 'true' : 'false');
      expect(row.summary).toBe(d.summary);
      expect(row.notes).toBe(d.notes ?? '');
    }
  });

  it('round-trips names with commas, quotes, accents, braces and TeX characters', () => {
    const names = rows.map((r) => r.name);
    expect(names).toContain('Quotes "double", \'single\', commas, and semicolons; all in one');
    expect(names).toContain('Café Über & Co: 100% #1 $5 ~x^2 a_b <tag> {braced} back\\slash');
    expect(names).toContain("Breast Patients MRI's");
  });

  it('reads 1.94 TB as 1,940,000,000,000 bytes', () => {
    expect(rows.find((r) => r.id === 'dwi-trial')?.size_bytes).toBe('1940000000000');
  });
});
