/**
 * datasets.jsonld: the catalogue as a schema.org DataCatalog whose `dataset` entries are schema.org
 * Datasets. The context is the schema.org one by reference ("https://schema.org/"), as schema.org
 * and search engines expect; tests expand it offline with a local copy of the terms used.
 *
 * Only what the record states is said: a property is left out when the record does not know it.
 */
import type { Catalog } from '../catalog/catalog.js';
import type { Dataset } from '../catalog/schema.js';
import { accessKindById } from '../catalog/vocabularies.js';
import { formatSize } from '../fields/size.js';
import { formatYear } from '../fields/year.js';
import { CATALOGUE, derive } from './derive.js';
import { doiUrl } from '../fields/url.js';

export const SCHEMA_ORG_CONTEXT = 'https://schema.org/';

export function datasetsJsonLd(catalog: Catalog): string {
  const document = {
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': 'DataCatalog',
    name: CATALOGUE.name,
    description: CATALOGUE.description,
    dataset: catalog.datasets.map(datasetNode),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function datasetNode(dataset: Dataset): Record<string, unknown> {
  const derived = derive(dataset);
  const node: Record<string, unknown> = {
    '@type': 'Dataset',
    name: dataset.name,
    description: dataset.summary,
    url: dataset.access.url,
  };
  if (derived.doi !== null) node.identifier = doiUrl(derived.doi);
  if (dataset.citations.length > 0) {
    node.citation = dataset.citations.map((c) => ({ '@type': 'CreativeWork', name: c.title, url: c.url }));
  }
  if (dataset.formats.length > 0) node.encodingFormat = [...dataset.formats];
  if (dataset.size !== null) node.contentSize = formatSize(dataset.size);
  node.datePublished = formatYear(dataset.year);
  node.measurementTechnique = [derived.modality_name, ...derived.other_modality_names];
  // A licence written as text, not a URL: a CreativeWork named by it, so no processor reads it as a link.
  if (dataset.license !== undefined) node.license = { '@type': 'CreativeWork', name: dataset.license };
  // Known only for direct downloads; registration or a request may or may not cost anything.
  if (dataset.access.kind === 'download') node.isAccessibleForFree = true;
  const access = accessKindById(dataset.access.kind);
  if (access !== undefined) node.conditionsOfAccess = access.description;
  return node;
}
