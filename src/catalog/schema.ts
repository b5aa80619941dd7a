/**
 * The record contract. The JSON Schema (written to schema/dataset.schema.json by build-readme)
 * and the TypeScript type are both derived from this one definition, so they cannot disagree.
 */
import { Type, type Static, type TUnsafe } from '@sinclair/typebox';
import { ACCESS_KIND_IDS, FORMAT_IDS, MIN_YEAR, MODALITY_IDS, SIZE_UNITS, TASKS } from './vocabularies.js';

/** Upper bound the schema can state statically; the loader also refuses years in the future. */
export const MAX_SCHEMA_YEAR = 2100;

const enumOf = <T extends string>(values: readonly T[], description: string): TUnsafe<T> =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], description });

/**
 * One line of text with no URL or e-mail address in it: GitHub turns those into live links even
 * when escaped, and links belong in citations and access.
 */
const singleLine = (description: string, maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '^(?!.*(?:://|www\\.|[^\\s@]@[^\\s@]+\\.[A-Za-z]))[^\\r\\n]*\\S[^\\r\\n]*$', description });

const httpUrl = (description: string) =>
  Type.String({ pattern: '^https?://[^\\s/?#]+[^\\s]*$', maxLength: 2048, description });

const count = (description: string) =>
  Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description });

export const CitationSchema = Type.Object(
  {
    title: singleLine('Title of the paper or dataset description, as published.', 400),
    url: httpUrl('Where the citation can be read: a DOI link (https://doi.org/...) where there is one.'),
  },
  { additionalProperties: false },
);

export const AccessSchema = Type.Object(
  {
    kind: enumOf(ACCESS_KIND_IDS, 'How the data is obtained; the README derives the link text from it.'),
    url: httpUrl('Where the data is obtained.'),
  },
  { additionalProperties: false },
);

export const SizeSchema = Type.Object(
  {
    value: Type.Number({ exclusiveMinimum: 0, description: 'Size in the given unit.' }),
    unit: enumOf(SIZE_UNITS, 'Decimal unit: 1 GB = 1,000,000,000 bytes.'),
  },
  { additionalProperties: false },
);

export const DatasetSchema = Type.Object(
  {
    id: Type.String({
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      maxLength: 80,
      description: 'Lower-case kebab-case identifier; the file is datasets/<id>.yaml.',
    }),
    name: singleLine('Name as the dataset is known.', 200),
    modality: enumOf(MODALITY_IDS, 'Primary modality: the README section the dataset is listed in.'),
    other_modalities: Type.Optional(
      Type.Array(enumOf(MODALITY_IDS, 'Another modality the dataset contains.'), { uniqueItems: true, minItems: 1 }),
    ),
    subjects: count('Number of subjects (patients); null when unknown.'),
    samples: count('Number of samples (images, volumes or slides); null when unknown.'),
    formats: Type.Array(enumOf(FORMAT_IDS, 'File format, canonical spelling.'), {
      uniqueItems: true,
      description: 'File formats; an empty list when unknown.',
    }),
    size: Type.Union([SizeSchema, Type.Null()], { description: 'Total download size; null when unknown.' }),
    year: Type.Integer({ minimum: MIN_YEAR, maximum: MAX_SCHEMA_YEAR, description: 'Year the dataset was published.' }),
    citations: Type.Array(CitationSchema, { description: 'Papers to cite; an empty list when there is none.' }),
    access: AccessSchema,
    summary: singleLine('One or two sentences: what the data is and what it suits.', 1000),
    synthetic: Type.Optional(Type.Boolean({ description: 'True when the data is simulated, so zero subjects is expected.' })),
    tasks: Type.Optional(
      Type.Array(enumOf(TASKS, 'A task the dataset is annotated for.'), { uniqueItems: true, minItems: 1 }),
    ),
    license: Type.Optional(singleLine('Licence, as an SPDX identifier where there is one (CC-BY-4.0).', 200)),
    doi: Type.Optional(
      Type.String({ pattern: '^10\\.\\d{4,9}/\\S+$', description: 'DOI of the dataset itself, without https://doi.org/.' }),
    ),
    notes: Type.Optional(singleLine('Anything else a researcher should know.', 1000)),
  },
  {
    additionalProperties: false,
    title: 'Breast imaging dataset',
    description: 'One dataset of the breast imaging and histopathology catalogue.',
  },
);

export type Dataset = Static<typeof DatasetSchema>;
export type Citation = Static<typeof CitationSchema>;
export type Access = Static<typeof AccessSchema>;
export type Size = Static<typeof SizeSchema>;

/** Field order in records, as written by the importer and the scaffolder. */
export const FIELD_ORDER = Object.keys(DatasetSchema.properties) as (keyof Dataset)[];

/** The record with its fields in schema order and no undefined values. */
export function orderFields(record: Dataset): Dataset {
  return Object.fromEntries(FIELD_ORDER.filter((key) => record[key] !== undefined).map((key) => [key, record[key]])) as Dataset;
}

/** The schema as a plain JSON document (TypeBox's symbols dropped), with draft declared. */
export function jsonSchemaDocument(): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(DatasetSchema)) as Record<string, unknown>;
  return { $schema: 'http://json-schema.org/draft-07/schema#', ...plain };
}
