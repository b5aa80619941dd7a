/**
 * Controlled vocabularies, defined once. The JSON Schema enums, the README's section order,
 * the display names and the importer's alias table are all read from here.
 */

export interface Modality {
  readonly id: string;
  /** Heading of the README section and label in charts. */
  readonly display: string;
  /** Short label for charts and prose. */
  readonly short: string;
}

/** Section order in the README is the order of this list. */
export const MODALITIES = [
  { id: 'ultrasound', display: 'Ultrasound', short: 'Ultrasound' },
  { id: 'dbt', display: 'Digital Breast Tomosynthesis (DBT)', short: 'DBT' },
  { id: 'mammography', display: 'Mammography', short: 'Mammography' },
  { id: 'mri', display: 'MRI', short: 'MRI' },
  { id: 'histopathology', display: 'Histopathology', short: 'Histopathology' },
] as const satisfies readonly Modality[];

export type ModalityId = (typeof MODALITIES)[number]['id'];
export const MODALITY_IDS = MODALITIES.map((m) => m.id) as ModalityId[];

export interface FileFormat {
  /** Canonical spelling, stored in records and shown in the README. */
  readonly id: string;
  readonly description: string;
  /** Other spellings accepted on import and named by did-you-mean. */
  readonly aliases: readonly string[];
}

export const FORMATS = [
  { id: 'DICOM', description: 'Digital Imaging and Communications in Medicine', aliases: ['DCM'] },
  { id: 'PNG', description: 'Portable Network Graphics', aliases: [] },
  { id: 'JPEG', description: 'JPEG image', aliases: ['JPG'] },
  { id: 'TIFF', description: 'Tagged Image File Format', aliases: ['TIF'] },
  { id: 'SVS', description: 'Aperio whole-slide image', aliases: [] },
  { id: 'PGM', description: 'Portable Graymap', aliases: [] },
  { id: 'BMP', description: 'Bitmap image', aliases: [] },
  { id: 'MAT', description: 'MATLAB data file', aliases: ['MATLAB'] },
  { id: 'NIfTI', description: 'Neuroimaging Informatics Technology Initiative', aliases: ['NII', 'NIFTI'] },
  { id: 'NRRD', description: 'Nearly Raw Raster Data', aliases: [] },
  { id: 'HDF5', description: 'Hierarchical Data Format 5', aliases: ['H5'] },
  { id: 'NumPy', description: 'NumPy array file', aliases: ['NPY', 'NPZ'] },
  { id: 'CSV', description: 'Comma-separated values', aliases: [] },
  { id: 'XML', description: 'Extensible Markup Language', aliases: [] },
] as const satisfies readonly FileFormat[];

export type FormatId = (typeof FORMATS)[number]['id'];
export const FORMAT_IDS = FORMATS.map((f) => f.id) as FormatId[];

/**
 * Words people write in a Format column that are not file formats. The importer and the linter
 * name them explicitly instead of offering a did-you-mean.
 */
export const NOT_FORMATS: Readonly<Record<string, string>> = {
  RGB: 'a colour model, not a file format',
  RAW: 'a description, not a file format',
  IMAGES: 'a description, not a file format',
};

export interface AccessKind {
  readonly id: string;
  /** The link text the README shows for this kind of access. */
  readonly linkText: string;
  readonly description: string;
}

export const ACCESS_KINDS = [
  { id: 'download', linkText: 'Download here', description: 'Files can be downloaded directly.' },
  { id: 'registration', linkText: 'Register to download', description: 'Download after creating an account or accepting terms.' },
  { id: 'request', linkText: 'Request permission', description: 'Access is granted on request.' },
  { id: 'contact', linkText: 'Contact the authors', description: 'Write to the authors to obtain the data.' },
] as const satisfies readonly AccessKind[];

export type AccessKindId = (typeof ACCESS_KINDS)[number]['id'];
export const ACCESS_KIND_IDS = ACCESS_KINDS.map((a) => a.id) as AccessKindId[];

export const SIZE_UNITS = ['KB', 'MB', 'GB', 'TB'] as const;
export type SizeUnit = (typeof SIZE_UNITS)[number];

/** Decimal (SI) multipliers: repositories such as TCIA and Kaggle report sizes in powers of 1000. */
export const SIZE_UNIT_BYTES: Readonly<Record<SizeUnit, number>> = {
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
};

export const TASKS = [
  'classification',
  'detection',
  'segmentation',
  'registration',
  'reconstruction',
  'response-prediction',
  'radiogenomics',
  'synthesis',
] as const;
export type Task = (typeof TASKS)[number];

/** Earliest year a public breast imaging dataset plausibly dates from (digitised film included). */
export const MIN_YEAR = 1980;

export function modalityById(id: string): (typeof MODALITIES)[number] | undefined {
  return MODALITIES.find((m) => m.id === id);
}

export function accessKindById(id: string): (typeof ACCESS_KINDS)[number] | undefined {
  return ACCESS_KINDS.find((a) => a.id === id);
}
