/**
 * The exports for researchers, written under data/ by build-readme with the README and checked
 * by `build-readme --check` like it: CSV with its table schema, JSON, JSON-LD, the citations as BibTeX, CSL-JSON and RIS, and a
 * README documenting them. Every file is a pure function of the catalogue: no dates, no paths of
 * the machine, keys in a fixed order, LF line endings (CRLF record ends in the CSV, as RFC 4180
 * says), a final newline.
 */
import type { Artifact } from '../artifact.js';
import type { Catalog } from '../catalog/catalog.js';
import { citationsBib, citationsCslJson, citationsRis } from './citations.js';
import { datasetsCsv } from './csv.js';
import { datasetsJson } from './json.js';
import { datasetsJsonLd } from './jsonld.js';
import { DATA_README_PATH, dataReadme, type ExportFile } from './readme.js';
import { tableSchema } from './table-schema.js';

interface Export extends ExportFile {
  readonly render: (catalog: Catalog) => string;
}

const EXPORTS: readonly Export[] = [
  {
    path: 'data/datasets.csv',
    title: 'CSV',
    description: 'One row per dataset, for spreadsheets and data frames: sizes also in bytes, lists joined by semicolons.',
    render: datasetsCsv,
  },
  {
    path: 'data/datasets.schema.json',
    title: 'CSV table schema',
    description: "Frictionless Table Schema of the CSV: each column's type, description and allowed values.",
    render: () => `${JSON.stringify(tableSchema(), null, 2)}\n`,
  },
  {
    path: 'data/datasets.json',
    title: 'JSON',
    description: 'The records as validated, each with derived values: size in bytes, modality names, DOIs.',
    render: datasetsJson,
  },
  {
    path: 'data/datasets.jsonld',
    title: 'JSON-LD',
    description: 'A schema.org DataCatalog of Dataset entries, for linked-data tools and dataset search engines.',
    render: datasetsJsonLd,
  },
  {
    path: 'data/citations.bib',
    title: 'BibTeX',
    description: 'Every work the datasets ask to be cited, once each, with authors, year and DOI, for LaTeX; a comment names the datasets citing each.',
    render: citationsBib,
  },
  {
    path: 'data/citations.json',
    title: 'CSL-JSON',
    description: 'The same works as CSL-JSON, the format of Zotero, Pandoc and citeproc.',
    render: citationsCslJson,
  },
  {
    path: 'data/citations.ris',
    title: 'RIS',
    description: 'The same works as RIS, for EndNote, Mendeley and other reference managers.',
    render: citationsRis,
  },
  {
    path: DATA_README_PATH,
    title: 'Documentation',
    description: 'What each file holds, and what each CSV column and derived value means.',
    render: () => dataReadme(EXPORT_FILES),
  },
];

/** The export files, for the README's paragraph linking them. Descriptions are plain text. */
export const EXPORT_FILES: readonly ExportFile[] = EXPORTS.map(({ path, title, description }) => ({ path, title, description }));

export function exportArtifacts(catalog: Catalog): Artifact[] {
  return EXPORTS.map((file) => ({ path: file.path, content: file.render(catalog) }));
}
