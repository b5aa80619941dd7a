/**
 * Total subjects per modality: bars, largest first, the total above each bar. A linear scale:
 * totals for the 35 datasets span about 1,000 to 9,500, so the shortest bar is still a tenth of
 * the tallest and every total is written on its bar; a log scale would make DBT look about
 * twice Histopathology's size when it is nine times it.
 */
import type { ChartModule } from '../chart.js';
import { byDescending, plural, type CatalogFigures, type ModalityFigure } from '../figures.js';
import { MUTED_TEXT, modalityScale } from '../palette.js';
import { LABEL_FONT_SIZE, frame } from './config.js';

const TITLE = 'Total subjects per modality';

function rows(figures: CatalogFigures) {
  return [...figures.modalities].sort(byDescending((m) => m.subjects));
}

/** "from 5 of 7 datasets": how many of the modality's datasets state their subjects. */
function coverage(m: ModalityFigure): string {
  if (m.datasets === 0) return 'no datasets';
  return `from ${m.subjectsKnown} of ${plural(m.datasets, 'dataset')}`;
}

export const subjectsPerModality: ChartModule = {
  name: 'subjects_per_modality',
  title: TITLE,

  alt(figures) {
    const values = rows(figures).map((m) => (m.subjectsKnown < m.datasets ? `${m.label} ${m.subjectsText} (${coverage(m)})` : `${m.label} ${m.subjectsText}`));
    return (
      `Bar chart. ${TITLE}, ${figures.subjectsText} in all: ${values.join(', ')}. ` +
      `Subjects known for ${figures.subjectsKnown} of ${plural(figures.total, 'dataset')}.`
    );
  },

  spec(figures) {
    const data = rows(figures);
    const max = Math.max(1, ...data.map((m) => m.subjects));
    return {
      ...frame(400),
      description: this.alt(figures),
      title: {
        text: TITLE,
        subtitle: [
          `Sum over the datasets that state their subjects: ${figures.subjectsKnown} of ${figures.total}.`,
          'A patient who is in two datasets counts twice.',
        ],
      },
      data: {
        values: data.map((m) => ({
          modality: m.label,
          subjects: m.subjects,
          value: m.subjectsText,
          coverage: coverage(m),
          description: `${m.label}: ${m.subjectsText} subjects, ${coverage(m)}`,
        })),
      },
      encoding: {
        x: {
          field: 'modality',
          type: 'nominal',
          sort: data.map((m) => m.label),
          axis: { title: null, labelAngle: 0, ticks: false, labelPadding: 8 },
        },
        y: {
          field: 'subjects',
          type: 'quantitative',
          scale: { domain: [0, max * 1.18], nice: false },
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
          mark: { type: 'text', baseline: 'bottom', dy: -22, fontWeight: 'bold', aria: false },
          encoding: { text: { field: 'value', type: 'nominal' } },
        },
        {
          mark: { type: 'text', baseline: 'bottom', dy: -6, fontSize: LABEL_FONT_SIZE - 1, color: MUTED_TEXT, aria: false },
          encoding: { text: { field: 'coverage', type: 'nominal' } },
        },
      ],
    };
  },
};
