/** Datasets per modality: bars, largest first, the count written above each bar. */
import type { ChartModule } from '../chart.js';
import { byDescending, plural, type CatalogFigures } from '../figures.js';
import { modalityScale } from '../palette.js';
import { frame } from './config.js';

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
    const data = rows(figures);
    const max = Math.max(1, ...data.map((m) => m.datasets));
    return {
      ...frame(400),
      description: this.alt(figures),
      title: { text: TITLE, subtitle: `${plural(figures.total, 'dataset')}, each counted once, under its primary modality` },
      data: {
        values: data.map((m) => ({ modality: m.label, datasets: m.datasets, description: `${m.label}: ${plural(m.datasets, 'dataset')}` })),
      },
      encoding: {
        x: {
          field: 'modality',
          type: 'nominal',
          sort: data.map((m) => m.label),
          axis: { title: null, labelAngle: 0, ticks: false, labelPadding: 8 },
        },
        y: {
          field: 'datasets',
          type: 'quantitative',
          // Headroom for the value written above the tallest bar.
          scale: { domain: [0, max * 1.12], nice: false },
          axis: null,
        },
      },
      layer: [
        {
          mark: { type: 'bar', width: { band: 0.7 } },
          encoding: {
            color: { field: 'modality', type: 'nominal', scale: modalityScale(), legend: null },
            description: { field: 'description' },
          },
        },
        {
          mark: { type: 'text', baseline: 'bottom', dy: -6, fontWeight: 'bold', aria: false },
          encoding: { text: { field: 'datasets', type: 'quantitative' } },
        },
      ],
    };
  },
};
