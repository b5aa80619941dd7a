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

/**
 * Modalities a dataset may hold beside its primary one, with no README section of their own: a
 * modality gets a section (and joins MODALITIES) once at least two datasets are primarily of it.
 */
export const OTHER_MODALITIES = [
  { id: 'pet-ct', display: 'PET/CT', short: 'PET/CT' },
  { id: 'ct', display: 'CT', short: 'CT' },
] as const satisfies readonly Modality[];
export type AnyModalityId = ModalityId | (typeof OTHER_MODALITIES)[number]['id'];
export const ANY_MODALITY_IDS = [...MODALITY_IDS, ...OTHER_MODALITIES.map((m) => m.id)] as AnyModalityId[];

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
  { id: 'JSON', description: 'JavaScript Object Notation', aliases: ['GEOJSON'] },
  { id: 'NDPI', description: 'Hamamatsu whole-slide image', aliases: [] },
  { id: 'MRXS', description: '3DHISTECH MIRAX whole-slide image', aliases: ['MIRAX'] },
  { id: 'LJPEG', description: 'Lossless JPEG, as the original DDSM distributes its films', aliases: ['LJPG'] },
  { id: 'MP4', description: 'MPEG-4 video', aliases: ['MPEG4'] },
  { id: 'AVI', description: 'Audio Video Interleave video', aliases: [] },
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
  { id: 'download', linkText: 'Download here', description: 'Files can be downloaded directly, with no account.' },
  {
    id: 'registration',
    linkText: 'Register to download',
    description: 'Download after creating an account or accepting terms on the site (Kaggle, grand-challenge, Synapse).',
  },
  {
    id: 'request',
    linkText: 'Request permission',
    description: 'An application and a data use agreement, reviewed before access is granted (PhysioNet credentialed data, EMBED, OMI-DB).',
  },
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
  'risk-prediction',
  'survival-prediction',
  'radiogenomics',
  'synthesis',
] as const;
export type Task = (typeof TASKS)[number];

/** What a sample count counts: the README shows it with the number ("10,239 images"). */
export const SAMPLE_UNITS = ['images', 'volumes', 'series', 'studies', 'slides', 'patches', 'rois', 'videos', 'signals'] as const;
export type SampleUnit = (typeof SAMPLE_UNITS)[number];

/** How a unit is written beside a number: `rois` reads as "ROIs"; one of each reads in the singular. */
export function sampleUnitLabel(unit: SampleUnit, count: number | null): string {
  const plural = unit === 'rois' ? 'ROIs' : unit;
  if (count !== 1) return plural;
  return plural === 'series' ? 'series' : plural.replace(/s$/, '').replace(/ie$/, 'y');
}

export interface Annotation {
  readonly id: string;
  /** As the README and the finder show it. */
  readonly label: string;
  readonly description: string;
}

export const ANNOTATIONS = [
  { id: 'masks', label: 'segmentation masks', description: 'Outlines or pixel masks of lesions, tissue or cells.' },
  { id: 'boxes', label: 'bounding boxes', description: 'Boxes around lesions or structures.' },
  { id: 'points', label: 'points', description: 'Point marks, such as mitoses or lesion centres.' },
  { id: 'birads', label: 'BI-RADS', description: 'BI-RADS assessment categories.' },
  { id: 'density', label: 'breast density', description: 'Breast density categories.' },
  { id: 'pathology', label: 'pathology', description: 'Diagnosis per case, image or region: benign or malignant, histological subtype, grade.' },
  { id: 'molecular', label: 'molecular', description: 'Receptor status, molecular subtype, gene expression.' },
  { id: 'clinical', label: 'clinical data', description: 'Age, treatment and other clinical variables.' },
  { id: 'outcomes', label: 'outcomes', description: 'Treatment response, recurrence or survival.' },
  { id: 'reports', label: 'reports', description: 'Radiology or pathology reports.' },
] as const satisfies readonly Annotation[];
export type AnnotationId = (typeof ANNOTATIONS)[number]['id'];
export const ANNOTATION_IDS = ANNOTATIONS.map((a) => a.id) as AnnotationId[];

export interface Licence {
  /** SPDX identifier. */
  readonly id: string;
  /** Short name, as the README shows it. */
  readonly label: string;
  readonly url: string;
  /** Whether the licence allows commercial use. */
  readonly commercial: boolean;
}

/** The SPDX licences records may name by identifier; any other licence is written with its name and URL. */
export const LICENCES = [
  { id: 'CC0-1.0', label: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/', commercial: true },
  { id: 'PDDL-1.0', label: 'PDDL 1.0', url: 'https://opendatacommons.org/licenses/pddl/1-0/', commercial: true },
  { id: 'CC-BY-4.0', label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', commercial: true },
  { id: 'CC-BY-3.0', label: 'CC BY 3.0', url: 'https://creativecommons.org/licenses/by/3.0/', commercial: true },
  { id: 'CC-BY-SA-4.0', label: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/', commercial: true },
  { id: 'CC-BY-ND-4.0', label: 'CC BY-ND 4.0', url: 'https://creativecommons.org/licenses/by-nd/4.0/', commercial: true },
  { id: 'CC-BY-NC-4.0', label: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/', commercial: false },
  { id: 'CC-BY-NC-3.0', label: 'CC BY-NC 3.0', url: 'https://creativecommons.org/licenses/by-nc/3.0/', commercial: false },
  { id: 'CC-BY-NC-SA-4.0', label: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/', commercial: false },
  { id: 'CC-BY-NC-SA-3.0', label: 'CC BY-NC-SA 3.0', url: 'https://creativecommons.org/licenses/by-nc-sa/3.0/', commercial: false },
  { id: 'CC-BY-NC-ND-4.0', label: 'CC BY-NC-ND 4.0', url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/', commercial: false },
  { id: 'ODbL-1.0', label: 'ODbL 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/', commercial: true },
  { id: 'MIT', label: 'MIT', url: 'https://opensource.org/license/mit', commercial: true },
  { id: 'Apache-2.0', label: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0', commercial: true },
] as const satisfies readonly Licence[];
export type LicenceId = (typeof LICENCES)[number]['id'];
export const LICENCE_IDS = LICENCES.map((l) => l.id) as LicenceId[];

/** The kinds of work a citation can be, named as in CSL where CSL has them. */
export const CITATION_TYPES = ['article', 'dataset', 'preprint', 'conference-paper', 'book-chapter', 'thesis', 'web-page'] as const;
export type CitationType = (typeof CITATION_TYPES)[number];

/** Earliest year a public breast imaging dataset plausibly dates from (digitised film included). */
export const MIN_YEAR = 1980;

export function modalityById(id: string): Modality | undefined {
  return [...MODALITIES, ...OTHER_MODALITIES].find((m) => m.id === id);
}

export function licenceById(id: string): (typeof LICENCES)[number] | undefined {
  return LICENCES.find((l) => l.id === id);
}

export function annotationById(id: string): (typeof ANNOTATIONS)[number] | undefined {
  return ANNOTATIONS.find((a) => a.id === id);
}

export function accessKindById(id: string): (typeof ACCESS_KINDS)[number] | undefined {
  return ACCESS_KINDS.find((a) => a.id === id);
}
