/**
 * The columns of datasets.csv, defined once: the CSV writer, the Frictionless table schema beside
 * it and the column table of data/README.md are all read from this list.
 */
import { MAX_SCHEMA_YEAR, type Dataset } from '../catalog/schema.js';
import { ACCESS_KIND_IDS, FORMAT_IDS, MIN_YEAR, MODALITIES, MODALITY_IDS, SIZE_UNITS, TASKS } from '../catalog/vocabularies.js';
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
    vocabulary: MODALITY_IDS,
    value: (d) => d.other_modalities ?? [],
  },
  {
    name: 'subjects',
    type: 'integer',
    description: 'Number of subjects (patients); empty when unknown.',
    minimum: 0,
    value: (d) => d.subjects,
  },
  {
    name: 'samples',
    type: 'integer',
    description: 'Number of samples (images, volumes or slides); empty when unknown.',
    minimum: 0,
    value: (d) => d.samples,
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
    description: 'Year the dataset was published.',
    required: true,
    minimum: MIN_YEAR,
    maximum: MAX_SCHEMA_YEAR,
    value: (d) => d.year,
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
    description:
      'DOI of the dataset itself: the one the record names, else the one its access link resolves; empty when neither is known.',
    value: (_, x) => x.doi,
  },
  {
    name: 'citation_titles',
    type: 'string',
    description: 'Titles of the papers to cite, in the order of `citation_urls`.',
    list: true,
    value: (d) => d.citations.map((c) => c.title),
  },
  {
    name: 'citation_urls',
    type: 'string',
    description: 'Links to the papers to cite, one per title.',
    list: true,
    value: (d) => d.citations.map((c) => c.url),
  },
  {
    name: 'citation_dois',
    type: 'string',
    description: 'DOIs of the citations whose link is a doi.org link, in citation order (others have none).',
    list: true,
    value: (_, x) => x.citation_dois.filter((doi): doi is string => doi !== null),
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
    name: 'license',
    type: 'string',
    description: 'Licence, as an SPDX identifier where there is one; empty when not recorded.',
    value: (d) => d.license ?? null,
  },
  {
    name: 'synthetic',
    type: 'boolean',
    description: '`true` when the data is simulated (zero subjects is then expected), else `false`.',
    required: true,
    value: (d) => d.synthetic === true,
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
