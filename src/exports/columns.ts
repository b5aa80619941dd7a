/**
 * The columns of datasets.csv, defined once: the CSV writer, the Frictionless table schema beside
 * it and the column table of data/README.md are all read from this list.
 */
import { FIGURES, MAX_SCHEMA_YEAR, type Dataset } from '../catalog/schema.js';
import { ACCESS_KIND_IDS, ANNOTATION_IDS, ANY_MODALITY_IDS, FORMAT_IDS, MIN_YEAR, MODALITIES, MODALITY_IDS, SAMPLE_UNITS, SIZE_UNITS, TASKS } from '../catalog/vocabularies.js';
import { citationUrl } from '../fields/citation.js';
import { licenceLabel, licenceUrl } from '../fields/licence.js';
import type { Derived } from './derive.js';

/** A cell before it is written: null for unknown, a list for the `;`-joined columns. */
export type CellValue = string | number | boolean | null | readonly string[];

export interface Column {
  readonly name: string;
  /** Frictionless Table Schema type of the cell (list columns are strings of joined items). */
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'year';
  readonly description: string;
  /** True for a list: its items joined by LIST_SEPARATOR. */
  readonly list?: true;
  /** Values the cell (or, for a list, each item) is drawn from. */
  readonly vocabulary?: readonly string[];
  readonly required?: true;
  readonly unique?: true;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value: (dataset: Dataset, derived: Derived) => CellValue;
}

/** Joins list items. An item's own `;` is written `\;` and its `\` is written `\\`. */
export const LIST_SEPARATOR = ';';

export const COLUMNS: readonly Column[] = [
  {
    name: 'id',
    type: 'string',
    description: 'Identifier of the record: the file is `datasets/<id>.yaml`.',
    required: true,
    unique: true,
    value: (d) => d.id,
  },
  { name: 'name', type: 'string', description: 'Name as the dataset is known.', required: true, value: (d) => d.name },
  {
    name: 'modality',
    type: 'string',
    description: 'Primary modality: the README section the dataset is listed in.',
    vocabulary: MODALITY_IDS,
    required: true,
    value: (d) => d.modality,
  },
  {
    name: 'modality_name',
    type: 'string',
    description: 'Display name of the primary modality, as the README heading.',
    vocabulary: MODALITIES.map((m) => m.display),
    required: true,
    value: (_, x) => x.modality_name,
  },
  {
    name: 'other_modalities',
    type: 'string',
    description: 'Other modalities the dataset contains.',
    list: true,
    vocabulary: ANY_MODALITY_IDS,
    value: (d) => d.other_modalities ?? [],
  },
  {
    name: 'synthetic',
    type: 'boolean',
    description: '`true` when the data is simulated: it has no patients, so `subjects` is empty, else `false`.',
    required: true,
    value: (d) => d.synthetic === true,
  },
  {
    name: 'subjects',
    type: 'integer',
    description: 'Distinct patients or participants whose data is in the dataset; empty when unknown.',
    minimum: 0,
    value: (d) => d.subjects,
  },
  {
    name: 'samples',
    type: 'integer',
    description: 'How many of `sample_unit` the dataset holds; empty when unknown.',
    minimum: 0,
    value: (d) => d.samples,
  },
  {
    name: 'sample_unit',
    type: 'string',
    description: 'What `samples` counts; empty when unknown.',
    vocabulary: SAMPLE_UNITS,
    value: (d) => d.sample_unit ?? null,
  },
  {
    name: 'formats',
    type: 'string',
    description: 'File formats, canonical spelling; empty when unknown.',
    list: true,
    vocabulary: FORMAT_IDS,
    value: (d) => d.formats,
  },
  {
    name: 'size_value',
    type: 'number',
    description: 'Download size in `size_unit`, as the README shows it; empty when unknown.',
    value: (d) => d.size?.value ?? null,
  },
  {
    name: 'size_unit',
    type: 'string',
    description: 'Decimal unit of `size_value` (1 GB = 1,000,000,000 bytes); empty when the size is unknown.',
    vocabulary: SIZE_UNITS,
    value: (d) => d.size?.unit ?? null,
  },
  {
    name: 'size_bytes',
    type: 'integer',
    description: 'Download size in bytes, for sorting and filtering; empty when unknown.',
    minimum: 0,
    value: (_, x) => x.bytes,
  },
  {
    name: 'year',
    type: 'year',
    description: 'Year the dataset was first published (its first release or data descriptor); empty when unknown.',
    minimum: MIN_YEAR,
    maximum: MAX_SCHEMA_YEAR,
    value: (d) => d.year,
  },
  {
    name: 'updated',
    type: 'year',
    description: 'Year of the latest release, when there was one after the first; empty otherwise.',
    minimum: MIN_YEAR,
    maximum: MAX_SCHEMA_YEAR,
    value: (d) => d.updated ?? null,
  },
  {
    name: 'version',
    type: 'string',
    description: 'Label of the latest version; empty when not recorded.',
    value: (d) => d.version ?? null,
  },
  {
    name: 'access_kind',
    type: 'string',
    description: 'How the data is obtained; the README derives its link text from it.',
    vocabulary: ACCESS_KIND_IDS,
    required: true,
    value: (d) => d.access.kind,
  },
  {
    name: 'access_url',
    type: 'string',
    description: 'Where the data is obtained.',
    required: true,
    value: (d) => d.access.url,
  },
  {
    name: 'doi',
    type: 'string',
    description: 'DOI of the dataset itself: that of its citation of type dataset, else the one its access link resolves; empty when neither is known.',
    value: (_, x) => x.doi,
  },
  {
    name: 'citation_keys',
    type: 'string',
    description: 'Keys of the works to cite in `citations.bib`, `citations.json` and `citations.ris`, in the record\'s order.',
    list: true,
    value: (_, x) => x.citation_keys,
  },
  {
    name: 'citation_titles',
    type: 'string',
    description: 'Titles of the works to cite, in the order of `citation_keys`.',
    list: true,
    value: (d) => d.citations.map((c) => c.title),
  },
  {
    name: 'citation_urls',
    type: 'string',
    description: 'Where each work to cite is read: its DOI link, else its URL, else its arXiv page; one per title (empty when the record gives none).',
    list: true,
    value: (d) => d.citations.map((c) => citationUrl(c) ?? ''),
  },
  {
    name: 'citation_dois',
    type: 'string',
    description: 'DOIs of the works to cite that have one, in citation order.',
    list: true,
    value: (d) => d.citations.flatMap((c) => (c.doi === undefined ? [] : [c.doi])),
  },
  {
    name: 'tasks',
    type: 'string',
    description: 'Tasks the dataset is annotated for; empty when not recorded.',
    list: true,
    vocabulary: TASKS,
    value: (d) => d.tasks ?? [],
  },
  {
    name: 'annotations',
    type: 'string',
    description: 'Annotations the dataset carries; empty when none or not recorded (`annotations_known` tells which).',
    list: true,
    vocabulary: ANNOTATION_IDS,
    value: (d) => d.annotations ?? [],
  },
  {
    name: 'annotations_known',
    type: 'boolean',
    description: '`true` when the record states the annotations (an empty `annotations` then means none), `false` when it does not.',
    required: true,
    value: (d) => d.annotations !== undefined,
  },
  {
    name: 'license',
    type: 'string',
    description: 'Licence: its SPDX identifier, else its name; empty when not recorded.',
    value: (d) => (d.license === undefined ? null : typeof d.license === 'string' ? d.license : d.license.name),
  },
  {
    name: 'license_name',
    type: 'string',
    description: 'Short name of the licence, as the README shows it; empty when not recorded.',
    value: (d) => (d.license === undefined ? null : licenceLabel(d.license)),
  },
  {
    name: 'license_url',
    type: 'string',
    description: 'The licence text; empty when not recorded.',
    value: (d) => (d.license === undefined ? null : licenceUrl(d.license)),
  },
  {
    name: 'commercial_use',
    type: 'boolean',
    description: '`true` when the licence allows commercial use; `false` when it does not, names no standard licence or is not recorded.',
    required: true,
    value: (_, x) => x.commercial_use,
  },
  {
    name: 'summary',
    type: 'string',
    description: 'One or two sentences: what the data is and what it suits.',
    required: true,
    value: (d) => d.summary,
  },
  {
    name: 'notes',
    type: 'string',
    description: 'Anything else a researcher should know; empty when there is nothing.',
    value: (d) => d.notes ?? null,
  },
  {
    name: 'sourced_figures',
    type: 'string',
    description: `The figures (of ${FIGURES.map((f) => `\`${f}\``).join(', ')}) that are known and backed by a quoted source in the record's evidence.`,
    list: true,
    vocabulary: FIGURES,
    value: (_, x) => x.sourced_figures,
  },
  {
    name: 'unsourced_figures',
    type: 'string',
    description: 'The figures that are known but backed by no quoted source yet.',
    list: true,
    vocabulary: FIGURES,
    value: (_, x) => x.unsourced_figures,
  },
  {
    name: 'evidence_urls',
    type: 'string',
    description: 'The pages the record quotes as evidence, in order; `datasets.json` holds the quotes.',
    list: true,
    value: (d) => [...new Set(d.evidence.map((e) => e.url))],
  },
];

/** The column's description with what it says about its values (Markdown: inline code only). */
export function columnDescription(column: Column): string {
  const values = column.vocabulary?.map((v) => `\`${v}\``).join(', ');
  if (column.list) {
    return values === undefined
      ? `${column.description} A list: items joined by \`${LIST_SEPARATOR}\`; an item's own \`${LIST_SEPARATOR}\` is written \`\\${LIST_SEPARATOR}\` and its \`\\\` is written \`\\\\\`.`
      : `${column.description} A list: items joined by \`${LIST_SEPARATOR}\`, each one of ${values}.`;
  }
  return values === undefined ? column.description : `${column.description} One of ${values}.`;
}

/** The text of one cell: empty for unknown, lists joined, booleans as true/false. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.map(escapeListItem).join(LIST_SEPARATOR);
}

function escapeListItem(item: string): string {
  return item.replace(/[\\;]/g, (c) => `\\${c}`);
}
