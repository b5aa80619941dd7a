/**
 * The figures the charts show, computed once from the catalogue. The specs, the alt texts and the
 * README's figures table all read these, with the numbers already formatted, so a chart and the
 * text that describes it can never disagree.
 */
import { groupByModality, type Catalog } from '../catalog/catalog.js';
import { MODALITIES, type ModalityId } from '../catalog/vocabularies.js';
import { formatCount } from '../fields/count.js';
import { formatYear } from '../fields/year.js';

export interface ModalityFigure {
  readonly id: ModalityId;
  /** Short display name, the label used in every chart. */
  readonly label: string;
  /** Position in the vocabulary: the order of legends and stacks. */
  readonly rank: number;
  /** Datasets whose primary modality this is. */
  readonly datasets: number;
  /** datasets / total, 0 when the catalogue is empty. */
  readonly share: number;
  /** The share as the charts and the README print it: "34.3%". */
  readonly shareText: string;
  /** Sum of subjects over the datasets that state them. */
  readonly subjects: number;
  readonly subjectsText: string;
  /** Datasets of this modality whose subjects are known. */
  readonly subjectsKnown: number;
}

export interface YearFigure {
  readonly year: number;
  readonly yearText: string;
  /** Datasets published that year, per modality, every modality present. */
  readonly counts: Readonly<Record<ModalityId, number>>;
  readonly total: number;
}

export interface CatalogFigures {
  readonly total: number;
  /** One per modality of the vocabulary, in its order, including modalities with no dataset. */
  readonly modalities: readonly ModalityFigure[];
  /** Every year from the earliest to the latest publication year, years without datasets included. */
  readonly years: readonly YearFigure[];
  readonly subjects: number;
  readonly subjectsText: string;
  readonly subjectsKnown: number;
}

export function catalogFigures(catalog: Catalog): CatalogFigures {
  const total = catalog.datasets.length;
  const groups = groupByModality(catalog);
  const modalities = MODALITIES.map((modality, rank): ModalityFigure => {
    const datasets = groups.get(modality.id) ?? [];
    const known = datasets.flatMap((d) => (d.subjects === null ? [] : [d.subjects]));
    const subjects = known.reduce((sum, n) => sum + n, 0);
    const share = total === 0 ? 0 : datasets.length / total;
    return {
      id: modality.id,
      label: modality.short,
      rank,
      datasets: datasets.length,
      share,
      shareText: formatPercent(share),
      subjects,
      subjectsText: formatCount(subjects),
      subjectsKnown: known.length,
    };
  });

  const published = catalog.datasets.flatMap((d) => (d.year === null ? [] : [d.year]));
  const years: YearFigure[] = [];
  if (published.length > 0) {
    const first = Math.min(...published);
    const last = Math.max(...published);
    for (let year = first; year <= last; year++) {
      const counts = Object.fromEntries(
        MODALITIES.map((m) => [m.id, catalog.datasets.filter((d) => d.year === year && d.modality === m.id).length]),
      ) as Record<ModalityId, number>;
      const yearTotal = Object.values(counts).reduce((sum, n) => sum + n, 0);
      years.push({ year, yearText: formatYear(year), counts, total: yearTotal });
    }
  }

  const subjects = modalities.reduce((sum, m) => sum + m.subjects, 0);
  return {
    total,
    modalities,
    years,
    subjects,
    subjectsText: formatCount(subjects),
    subjectsKnown: modalities.reduce((sum, m) => sum + m.subjectsKnown, 0),
  };
}

/** Largest first; ties keep the vocabulary order, so the order never depends on anything else. */
export function byDescending(value: (m: ModalityFigure) => number): (a: ModalityFigure, b: ModalityFigure) => number {
  return (a, b) => value(b) - value(a) || a.rank - b.rank;
}

/** A share as a percentage with one decimal: 0.342857 → "34.3%". */
export function formatPercent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
