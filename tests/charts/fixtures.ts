/** Small catalogues for the chart tests, built from Dataset records. */
import { createCatalog, type Catalog } from '../../src/catalog/catalog.js';
import type { Dataset } from '../../src/catalog/schema.js';
import { dataset } from '../helpers/dataset.js';
import type { ModalityId } from '../../src/catalog/vocabularies.js';

export { dataset };

type Row = [name: string, modality: ModalityId, subjects: number | null, samples: number | null, year: number];

/** The 35 datasets of the seed README: modality, subjects, samples and year as its tables give them. */
const SEED: readonly Row[] = [
  ['Breast Ultrasound Images (BUSI)', 'ultrasound', 600, 780, 2020],
  ['Breast Lesions USG', 'ultrasound', 256, 522, 2024],
  ['UDIAT Breast Ultrasound Dataset B', 'ultrasound', 163, 163, 2017],
  ['OASBUD', 'ultrasound', 78, 200, 2017],
  ['BUS Synthetic Dataset', 'ultrasound', 0, 500, 2023],
  ['Breast Cancer Screening DBT', 'dbt', 5060, 22032, 2024],
  ['EA1141', 'dbt', 1444, 500, 2023],
  ['VICTRE', 'dbt', 2994, 2994, 2019],
  ['CBIS-DDSM', 'mammography', 1566, 6671, 2017],
  ['CMMD', 'mammography', 1775, 3728, 2021],
  ['CDD-CESM', 'mammography', 326, 2006, 2021],
  ['VinDr-Mammo', 'mammography', 5000, 20000, 2022],
  ['INBreast', 'mammography', 115, 410, 2012],
  ['MIAS', 'mammography', null, 322, 2015],
  ['Breast Tumor Mammography Dataset for Computer Vision', 'mammography', null, 3383, 2024],
  ['ACRIN-6667', 'mri', 984, 984, 2021],
  ['ACRIN-6698', 'mri', 385, 385, 2021],
  ['ISPY1', 'mri', 222, 222, 2016],
  ['ISPY2', 'mri', 719, 719, 2022],
  ['Duke Breast Cancer MRI', 'mri', 922, 922, 2022],
  ["Breast Cancer Patients MRI's", 'mri', 700, 700, 2021],
  ['Breast MRI NACT Pilot', 'mri', 64, 64, 2023],
  ['QIN Breast DCE-MRI', 'mri', 10, 10, 2019],
  ['QIN-BREAST', 'mri', 67, 67, 2020],
  ['QIN-BREAST-02', 'mri', 13, 13, 2019],
  ['Advanced MRI Breast Lesions', 'mri', 632, 632, 2024],
  ['BREAST DIAGNOSIS', 'mri', 88, 88, 2011],
  ['Post NAT BRCA', 'histopathology', 54, 54, 2019],
  ['Breast Histopathology Images', 'histopathology', 162, 162, 2016],
  ['BreakHis', 'histopathology', 82, 7909, 2016],
  ['Breast Cancer Cell Segmentation', 'histopathology', null, 58, 2019],
  ['BCSS', 'histopathology', 25, 151, 2019],
  ['TUPAC16', 'histopathology', 500, null, 2016],
  ['CAMELYON', 'histopathology', 200, 1399, 2018],
  ['BACH', 'histopathology', null, 400, 2022],
];

export function seedDatasets(): Dataset[] {
  return SEED.map(([name, modality, subjects, samples, year]) =>
    dataset({ name, modality, subjects, samples, year, ...(name === 'BUS Synthetic Dataset' ? { synthetic: true } : {}) }),
  );
}

export function seedCatalog(): Catalog {
  return createCatalog(seedDatasets());
}
