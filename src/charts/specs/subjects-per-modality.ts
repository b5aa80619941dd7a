/**
 * Total subjects per modality: bars, largest first, the total above each bar. A linear scale:
 * totals for the 35 datasets span about 1,000 to 9,500, so the shortest bar is still a tenth of
 * the tallest and every total is written on its bar. A log scale would shrink DBT's ninefold
 * lead over Histopathology to a small step, and readers take bar length as the amount.
 */
import type { ChartModule } from '../chart.js';
import { plural } from '../../fields/count.js';
import { byDescending, type CatalogFigures, type ModalityFigure } from '../figures.js';
import { frame } from './config.js';
import { modalityBars } from './modality-bars.js';

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
    const bars = rows(figures).map((m) => ({
      modality: m.label,
      value: m.subjects,
      label: m.subjectsText,
      note: coverage(m),
      description: `${m.label}: ${m.subjectsText} subjects, ${coverage(m)}`,
    }));
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
      ...modalityBars('subjects', bars),
    };
  },
};
