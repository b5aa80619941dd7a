/**
 * What the exports add to a record: values computed from it with the shared field helpers, kept
 * apart from the record itself so a reader can always tell what was curated from what was derived.
 */
import type { Dataset } from '../catalog/schema.js';
import { modalityById } from '../catalog/vocabularies.js';
import { sizeInBytes } from '../fields/size.js';
import { doiFromUrl } from '../fields/url.js';
import { figureStatus, type Figure } from '../catalog/evidence.js';
import { allowsCommercialUse } from '../fields/licence.js';
import type { Works } from './works.js';

/** The catalogue as a whole, named the same way in every export that describes it. */
export const CATALOGUE = {
  name: 'Breast imaging datasets',
  description:
    'A curated catalogue of public breast imaging and histopathology datasets: ultrasound, digital breast tomosynthesis, mammography, MRI and histopathology.',
} as const;

export interface Derived {
  readonly bytes: number | null;
  readonly modality_name: string;
  readonly other_modality_names: readonly string[];
  readonly doi: string | null;
  readonly citation_keys: readonly string[];
  readonly commercial_use: boolean;
  readonly sourced_figures: readonly Figure[];
  readonly unsourced_figures: readonly Figure[];
}

/** What each derived value means, for data/README.md; the keys are those of Derived, in its order. */
export const DERIVED_FIELDS: readonly { readonly name: keyof Derived; readonly description: string }[] = [
  { name: 'bytes', description: 'Download size in bytes (decimal units: 1 GB = 10^9 bytes); null when the size is unknown.' },
  { name: 'modality_name', description: "Display name of the primary modality, as the README's section heading." },
  { name: 'other_modality_names', description: 'Display names of `other_modalities`, in order; empty when there are none.' },
  {
    name: 'doi',
    description: 'DOI of the dataset itself: that of its citation of type `dataset`, else the DOI of its access link when that is a doi.org link; null when neither is known.',
  },
  { name: 'citation_keys', description: 'For each entry of `citations`, in order, its key in `citations.bib`, `citations.json` and `citations.ris`.' },
  { name: 'commercial_use', description: 'Whether the licence allows commercial use: true only for a licence of the vocabulary that does.' },
  { name: 'sourced_figures', description: 'The known figures (subjects, samples, size, year, license) that an entry of `evidence` supports.' },
  { name: 'unsourced_figures', description: 'The known figures that no entry of `evidence` supports yet.' },
];

export function derive(dataset: Dataset, works: Works): Derived {
  const status = figureStatus(dataset);
  return {
    bytes: dataset.size === null ? null : sizeInBytes(dataset.size),
    modality_name: modalityName(dataset.modality),
    other_modality_names: (dataset.other_modalities ?? []).map(modalityName),
    doi: datasetDoi(dataset) ?? null,
    citation_keys: dataset.citations.map((_, index) => works.keyOf(dataset, index)),
    commercial_use: allowsCommercialUse(dataset.license),
    sourced_figures: status.sourced,
    unsourced_figures: status.unsourced,
  };
}

/** The DOI of the data itself: that of its citation of type dataset, else that of its access link. */
export function datasetDoi(dataset: Dataset): string | undefined {
  return dataset.citations.find((c) => c.type === 'dataset' && c.doi !== undefined)?.doi ?? doiFromUrl(dataset.access.url);
}

function modalityName(id: string): string {
  const modality = modalityById(id);
  if (modality === undefined) throw new Error(`unknown modality ${id}: records must be validated before export`);
  return modality.display;
}
