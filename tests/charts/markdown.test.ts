import type { Image, Paragraph, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/catalog/catalog.js';
import { MODALITIES } from '../../src/catalog/vocabularies.js';
import { chartMarkdown } from '../../src/charts/markdown.js';
import { dataset, seedCatalog, seedDatasets } from './fixtures.js';

const nodes = chartMarkdown(seedCatalog());
const images = nodes.flatMap((n) => (n.type === 'paragraph' ? (n as Paragraph).children : [])).filter((c): c is Image => c.type === 'image');
const tables = nodes.filter((n): n is Table => n.type === 'table');
const cells = (table: Table) => table.children.map((row) => row.children.map((cell) => textOf(cell)));

function textOf(node: unknown): string {
  const n = node as { value?: string; children?: unknown[] };
  return n.value ?? (n.children ?? []).map(textOf).join('');
}

describe('chartMarkdown', () => {
  it('shows the four PNGs, by paths relative to the README', () => {
    expect(images.map((i) => i.url)).toEqual([
      'images/histogram_with_values.png',
      'images/piechart.png',
      'images/subjects_per_modality.png',
      'images/datasets_per_year.png',
    ]);
  });

  it('states the numbers in the alt text', () => {
    const [bars, pie, subjects, years] = images.map((i) => i.alt);
    expect(bars).toBe('Bar chart. Datasets per modality, 35 datasets in all: MRI 12, Histopathology 8, Mammography 7, Ultrasound 5, DBT 3.');
    expect(pie).toContain('MRI 34.3% (12), Histopathology 22.9% (8), Mammography 20.0% (7), Ultrasound 14.3% (5), DBT 8.6% (3)');
    expect(subjects).toContain('DBT 9,498, Mammography 8,782 (from 5 of 7 datasets), MRI 4,806, Ultrasound 1,097, Histopathology 1,023 (from 6 of 8 datasets)');
    expect(subjects).toContain('Subjects known for 31 of 35 datasets.');
    expect(years).toContain('2011 to 2024');
    expect(years).toContain('2019: 6 (DBT 1, MRI 2, Histopathology 3)');
    expect(years).toContain('No datasets in 2013, 2014.');
  });

  it('gives the same figures in the modality table as the records give', () => {
    const [header, ...rows] = cells(tables[0]!);
    expect(header).toEqual(['Modality', 'Datasets', 'Share', 'Subjects', 'Subjects known for']);
    const datasets = seedDatasets();
    for (const modality of MODALITIES) {
      const own = datasets.filter((d) => d.modality === modality.id);
      const known = own.filter((d) => d.subjects !== null);
      const row = rows.find((r) => r[0] === modality.short);
      expect(row).toEqual([
        modality.short,
        String(own.length),
        expect.stringMatching(/%$/),
        known.reduce((sum, d) => sum + (d.subjects ?? 0), 0).toLocaleString('en-US'),
        `${known.length} of ${own.length}`,
      ]);
    }
    expect(rows.at(-1)).toEqual(['All', '35', '100.0%', '25,206', '31 of 35']);
  });

  it('gives the same figures in the year table as the records give', () => {
    const [header, ...rows] = cells(tables[1]!);
    expect(header).toEqual(['Year', 'Datasets', ...MODALITIES.map((m) => m.short)]);
    const datasets = seedDatasets();
    for (const row of rows.slice(0, -1)) {
      const year = Number(row[0]);
      const inYear = datasets.filter((d) => d.year === year);
      expect(row.slice(1)).toEqual([String(inYear.length), ...MODALITIES.map((m) => String(inYear.filter((d) => d.modality === m.id).length))]);
    }
    expect(rows.map((r) => r[0])).not.toContain('2013');
    expect(rows.at(-1)).toEqual(['All', '35', '5', '3', '7', '12', '8']);
  });

  it('renders to Markdown with remark-stringify and remark-gfm', () => {
    const markdown = unified().use(remarkGfm).use(remarkStringify).stringify({ type: 'root', children: nodes } as Root);
    expect(markdown).toContain('![Bar chart. Datasets per modality, 35 datasets in all: MRI 12,');
    expect(markdown).toContain('](images/histogram_with_values.png)');
    expect(markdown).toMatch(/^\| Modality +\| Datasets \|/m);
    expect(markdown).toMatch(/^\| \*\*All\*\* +\| +\*\*35\*\* \|/m);
  });

  it('follows the data', () => {
    const one = chartMarkdown(createCatalog([dataset({ name: 'Only', modality: 'dbt', year: 2020, subjects: 1 })]));
    const alt = ((one[0] as Paragraph).children[0] as Image).alt;
    expect(alt).toBe('Bar chart. Datasets per modality, 1 dataset in all: DBT 1, Ultrasound 0, Mammography 0, MRI 0, Histopathology 0.');
  });
});
