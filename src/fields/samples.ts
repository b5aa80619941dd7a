/** The Samples column: a count with its unit ("10,239 images"), or N/A. */
import { SAMPLE_UNITS, sampleUnitLabel, type SampleUnit } from '../catalog/vocabularies.js';
import { formatCount, parseCount, type CountParse } from './count.js';
import { NA } from './na.js';

export function formatSamples(count: number | null, unit: SampleUnit | undefined): string {
  if (count === null) return NA;
  return unit === undefined ? formatCount(count) : `${formatCount(count)} ${sampleUnitLabel(unit, count)}`;
}

export interface SamplesParse {
  /** The count, read as a Subjects cell is read. */
  readonly count: CountParse;
  /** The unit written after it, when there is one the vocabulary knows. */
  readonly unit?: SampleUnit;
  /** Words after the number that are no unit of the vocabulary. */
  readonly unknownUnit?: string;
}

/** "10,239 images", "1 slide", "3,728", "N/A": the count, and the unit when one follows it. */
export function parseSamples(raw: string): SamplesParse {
  const text = raw.trim();
  const match = /^(.*?\d)\s+([A-Za-z][A-Za-z ]*)$/.exec(text);
  if (match === null) return { count: parseCount(text) };
  const words = match[2]!.trim();
  const unit = SAMPLE_UNITS.find((u) => [sampleUnitLabel(u, 1), sampleUnitLabel(u, 2)].some((label) => label.toLowerCase() === words.toLowerCase()));
  return unit === undefined ? { count: parseCount(match[1]!), unknownUnit: words } : { count: parseCount(match[1]!), unit };
}

/** What the Subjects column says for simulated data, which has no patients. */
export const SYNTHETIC_SUBJECTS = 'Synthetic';
