/**
 * Share of datasets per modality: a donut, largest slice first from twelve o'clock, clockwise.
 * Each slice is named outside the ring, in dark text on the background, with its percentage and
 * count, so no label sits on a fill and no legend is needed; the total sits in the hole.
 */
import type { ChartModule } from '../chart.js';
import { byDescending, plural, type CatalogFigures } from '../figures.js';
import { modalityScale } from '../palette.js';
import { LABEL_FONT_SIZE, VALUE_FONT_SIZE, frame } from './config.js';

const TITLE = 'Share of datasets per modality';
const HEIGHT = 440;
const OUTER = 125;
const INNER = 72;
const LABEL_RADIUS = OUTER + 12;

function slices(figures: CatalogFigures) {
  const shown = [...figures.modalities].filter((m) => m.datasets > 0).sort(byDescending((m) => m.datasets));
  let start = 0;
  return shown.map((m) => {
    const end = start + m.share;
    const mid = (start + end) / 2;
    const slice = { figure: m, start, end, mid };
    start = end;
    return slice;
  });
}

/** Which way a label runs from its anchor: away from the ring, centred near the top and bottom. */
function side(mid: number): 'left' | 'right' | 'center' {
  const x = Math.sin(2 * Math.PI * mid);
  return x > 0.2 ? 'left' : x < -0.2 ? 'right' : 'center';
}

export const modalityShare: ChartModule = {
  name: 'piechart',
  title: TITLE,

  alt(figures) {
    const values = slices(figures).map(({ figure: m }) => `${m.label} ${m.shareText} (${m.datasets})`);
    return `Donut chart. ${TITLE}, of ${plural(figures.total, 'dataset')}: ${values.join(', ')}.`;
  },

  spec(figures) {
    const data = slices(figures).map(({ figure: m, start, end, mid }) => ({
      modality: m.label,
      start,
      end,
      mid,
      align: side(mid),
      // Beside the ring a label is centred on its anchor; above it, it sits on it; below, it hangs.
      baseline: side(mid) !== 'center' ? 'middle' : Math.cos(2 * Math.PI * mid) > 0 ? 'bottom' : 'top',
      description: `${m.label}: ${plural(m.datasets, 'dataset')}, ${m.shareText}`,
      label: [m.label, `${m.shareText} (${m.datasets})`],
    }));
    const theta = { field: 'start', type: 'quantitative' as const, scale: { domain: [0, 1], range: [0, 2 * Math.PI] } };
    const labels = (align: 'left' | 'right' | 'center', baseline: 'middle' | 'top' | 'bottom') => ({
      transform: [{ filter: `datum.align === '${align}' && datum.baseline === '${baseline}'` }],
      mark: { type: 'text' as const, align, baseline, radius: LABEL_RADIUS, fontSize: LABEL_FONT_SIZE, lineHeight: 17, aria: false },
      encoding: { theta: { ...theta, field: 'mid' }, text: { field: 'label' } },
    });
    return {
      ...frame(HEIGHT),
      description: this.alt(figures),
      title: { text: TITLE, subtitle: `${plural(figures.total, 'dataset')}, each counted once, under its primary modality` },
      data: { values: data },
      layer: [
        {
          mark: { type: 'arc', outerRadius: OUTER, innerRadius: INNER, stroke: '#FFFFFF', strokeWidth: 2 },
          encoding: {
            theta,
            theta2: { field: 'end' },
            description: { field: 'description' },
            color: { field: 'modality', type: 'nominal', scale: modalityScale(), legend: null },
          },
        },
        labels('left', 'middle'),
        labels('right', 'middle'),
        labels('center', 'bottom'),
        labels('center', 'top'),
        {
          data: { values: [{ label: [String(figures.total), 'datasets'] }] },
          mark: { type: 'text', fontSize: VALUE_FONT_SIZE, fontWeight: 'bold', lineHeight: 18, baseline: 'middle', dy: -9, aria: false },
          encoding: { text: { field: 'label' } },
        },
      ],
    };
  },
};
