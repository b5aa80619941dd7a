/**
 * datasets.json: `{ "datasets": [...] }`, one entry per dataset in README order. Each entry is the
 * record exactly as validated (keys in the schema's order) plus one key the record schema does not
 * have, `derived`, holding the values computed from it (see derive.ts). Dropping `derived` gives back
 * a record that validates against the record schema.
 */
import type { Catalog } from '../catalog/catalog.js';
import { DatasetSchema } from '../catalog/schema.js';
import { derive } from './derive.js';
import { catalogueWorks } from './works.js';

export function datasetsJson(catalog: Catalog): string {
  const works = catalogueWorks(catalog);
  const datasets = catalog.datasets.map((dataset) => ({
    ...(inSchemaOrder(dataset, DatasetSchema) as object),
    derived: derive(dataset, works),
  }));
  return `${JSON.stringify({ datasets }, null, 2)}\n`;
}

interface SchemaShape {
  readonly properties?: Readonly<Record<string, SchemaShape>>;
  readonly items?: SchemaShape;
  readonly anyOf?: readonly SchemaShape[];
  readonly [keyword: string]: unknown;
}

/**
 * The value with the keys of every object in the order its schema declares them, so the bytes do
 * not depend on how a record was loaded. Keys a schema does not name (none, once validated) follow.
 */
export function inSchemaOrder(value: unknown, schema: SchemaShape): unknown {
  if (Array.isArray(value)) return value.map((item) => (schema.items ? inSchemaOrder(item, schema.items) : item));
  if (value === null || typeof value !== 'object') return value;
  const objectSchema = schema.properties ? schema : schema.anyOf?.find((variant) => variant.properties);
  const properties = objectSchema?.properties ?? {};
  const record = value as Record<string, unknown>;
  const keys = [...Object.keys(properties), ...Object.keys(record).filter((key) => !(key in properties)).sort()];
  const ordered: Record<string, unknown> = {};
  for (const key of keys) {
    if (record[key] === undefined) continue;
    const property = properties[key];
    ordered[key] = property ? inSchemaOrder(record[key], property) : record[key];
  }
  return ordered;
}
