/** Datasets per modality: bars, largest first, the count written above each bar. */
import type { ChartModule } from '../chart.js';
import { plural } from '../../fields/count.js';
import { byDescending, type CatalogFigures } from '../figures.js';
import { frame } from './config.js';
import { modalityBars } from './modality-bars.js';

const TITLE = 'Datasets per modality';

function rows(figures: CatalogFigures) {
  return [...figures.modalities].sort(byDescending((m) => m.datasets));
}

export const datasetsPerModality: ChartModule = {
  name: 'histogram_with_values',
  title: TITLE,

  alt(figures) {
    const values = rows(figures).map((m) => `${m.label} ${m.datasets}`);
    return `Bar chart. ${TITLE}, ${plural(figures.total, 'dataset')} in all: ${values.join(', ')}.`;
  },

  spec(figures) {
    const bars = rows(figures).map((m) => ({
      modality: m.label,
      value: m.datasets,
      label: String(m.datasets),
      description: `${m.label}: ${plural(m.datasets, 'dataset')}`,
    }));
    return {
      ...frame(400),
      description: this.alt(figures),
      title: { text: TITLE, subtitle: `${plural(figures.total, 'dataset')}, each counted once, under its primary modality` },
      ...modalityBars('datasets', bars),
    };
  },
};
