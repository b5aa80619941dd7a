/** The validated catalogue: every record, in README order (modality order, then name). */
import type { Dataset } from './schema.js';
import { MODALITIES, type ModalityId } from './vocabularies.js';
import { compareText } from '../report/message.js';

export interface Catalog {
  readonly datasets: readonly Dataset[];
}

export function createCatalog(datasets: readonly Dataset[]): Catalog {
  return { datasets: [...datasets].sort(compareDatasets) };
}

const MODALITY_RANK = new Map<string, number>(MODALITIES.map((m, i) => [m.id, i]));

/** Modality order from the vocabulary, then name (case-insensitive, code-point order), then id. */
export function compareDatasets(a: Dataset, b: Dataset): number {
  return (
    (MODALITY_RANK.get(a.modality) ?? 99) - (MODALITY_RANK.get(b.modality) ?? 99) ||
    compareText(a.name.toLowerCase(), b.name.toLowerCase()) ||
    compareText(a.id, b.id)
  );
}

/** Datasets grouped by primary modality, every modality of the vocabulary present, in its order. */
export function groupByModality(catalog: Catalog): Map<ModalityId, Dataset[]> {
  const groups = new Map<ModalityId, Dataset[]>(MODALITIES.map((m) => [m.id, []]));
  for (const dataset of catalog.datasets) groups.get(dataset.modality)?.push(dataset);
  return groups;
}
