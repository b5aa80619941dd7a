/** The charts of the README, in the order they appear. Adding a chart is adding a module here. */
import type { ChartModule } from './chart.js';
import { datasetsPerModality } from './specs/datasets-per-modality.js';
import { datasetsPerYear } from './specs/datasets-per-year.js';
import { modalityShare } from './specs/modality-share.js';
import { subjectsPerModality } from './specs/subjects-per-modality.js';

export const CHARTS: readonly ChartModule[] = [datasetsPerModality, modalityShare, subjectsPerModality, datasetsPerYear];

/** Charts live under images/, relative to the README, so the same path works in both. */
export const IMAGES_DIR = 'images';

export function chartPath(chart: ChartModule, extension: 'png' | 'svg' | 'vg.json'): string {
  return `${IMAGES_DIR}/${chart.name}.${extension}`;
}
