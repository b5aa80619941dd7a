/** Which of a record's figures are backed by a quoted source: the evidence the catalogue stands on. */
import { FIGURES, type Dataset } from './schema.js';

export type Figure = (typeof FIGURES)[number];

/** Whether the record states the figure: a null count or size, or a missing licence, states nothing. */
export function isKnown(dataset: Dataset, figure: Figure): boolean {
  switch (figure) {
    case 'subjects':
      return dataset.subjects !== null;
    case 'samples':
      return dataset.samples !== null;
    case 'size':
      return dataset.size !== null;
    case 'year':
      return dataset.year !== null;
    case 'license':
      return dataset.license !== undefined;
  }
}

export function isSourced(dataset: Dataset, field: string): boolean {
  return dataset.evidence.some((entry) => (entry.supports as readonly string[]).includes(field));
}

export interface FigureStatus {
  /** Known figures that an evidence entry supports, in FIGURES order. */
  readonly sourced: Figure[];
  /** Known figures that no evidence entry supports. */
  readonly unsourced: Figure[];
}

export function figureStatus(dataset: Dataset): FigureStatus {
  const known = FIGURES.filter((figure) => isKnown(dataset, figure));
  return { sourced: known.filter((f) => isSourced(dataset, f)), unsourced: known.filter((f) => !isSourced(dataset, f)) };
}
