/**
 * Datasets per publication year, stacked by modality in the vocabulary's order and colours.
 * Every year from the earliest to the latest is on the axis, so a gap shows as a gap. The year's
 * total is written above its stack and, where a stack has more than one modality, the count of
 * each on its segment (black or white, whichever contrasts more with the fill) when the segment
 * is tall enough to hold it.
 */
import type { ChartModule } from '../chart.js';
import { plural } from '../../fields/count.js';
import { type CatalogFigures } from '../figures.js';
import { MODALITY_COLOURS, modalityScale, textOn } from '../palette.js';
import { LABEL_FONT_SIZE, frame } from './config.js';
import { MODALITIES } from '../../catalog/vocabularies.js';

const TITLE = 'Datasets per publication year, by modality';
const HEIGHT = 420;
/** Height of the plot area once the title, legend and axis are taken out of HEIGHT (about). */
const PLOT_HEIGHT = 290;
/** Beyond this many years, year labels no longer fit side by side and turn upright. */
const MAX_LEVEL_YEAR_LABELS = 20;
/** Smallest segment, in pixels, that gets its count written on it. */
const MIN_LABELLED_SEGMENT = LABEL_FONT_SIZE + 5;

export const datasetsPerYear: ChartModule = {
  name: 'datasets_per_year',
  title: TITLE,

  alt(figures) {
    const published = figures.years.filter((y) => y.total > 0);
    if (published.length === 0) return `Stacked bar chart. ${TITLE}: no datasets.`;
    const first = figures.years[0]!.yearText;
    const last = figures.years[figures.years.length - 1]!.yearText;
    const values = published.map((y) => {
      const parts = MODALITIES.filter((m) => y.counts[m.id] > 0).map((m) => `${m.short} ${y.counts[m.id]}`);
      return `${y.yearText}: ${y.total} (${parts.join(', ')})`;
    });
    const empty = figures.years.filter((y) => y.total === 0).map((y) => y.yearText);
    const gaps = empty.length === 0 ? '' : ` No datasets in ${empty.join(', ')}.`;
    return `Stacked bar chart. ${TITLE}, ${first} to ${last}: ${values.join('; ')}.${gaps}`;
  },

  spec(figures) {
    const maxTotal = Math.max(1, ...figures.years.map((y) => y.total));
    const top = maxTotal * 1.1;
    const segments = figures.years.flatMap((y) => {
      const stacked = MODALITIES.filter((m) => y.counts[m.id] > 0).length > 1;
      let base = 0;
      return MODALITIES.flatMap((m) => {
        const count = y.counts[m.id];
        if (count === 0) return [];
        const segment = {
          year: y.yearText,
          modality: m.short,
          count,
          y0: base,
          y1: base + count,
          mid: base + count / 2,
          labelled: stacked && (count / top) * PLOT_HEIGHT >= MIN_LABELLED_SEGMENT,
          labelColour: textOn(MODALITY_COLOURS[m.id]),
          description: `${y.yearText}, ${m.short}: ${plural(count, 'dataset')}`,
        };
        base += count;
        return [segment];
      });
    });
    const years = figures.years.map((y) => y.yearText);
    const x = {
      field: 'year',
      type: 'ordinal' as const,
      scale: { domain: years, paddingInner: 0.25, paddingOuter: 0.15 },
      axis: { title: null, labelAngle: years.length > MAX_LEVEL_YEAR_LABELS ? -90 : 0, ticks: false, labelPadding: 6, labelBaseline: 'top' as const },
    };
    const y = {
      type: 'quantitative' as const,
      scale: { domain: [0, top], nice: false },
      axis: { title: 'Datasets', tickMinStep: 1, grid: true, domain: false, ticks: false, labelPadding: 6, tickCount: Math.min(maxTotal, 6) },
    };
    return {
      ...frame(HEIGHT),
      description: this.alt(figures),
      title: { text: TITLE, subtitle: `${plural(figures.total, 'dataset')}, each counted once, under its primary modality` },
      layer: [
        {
          data: { values: segments },
          mark: { type: 'bar', stroke: '#FFFFFF', strokeWidth: 1 },
          encoding: {
            x,
            y: { ...y, field: 'y0' },
            y2: { field: 'y1' },
            description: { field: 'description' },
            color: {
              field: 'modality',
              type: 'nominal',
              scale: modalityScale(),
              legend: { title: null, orient: 'top', direction: 'horizontal', columnPadding: 18, offset: 12 },
            },
          },
        },
        {
          data: { values: segments },
          transform: [{ filter: 'datum.labelled' }],
          mark: { type: 'text', baseline: 'middle', fontSize: LABEL_FONT_SIZE, aria: false },
          encoding: {
            x,
            y: { ...y, field: 'mid' },
            text: { field: 'count', type: 'quantitative' },
            color: { field: 'labelColour', type: 'nominal', scale: null },
          },
        },
        {
          data: { values: figures.years.filter((yr) => yr.total > 0).map((yr) => ({ year: yr.yearText, total: yr.total })) },
          mark: { type: 'text', baseline: 'bottom', dy: -4, fontWeight: 'bold', aria: false },
          encoding: { x, y: { ...y, field: 'total' }, text: { field: 'total', type: 'quantitative' } },
        },
      ],
    };
  },
};
