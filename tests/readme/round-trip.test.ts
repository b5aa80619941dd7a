import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/catalog/catalog.js';
import { loadCatalog } from '../../src/catalog/load.js';
import type { Dataset } from '../../src/catalog/schema.js';
import { importReadme } from '../../src/importer/import.js';
import { extractReadme } from '../../src/readme/extract.js';
import { parseMarkdown } from '../../src/readme/parse.js';
import { renderReadme } from '../../src/readme/template.js';
import { REPO } from '../helpers/project.js';
import { buildReadme } from '../../src/build/build.js';
import { shortReference } from '../../src/fields/citation.js';

const template = readFileSync(path.join(REPO, 'README.template.md'), 'utf8');

describe('round trip', () => {
  it('the generated README, parsed back with the linter\'s parser, gives the records', async () => {
    const { catalog } = await loadCatalog(REPO);
    const readme = buildReadme(template, catalog);
    const existing = new Map(catalog.datasets.map((d) => [d.id, d]));
    const imported = importReadme(readme, { existing });
    expect(imported.failed).toBe(0);
    expect(imported.notes).toEqual([]);
    const byId = new Map(imported.records.map((r) => [r.id, r]));
    for (const dataset of catalog.datasets) expect(byId.get(dataset.id)).toEqual(dataset);
    expect(imported.records).toHaveLength(catalog.datasets.length);
  });
});

const hostile: Dataset = {
  id: 'hostile',
  name: 'A | B <script>alert(1)</script> [x](javascript:alert(1)) *bold* `code`',
  modality: 'mri',
  subjects: 1,
  samples: 2,
  formats: ['PNG'],
  size: { value: 1, unit: 'GB' },
  year: 2020,
  citations: [{ type: 'article', title: 'Title | with pipe ](javascript:alert(2)) <img src=x onerror=alert(3)>', authors: [{ family: 'Pipe | <b>', given: '*x*' }], year: 2020, url: 'https://example.org/paper?a=1&b=(2)' }],
  access: { kind: 'download', url: 'https://example.org/data_(1)' },
  summary: 'Summary with | pipe, <b>html</b>, ![img](i.png) and [link](javascript:alert(4)).',
  sample_unit: 'images',
  evidence: [],
};

describe('markup in fields is inert', () => {
  const readme = renderReadme('# T\n\n<!-- catalogue:datasets -->\n', createCatalog([hostile]));
  const tree = parseMarkdown(readme);
  const document = extractReadme(tree);
  const table = document.sections.find((s) => s.modality === 'mri')!.tables[0]!;

  it('cannot break the table', () => {
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells).toHaveLength(8);
    expect(table.rows[0]!.cell('dataset')!.text).toBe(hostile.name);
  });

  it('cannot inject HTML, images or links other than the record\'s own URLs', () => {
    const kinds = new Set<string>();
    const urls: string[] = [];
    const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
      kinds.add(node.type);
      if (node.url !== undefined) urls.push(node.url);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree);
    expect(kinds.has('html')).toBe(true); // the generated-file notice, nothing else
    expect(tree.children.filter((n) => n.type === 'html')).toHaveLength(1);
    expect(kinds.has('image')).toBe(false);
    expect(urls.sort()).toEqual(['https://example.org/data_(1)', 'https://example.org/paper?a=1&b=(2)']);
  });

  it('round-trips the text exactly', () => {
    const imported = importReadme(readme);
    expect(imported.records[0]).toMatchObject({ name: hostile.name, summary: hostile.summary, access: hostile.access });
    // The table shows a short reference, which reads back as the title of a new citation; the record's own keeps all of it.
    expect(imported.records[0]!.citations).toEqual([{ type: 'article', title: shortReference(hostile.citations[0]!), url: hostile.citations[0]!.url }]);
    expect(importReadme(readme, { existing: new Map([[hostile.id, hostile]]) }).records[0]).toMatchObject({ citations: hostile.citations });
  });
});
