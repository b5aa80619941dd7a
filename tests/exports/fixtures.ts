/** Fixture records for the export tests: a few real-looking ones and some with hostile text. */
import { createCatalog, type Catalog } from '../../src/catalog/catalog.js';
import type { Dataset } from '../../src/catalog/schema.js';
import { dataset } from '../helpers/dataset.js';

export { dataset };

export const REAL: readonly Dataset[] = [
  dataset({
    id: 'cbis-ddsm',
    name: 'CBIS-DDSM',
    modality: 'mammography',
    subjects: 1566,
    samples: 6671,
    formats: ['DICOM'],
    size: { value: 161.51, unit: 'GB' },
    year: 2017,
    citations: [
      {
        title: 'A curated mammography data set for use in computer-aided detection and diagnosis research',
        url: 'https://www.nature.com/articles/sdata2017177',
      },
    ],
    access: { kind: 'download', url: 'https://www.cancerimagingarchive.net/collection/cbis-ddsm/' },
    summary: 'A large set of annotated mammograms, excellent for classification, detection of calcifications, and mass segmentation tasks.',
    tasks: ['classification', 'detection', 'segmentation'],
  }),
  dataset({
    id: 'cmmd',
    name: 'CMMD',
    subjects: 1775,
    samples: 3728,
    formats: ['DICOM'],
    size: { value: 22.86, unit: 'GB' },
    year: 2021,
    citations: [
      {
        title:
          'The Chinese Mammography Database (CMMD): An online mammography database with biopsy confirmed types for machine diagnosis of breast',
        url: 'https://doi.org/10.7937/tcia.eqde-4b16',
      },
    ],
    access: { kind: 'download', url: 'https://doi.org/10.7937/tcia.eqde-4b16' },
    summary: 'Mammograms from a Chinese cohort, useful for cross-population studies, lesion detection, and classification.',
  }),
  dataset({
    id: 'acrin-6698',
    name: 'ACRIN-6698',
    modality: 'mri',
    subjects: 385,
    samples: 385,
    formats: ['DICOM'],
    size: { value: 1.94, unit: 'TB' },
    year: 2021,
    citations: [{ title: 'ACRIN 6698/I-SPY2 Breast DWI (Data set)', url: 'https://doi.org/10.7937/tcia.kk02-6d95' }],
    access: { kind: 'download', url: 'https://doi.org/10.7937/tcia.kk02-6d95' },
    summary: 'Rich MRI datasets for assessing neoadjuvant chemotherapy response.',
  }),
  dataset({
    id: 'ispy2',
    name: 'ISPY2',
    modality: 'mri',
    subjects: 719,
    samples: 719,
    formats: ['DICOM'],
    size: { value: 4.16, unit: 'TB' },
    year: 2022,
    citations: [
      { title: 'I-SPY 2 Breast Dynamic Contrast Enhanced MRI Trial (ISPY2)  (Version 1) (Data set)', url: 'https://doi.org/10.7937/TCIA.D8Z0-9T85' },
      { title: 'ACRIN 6698/I-SPY2 Breast DWI (Data set)', url: 'https://doi.org/10.7937/TCIA.KK02-6D95' },
    ],
    access: { kind: 'download', url: 'https://www.cancerimagingarchive.net/collection/ispy2/' },
    summary: 'Multiparametric MRI for evaluating early response to therapy.',
  }),
  dataset({
    id: 'breast-cancer-patients-mris',
    name: "Breast Cancer Patients MRI's",
    modality: 'mri',
    subjects: 700,
    samples: 700,
    formats: ['JPEG'],
    size: { value: 201.4, unit: 'MB' },
    year: 2021,
    access: { kind: 'download', url: 'https://www.kaggle.com/datasets/uzairkhan45/breast-cancer-patients-mris' },
    summary: 'JPG-format MRI slices suited for basic classification and proof-of-concept tasks.',
  }),
  dataset({
    id: 'bus-synthetic',
    name: 'BUS Synthetic Dataset',
    modality: 'ultrasound',
    subjects: 0,
    samples: 500,
    formats: ['PNG'],
    size: { value: 9.7, unit: 'MB' },
    year: 2023,
    synthetic: true,
    access: { kind: 'download', url: 'https://data.mendeley.com/datasets/r4phtn49r7/1' },
    summary: 'Synthetic ultrasound images (around 500×500 px) generated for model training and data augmentation.',
  }),
  dataset({
    id: 'inbreast',
    name: 'INBreast',
    subjects: 115,
    samples: 410,
    year: 2012,
    citations: [{ title: 'INbreast: toward a full-field digital mammographic database', url: 'https://pubmed.ncbi.nlm.nih.gov/22078258/' }],
    access: { kind: 'contact', url: 'https://pubmed.ncbi.nlm.nih.gov/22078258/' },
    summary: 'High-quality full-field digital mammograms with detailed annotations, ideal for algorithm benchmarking.',
  }),
  dataset({
    id: 'bach',
    name: 'BACH',
    modality: 'histopathology',
    other_modalities: ['mammography'],
    samples: 400,
    formats: ['SVS', 'TIFF'],
    size: { value: 18.23, unit: 'GB' },
    year: 2022,
    citations: [{ title: 'Bach: Grand challenge on breast cancer histology images', url: 'https://arxiv.org/abs/1808.04277' }],
    access: { kind: 'registration', url: 'https://www.kaggle.com/datasets/truthisneverlinear/bach-breast-cancer-histology-images' },
    summary: 'Balanced dataset of four histopathological classes (normal, benign, in situ, invasive).',
    license: 'CC-BY-NC-ND-4.0',
    doi: '10.5281/zenodo.3632035',
    notes: 'Mammography is only a handful of images.',
  }),
];

/** Text that every format escapes in its own way. */
export const HOSTILE: readonly Dataset[] = [
  dataset({
    id: 'hostile-quotes',
    name: 'Quotes "double", \'single\', commas, and semicolons; all in one',
    modality: 'ultrasound',
    citations: [
      { title: 'A title; with a semicolon, a comma and a back\\slash', url: 'https://example.org/a;b?x=1&y=2#frag' },
      { title: 'Braces {like} these } and { unbalanced', url: 'https://example.org/{odd}\\path' },
    ],
    summary: 'Summary with "quotes", a comma, and a line-like text \u2028 no, just text.',
  }),
  dataset({
    id: 'hostile-tex',
    name: 'Café Über & Co: 100% #1 $5 ~x^2 a_b <tag> {braced} back\\slash',
    modality: 'histopathology',
    citations: [
      { title: 'Étude über Ångström × résolution: 50% of #cases cost $3 ~ x^2, a_b & <c>', url: 'https://doi.org/10.1000/%7Bodd%7D_%23x' },
    ],
    summary: 'Accents é, ü, Å and signs × and – survive.',
    license: 'Custom licence, see "terms" & conditions',
    notes: 'Notes, with a comma.',
  }),
  dataset({ id: 'hostile-lead', name: '=SUM(A1) leading formula sign', modality: 'dbt', summary: '-starts with a dash' }),
];

export function fixtureCatalog(): Catalog {
  return createCatalog([...REAL, ...HOSTILE]);
}

/** Reads a list cell of datasets.csv as documented: `;` separates, `\` escapes the next character. */
export function splitList(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [''];
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\') items[items.length - 1] += cell[++i] ?? '';
    else if (c === ';') items.push('');
    else items[items.length - 1] += c;
  }
  return items;
}
