/**
 * What the exports add to a record: values computed from it with the shared field helpers, kept
 * apart from the record itself so a reader can always tell what was curated from what was derived.
 */
import type { Dataset } from '../catalog/schema.js';
import { modalityById } from '../catalog/vocabularies.js';
import { sizeInBytes } from '../fields/size.js';
import { doiFromUrl } from '../fields/url.js';

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
  readonly citation_dois: readonly (string | null)[];
}

/** What each derived value means, for data/README.md; the keys are those of Derived, in its order. */
export const DERIVED_FIELDS: readonly { readonly name: keyof Derived; readonly description: string }[] = [
  { name: 'bytes', description: 'Download size in bytes (decimal units: 1 GB = 10^9 bytes); null when the size is unknown.' },
  { name: 'modality_name', description: "Display name of the primary modality, as the README's section heading." },
  { name: 'other_modality_names', description: 'Display names of `other_modalities`, in order; empty when there are none.' },
  {
    name: 'doi',
    description:
      "DOI of the dataset itself: the record's `doi`, else the DOI of its access link when that is a doi.org link; null when neither is known.",
  },
  {
    name: 'citation_dois',
    description: 'For each entry of `citations`, in order, the DOI its doi.org link resolves, or null for any other link.',
  },
];

export function derive(dataset: Dataset): Derived {
  return {
    bytes: dataset.size === null ? null : sizeInBytes(dataset.size),
    modality_name: modalityName(dataset.modality),
    other_modality_names: (dataset.other_modalities ?? []).map(modalityName),
    doi: dataset.doi ?? doiFromUrl(dataset.access.url) ?? null,
    citation_dois: dataset.citations.map((citation) => doiFromUrl(citation.url) ?? null),
  };
}

function modalityName(id: string): string {
  const modality = modalityById(id);
  if (modality === undefined) throw new Error(`unknown modality ${id}: records must be validated before export`);
  return modality.display;
}

