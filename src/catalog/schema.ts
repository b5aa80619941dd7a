/**
 * The record contract. The JSON Schema (written to schema/dataset.schema.json by build-readme)
 * and the TypeScript type are both derived from this one definition, so they cannot disagree.
 */
import { Type, type Static, type TUnsafe } from '@sinclair/typebox';
import {
  ACCESS_KIND_IDS,
  ANNOTATION_IDS,
  ANY_MODALITY_IDS,
  CITATION_TYPES,
  FORMAT_IDS,
  LICENCE_IDS,
  MIN_YEAR,
  MODALITY_IDS,
  SAMPLE_UNITS,
  SIZE_UNITS,
  TASKS,
} from './vocabularies.js';

/** The fields an evidence entry can back. */
export const SOURCED_FIELDS = [
  'name',
  'modality',
  'other_modalities',
  'synthetic',
  'subjects',
  'samples',
  'sample_unit',
  'formats',
  'size',
  'year',
  'updated',
  'version',
  'tasks',
  'annotations',
  'license',
  'access',
  'citations',
  'summary',
  'notes',
] as const;
export type SourcedField = (typeof SOURCED_FIELDS)[number];

/** The figures a researcher chooses data by: each needs evidence, and `validate --strict` holds to it. */
export const FIGURES = ['subjects', 'samples', 'size', 'year', 'license'] as const satisfies readonly SourcedField[];

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

/** Words quoted from a page: any text (it may name addresses or run over lines), never blank. */
const quotedText = (description: string, maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S', description });

const doi = (description: string) => Type.String({ pattern: '^10\\.\\d{4,9}/\\S+$', maxLength: 300, description });

export const AuthorSchema = Type.Union(
  [
    Type.Object(
      {
        family: singleLine('Family name, as published.', 100),
        given: Type.Optional(singleLine('Given names or initials, as published.', 100)),
      },
      { additionalProperties: false },
    ),
    Type.Object({ literal: singleLine('A consortium or group, named as published.', 200) }, { additionalProperties: false }),
  ],
  { description: 'An author: family and given names, or a consortium as a literal name.' },
);

export const CitationSchema = Type.Object(
  {
    type: enumOf(CITATION_TYPES, 'What kind of work it is: a dataset DOI (TCIA, Zenodo, PhysioNet) is a dataset.'),
    title: singleLine('Title of the work, as published.', 400),
    authors: Type.Optional(Type.Array(AuthorSchema, { minItems: 1, description: 'Every author, in order, as read on the source; required for new records.' })),
    container: Type.Optional(singleLine('Journal, proceedings or repository (Scientific Data, The Cancer Imaging Archive).', 300)),
    container_short: Type.Optional(singleLine('Abbreviated journal or repository name, as the README shows it (Sci Data, TCIA).', 60)),
    year: Type.Optional(Type.Integer({ minimum: MIN_YEAR, maximum: MAX_SCHEMA_YEAR, description: 'Year of publication; required for new records.' })),
    volume: Type.Optional(Type.String({ minLength: 1, maxLength: 20, description: 'Volume, as text ("8").' })),
    issue: Type.Optional(Type.String({ minLength: 1, maxLength: 20, description: 'Issue, as text ("1").' })),
    pages: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Pages or article number, as text ("3461-3467", "170177").' })),
    doi: Type.Optional(doi('DOI of the work, without https://doi.org/.')),
    url: Type.Optional(httpUrl('Where the work can be read, when it has no DOI (or a better page than the DOI link).')),
    pmid: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,9}$', description: 'PubMed identifier.' })),
    arxiv: Type.Optional(Type.String({ pattern: '^(\\d{4}\\.\\d{4,5}|[a-z-]+(\\.[A-Z]{2})?/\\d{7})(v\\d+)?$', description: 'arXiv identifier, such as 1808.04277.' })),
  },
  { additionalProperties: false },
);

export const AccessSchema = Type.Object(
  {
    kind: enumOf(ACCESS_KIND_IDS, 'What a researcher must do to get the data; the README derives the link text from it.'),
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

export const NamedLicenceSchema = Type.Object(
  {
    name: singleLine('Name and version of the licence, as its page gives them.', 200),
    url: httpUrl('The licence text.'),
  },
  { additionalProperties: false },
);

export const LicenceSchema = Type.Union([enumOf(LICENCE_IDS, 'SPDX identifier of the licence.'), NamedLicenceSchema], {
  description: 'The licence of the data: an SPDX identifier (CC-BY-4.0), or a name and URL for one SPDX does not list.',
});

export const EvidenceSchema = Type.Object(
  {
    url: httpUrl('The page the quote is on.'),
    quote: quotedText('The exact words on that page, copied, never paraphrased.', 1000),
    supports: Type.Array(enumOf(SOURCED_FIELDS, 'A field of the record the quote backs.'), { minItems: 1, uniqueItems: true, description: 'The fields the quote backs.' }),
    accessed: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'When the page was read, YYYY-MM-DD.' })),
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
      Type.Array(enumOf(ANY_MODALITY_IDS, 'Another modality the dataset contains.'), { uniqueItems: true, minItems: 1 }),
    ),
    synthetic: Type.Optional(Type.Boolean({ description: 'True when the data is simulated: it has no patients, so subjects is null and it is left out of the subject totals.' })),
    subjects: count('Distinct patients or participants whose data is in the dataset (not annotators, slides, or the enrolment of the trial behind it); null when unknown.'),
    samples: count('How many of sample_unit the dataset holds; null when unknown.'),
    sample_unit: Type.Optional(enumOf(SAMPLE_UNITS, 'What samples counts, in the source\'s own unit; required when samples is a number.')),
    formats: Type.Array(enumOf(FORMAT_IDS, 'File format, canonical spelling.'), {
      uniqueItems: true,
      description: 'File formats; an empty list when unknown.',
    }),
    size: Type.Union([SizeSchema, Type.Null()], { description: 'Total download size; null when unknown.' }),
    year: Type.Union([Type.Integer({ minimum: MIN_YEAR, maximum: MAX_SCHEMA_YEAR }), Type.Null()], {
      description: 'Year the dataset was first published (its first release or data descriptor); null when unknown.',
    }),
    updated: Type.Optional(Type.Integer({ minimum: MIN_YEAR, maximum: MAX_SCHEMA_YEAR, description: 'Year of the latest release, when there was one after the first.' })),
    version: Type.Optional(singleLine('Label of the latest version ("2", "1.0.0").', 40)),
    tasks: Type.Optional(
      Type.Array(enumOf(TASKS, 'A task the dataset carries the labels for.'), { uniqueItems: true, minItems: 1, description: 'Tasks the dataset is annotated for; absent when not known.' }),
    ),
    annotations: Type.Optional(
      Type.Array(enumOf(ANNOTATION_IDS, 'A kind of annotation the dataset carries.'), { uniqueItems: true, description: 'Annotations the dataset carries; [] when it has none, absent when not known.' }),
    ),
    license: Type.Optional(LicenceSchema),
    access: AccessSchema,
    citations: Type.Array(CitationSchema, { description: 'Works to cite: the paper that describes the data and the dataset\'s own DOI; [] when there is none.' }),
    summary: singleLine('One or two sentences: what the data is and what it suits.', 1000),
    notes: Type.Optional(singleLine('Anything else a researcher should know, such as which source was chosen when sources disagree.', 2000)),
    evidence: Type.Array(EvidenceSchema, { description: 'Where each figure and claim comes from: the page, its exact words, and the fields they back.' }),
  },
  {
    additionalProperties: false,
    title: 'Breast imaging dataset',
    description: 'One dataset of the breast imaging and histopathology catalogue, each figure with the words of the page that supports it.',
  },
);

export type Dataset = Static<typeof DatasetSchema>;
export type Citation = Static<typeof CitationSchema>;
export type Access = Static<typeof AccessSchema>;
export type Size = Static<typeof SizeSchema>;
export type Author = Static<typeof AuthorSchema>;
export type Evidence = Static<typeof EvidenceSchema>;
export type License = Static<typeof LicenceSchema>;
export type NamedLicence = Static<typeof NamedLicenceSchema>;

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
