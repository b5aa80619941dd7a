/** Fixture records for the export tests: invented but shaped like the catalogue's, and some with hostile text. */
import { createCatalog, type Catalog } from '../../src/catalog/catalog.js';
import type { Citation, Dataset } from '../../src/catalog/schema.js';
import { dataset } from '../helpers/dataset.js';

export { dataset };

/** A work two datasets cite: it must appear once in the citation exports. */
export const SHARED_WORK: Citation = {
  type: 'dataset',
  title: 'Diffusion-weighted breast MRI of a treatment trial (Version 1)',
  authors: [{ family: 'Partridge', given: 'Savannah C.' }, { family: 'Zhang', given: 'Zheng' }, { literal: 'Example Trial Group' }],
  container: 'The Cancer Imaging Archive',
  container_short: 'TCIA',
  year: 2021,
  doi: '10.5555/example.dwi',
};

export const REAL: readonly Dataset[] = [
  dataset({
    id: 'screening-mammo',
    name: 'Screening Mammo',
    modality: 'mammography',
    subjects: 1566,
    samples: 10239,
    sample_unit: 'images',
    formats: ['DICOM'],
    size: { value: 163.6, unit: 'GB' },
    year: 2016,
    tasks: ['classification', 'detection', 'segmentation'],
    annotations: ['masks', 'pathology', 'birads'],
    license: 'CC-BY-3.0',
    access: { kind: 'download', url: 'https://example.org/screening-mammo/' },
    citations: [
      {
        type: 'article',
        title: 'A curated mammography data set for use in computer-aided detection and diagnosis research',
        authors: [{ family: 'Lee', given: 'Rebecca Sawyer' }, { family: 'Gimenez', given: 'Francisco' }, { family: 'Rubin', given: 'Daniel L.' }],
        container: 'Scientific Data',
        container_short: 'Sci Data',
        year: 2017,
        volume: '4',
        pages: '170177',
        doi: '10.5555/example.sdata',
        pmid: '29257132',
      },
    ],
    summary: 'Screening mammograms with lesion outlines and pathology, for classification, detection and segmentation.',
    evidence: [
      { url: 'https://example.org/screening-mammo/', quote: 'Number of Participants 1,566', supports: ['subjects'] },
      { url: 'https://example.org/screening-mammo/', quote: 'Number of Images 10239 Image Size (GB) 163.6', supports: ['samples', 'sample_unit', 'size'] },
      { url: 'https://example.org/paper', quote: 'released in 2016 under CC BY 3.0', supports: ['year', 'license'] },
    ],
  }),
  dataset({
    id: 'dwi-trial',
    name: 'DWI Trial',
    modality: 'mri',
    subjects: 385,
    samples: null,
    formats: ['DICOM'],
    size: { value: 1.94, unit: 'TB' },
    year: 2021,
    updated: 2023,
    version: '2',
    license: 'CC-BY-4.0',
    citations: [SHARED_WORK],
    access: { kind: 'download', url: 'https://doi.org/10.5555/example.dwi' },
    summary: 'Diffusion-weighted MRI of a neoadjuvant chemotherapy trial.',
    evidence: [{ url: 'https://example.org/dwi', quote: 'Subjects 385 Size 1.94TB', supports: ['subjects', 'size'] }],
  }),
  dataset({
    id: 'dce-trial',
    name: 'DCE Trial',
    modality: 'mri',
    subjects: 719,
    samples: 719,
    sample_unit: 'studies',
    formats: ['DICOM'],
    year: 2022,
    citations: [
      {
        type: 'dataset',
        title: 'Dynamic contrast-enhanced MRI of a treatment trial (Version 1)',
        authors: [{ family: 'Li', given: 'Wen' }],
        container: 'The Cancer Imaging Archive',
        year: 2022,
        doi: '10.5555/EXAMPLE.DCE',
      },
      SHARED_WORK,
    ],
    access: { kind: 'download', url: 'https://example.org/dce-trial/' },
    summary: 'Multiparametric MRI for evaluating early response to therapy.',
  }),
  dataset({
    id: 'kaggle-mri',
    name: "Breast Patients MRI's",
    modality: 'mri',
    subjects: 700,
    samples: 700,
    sample_unit: 'images',
    formats: ['JPEG'],
    size: { value: 201.4, unit: 'MB' },
    year: 2021,
    access: { kind: 'registration', url: 'https://www.kaggle.com/datasets/example/breast-mris' },
    summary: 'JPG-format MRI slices suited for basic classification and proof-of-concept tasks.',
  }),
  dataset({
    id: 'bus-synthetic',
    name: 'BUS Synthetic Dataset',
    modality: 'ultrasound',
    samples: 500,
    sample_unit: 'images',
    formats: ['PNG'],
    size: { value: 9.7, unit: 'MB' },
    year: 2023,
    synthetic: true,
    annotations: [],
    access: { kind: 'download', url: 'https://data.mendeley.com/datasets/example/1' },
    summary: 'Synthetic ultrasound images (around 500×500 px) generated for model training and data augmentation.',
  }),
  dataset({
    id: 'histo-challenge',
    name: 'Histo Challenge',
    modality: 'histopathology',
    other_modalities: ['mammography', 'pet-ct'],
    samples: 400,
    sample_unit: 'images',
    formats: ['SVS', 'TIFF'],
    year: null,
    citations: [
      { type: 'preprint', title: 'Histo: a grand challenge on breast cancer histology images', authors: [{ family: 'Aresta', given: 'Guilherme' }], container: 'arXiv', year: 2018, arxiv: '1808.04277' },
    ],
    access: { kind: 'request', url: 'https://example.org/histo' },
    summary: 'Balanced dataset of four histopathological classes (normal, benign, in situ, invasive).',
    license: 'CC-BY-NC-ND-4.0',
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
      { type: 'web-page', title: 'A title; with a semicolon, a comma and a back\\slash', authors: [{ literal: 'Group; with "quotes"' }], year: 2019, url: 'https://example.org/a;b?x=1&y=2#frag' },
      { type: 'article', title: 'Braces {like} these } and { unbalanced', authors: [{ family: "O'Brien", given: 'Siobhán' }], year: 2020, url: 'https://example.org/{odd}\\path' },
    ],
    summary: 'Summary with "quotes", a comma, and a line-like text \u2028 no, just text.',
  }),
  dataset({
    id: 'hostile-tex',
    name: 'Café Über & Co: 100% #1 $5 ~x^2 a_b <tag> {braced} back\\slash',
    modality: 'histopathology',
    citations: [
      {
        type: 'article',
        title: 'Étude über Ångström × résolution: 50% of #cases cost $3 ~ x^2, a_b & <c>',
        authors: [{ family: 'Święcicki', given: 'Albert' }, { family: 'Müller-Franzes', given: 'Gustav' }],
        container: 'Journal & Proceedings_of {Things}',
        year: 2024,
        doi: '10.1000/{odd}_#x',
      },
    ],
    summary: 'Accents é, ü, Å and signs × and – survive.',
    license: { name: 'Custom licence, see "terms" & conditions', url: 'https://example.org/terms?a=1&b=2' },
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
