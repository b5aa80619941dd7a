import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { accessKindById } from '../../src/catalog/vocabularies.js';
import { citationUrl } from '../../src/fields/citation.js';
import { licenceUrl } from '../../src/fields/licence.js';
import { catalogueWorks } from '../../src/exports/works.js';
import { describe, expect, it } from 'vitest';
import { formatSize } from '../../src/fields/size.js';
import { datasetsJsonLd, SCHEMA_ORG_CONTEXT } from '../../src/exports/jsonld.js';
import { derive } from '../../src/exports/derive.js';
import { fixtureCatalog } from './fixtures.js';

/**
 * The terms of schema.org's own context (https://schema.org/docs/jsonldcontext.jsonld) that the
 * export uses, with the same IRIs and coercions: enough to expand it without the network.
 */
const SCHEMA_ORG = JSON.parse(readFileSync(new URL('./schema-org-context.json', import.meta.url), 'utf8')) as object;
const requested: string[] = [];

async function documentLoader(url: string) {
  requested.push(url);
  if (url !== SCHEMA_ORG_CONTEXT) throw new Error(`the test fetches nothing but the schema.org context, not ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG };
}

const S = 'http://schema.org/';
type Node = Record<string, { '@value'?: unknown; '@id'?: string; '@type'?: string }[] & Node[]>;

const catalog = fixtureCatalog();
const works = catalogueWorks(catalog);
const text = datasetsJsonLd(catalog);
// safe mode makes expansion fail on anything it would otherwise drop silently.
const expanded = (await jsonld.expand(JSON.parse(text), { documentLoader, safe: true } as never)) as unknown as (Node & {
  '@type': string[];
})[];

const values = (node: Node, property: string) => (node[S + property] ?? []).map((v) => v['@value'] ?? v['@id']);
const value = (node: Node, property: string) => values(node, property)[0];

describe('datasets.jsonld', () => {
  it('expands offline into one schema.org DataCatalog of Datasets, one per record', () => {
    expect(new Set(requested)).toEqual(new Set([SCHEMA_ORG_CONTEXT]));
    expect(expanded).toHaveLength(1);
    const root = expanded[0]!;
    expect(root['@type']).toEqual([`${S}DataCatalog`]);
    const datasets = root[`${S}dataset`] as unknown as (Node & { '@type': string[] })[];
    expect(datasets).toHaveLength(catalog.datasets.length);
    for (const node of datasets) expect(node['@type']).toEqual([`${S}Dataset`]);
  });

  it('states what each record knows, and nothing it does not', () => {
    const datasets = expanded[0]![`${S}dataset`] as unknown as Node[];
    for (const [i, d] of catalog.datasets.entries()) {
      const node = datasets[i]!;
      const derived = derive(d, works);
      expect(value(node, 'name')).toBe(d.name);
      expect(value(node, 'description')).toBe(d.summary);
      expect(value(node, 'url')).toBe(d.access.url);
      expect(node[`${S}datePublished`] ?? []).toEqual(d.year === null ? [] : [{ '@value': String(d.year), '@type': `${S}Date` }]);
      expect(values(node, 'measurementTechnique')).toEqual([derived.modality_name, ...derived.other_modality_names]);
      expect(values(node, 'encodingFormat')).toEqual(d.formats);
      expect(values(node, 'contentSize')).toEqual(d.size === null ? [] : [formatSize(d.size)]);
      expect(values(node, 'identifier')).toEqual(derived.doi === null ? [] : [`https://doi.org/${derived.doi}`]);
      expect(values(node, 'isAccessibleForFree')).toEqual(d.access.kind === 'download' || d.access.kind === 'registration' ? [true] : []);
      expect(values(node, 'conditionsOfAccess')).toEqual([accessKindById(d.access.kind)!.description]);
      const citations = (node[`${S}citation`] ?? []) as Node[];
      expect(citations.map((c) => [value(c, 'name'), value(c, 'url')])).toEqual(d.citations.map((c) => [c.title, citationUrl(c)]));
      expect(citations.map((c) => values(c, 'datePublished').length)).toEqual(d.citations.map((c) => (c.year === undefined ? 0 : 1)));
      expect(citations.map((c) => ((c[`${S}author`] ?? []) as Node[]).length)).toEqual(d.citations.map((c) => c.authors?.length ?? 0));
      const license = (node[`${S}license`] ?? []) as { '@id': string }[];
      expect(license.map((l) => l['@id'])).toEqual(d.license === undefined ? [] : [licenceUrl(d.license)]);
    }
  });

  it('uses only schema.org terms', () => {
    const iris = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        for (const [key, v] of Object.entries(node)) {
          if (!key.startsWith('@')) iris.add(key);
          walk(v);
        }
      }
    };
    walk(expanded);
    expect([...iris].filter((iri) => !iri.startsWith(S))).toEqual([]);
  });
});
