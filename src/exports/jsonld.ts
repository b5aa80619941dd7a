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
import { citationUrl } from '../fields/citation.js';
import { licenceUrl } from '../fields/licence.js';
import { catalogueWorks, type Works } from './works.js';
import type { Citation } from '../catalog/schema.js';

export const SCHEMA_ORG_CONTEXT = 'https://schema.org/';

export function datasetsJsonLd(catalog: Catalog): string {
  const works = catalogueWorks(catalog);
  const document = {
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': 'DataCatalog',
    name: CATALOGUE.name,
    description: CATALOGUE.description,
    dataset: catalog.datasets.map((dataset) => datasetNode(dataset, works)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function datasetNode(dataset: Dataset, works: Works): Record<string, unknown> {
  const derived = derive(dataset, works);
  const node: Record<string, unknown> = {
    '@type': 'Dataset',
    name: dataset.name,
    description: dataset.summary,
    url: dataset.access.url,
  };
  if (derived.doi !== null) node.identifier = doiUrl(derived.doi);
  if (dataset.citations.length > 0) node.citation = dataset.citations.map(workNode);
  if (dataset.formats.length > 0) node.encodingFormat = [...dataset.formats];
  if (dataset.size !== null) node.contentSize = formatSize(dataset.size);
  if (dataset.year !== null) node.datePublished = formatYear(dataset.year);
  node.measurementTechnique = [derived.modality_name, ...derived.other_modality_names];
  if (dataset.license !== undefined) node.license = licenceUrl(dataset.license);
  // A download or a free account costs nothing; an application or a letter may come with conditions.
  if (dataset.access.kind === 'download' || dataset.access.kind === 'registration') node.isAccessibleForFree = true;
  const access = accessKindById(dataset.access.kind);
  if (access !== undefined) node.conditionsOfAccess = access.description;
  return node;
}

const WORK_TYPES: Readonly<Record<Citation['type'], string>> = {
  article: 'ScholarlyArticle',
  dataset: 'Dataset',
  preprint: 'ScholarlyArticle',
  'conference-paper': 'ScholarlyArticle',
  'book-chapter': 'Chapter',
  thesis: 'Thesis',
  'web-page': 'WebPage',
};

/** A cited work: what the record states of it, authors and year included. */
function workNode(citation: Citation): Record<string, unknown> {
  const node: Record<string, unknown> = { '@type': WORK_TYPES[citation.type], name: citation.title };
  const url = citationUrl(citation);
  if (url !== undefined) node.url = url;
  if (citation.doi !== undefined) node.identifier = doiUrl(citation.doi);
  if (citation.authors !== undefined) {
    node.author = citation.authors.map((a) =>
      'literal' in a ? { '@type': 'Organization', name: a.literal } : { '@type': 'Person', familyName: a.family, ...(a.given !== undefined && { givenName: a.given }) },
    );
  }
  if (citation.year !== undefined) node.datePublished = String(citation.year);
  if (citation.container !== undefined) node.isPartOf = { '@type': citation.type === 'dataset' ? 'DataCatalog' : 'Periodical', name: citation.container };
  return node;
}
