/**
 * Share of datasets per modality: a donut, largest slice first from twelve o'clock, clockwise.
 * Each slice is named outside the ring, in dark text on the background, with its percentage and
 * count, and joined to its label by a leader line, so no label sits on a fill and no legend is
 * needed; the total sits in the hole. Labels are placed here, not by vega, so that small
 * neighbouring slices never get overlapping labels.
 */
import type { ChartModule } from '../chart.js';
import { plural } from '../../fields/count.js';
import { byDescending, type CatalogFigures } from '../figures.js';
import { DOMAIN, modalityScale } from '../palette.js';
import { LABEL_FONT_SIZE, PADDING, VALUE_FONT_SIZE, WIDTH, frame } from './config.js';

const TITLE = 'Share of datasets per modality';
/** The plot, below the title: the ring is centred in it and every label stays inside it. */
const PLOT_WIDTH = WIDTH - 2 * PADDING;
const PLOT_HEIGHT = 360;
const OUTER = 125;
const INNER = 72;
/** Labels start this far from the centre; a leader line joins each to its slice. */
const LABEL_RADIUS = OUTER + 18;
const LEADER_START = OUTER + 3;
const LEADER_GAP = 4;
const LINE_HEIGHT = 17;
/** A label is two lines: the modality, then its share and count. */
const LABEL_HEIGHT = 2 * LINE_HEIGHT;
const LABEL_GAP = 4;

function slices(figures: CatalogFigures) {
  const shown = [...figures.modalities].filter((m) => m.datasets > 0).sort(byDescending((m) => m.datasets));
  let start = 0;
  return shown.map((m) => {
    const end = start + m.share;
    const slice = { figure: m, start, end, mid: (start + end) / 2 };
    start = end;
    return slice;
  });
}

/** Sizes the label placement works with, for tests. */
export const DONUT = { plotHeight: PLOT_HEIGHT, outer: OUTER, labelHeight: LABEL_HEIGHT } as const;

export interface LabelPlace {
  /** Offset of the label's anchor from the centre of the ring, in pixels, y downwards. */
  readonly x: number;
  readonly y: number;
  /** The side of the ring the label is on; it runs away from the ring. */
  readonly side: 'left' | 'right';
}

/**
 * Where each slice's label goes: beside the middle of its slice, on the side of the ring the
 * slice is on, then pushed apart vertically so no two labels of a side overlap, and out
 * horizontally so none reaches into the ring. `mids` are fractions of a turn, clockwise from
 * twelve o'clock.
 */
export function placeLabels(mids: readonly number[]): LabelPlace[] {
  const places = mids.map((mid) => {
    const angle = 2 * Math.PI * mid;
    return {
      x: Math.sin(angle) * LABEL_RADIUS,
      y: -Math.cos(angle) * LABEL_RADIUS,
      side: Math.sin(angle) >= 0 ? ('right' as const) : ('left' as const),
    };
  });
  const limit = PLOT_HEIGHT / 2 - LABEL_HEIGHT / 2;
  for (const side of ['left', 'right'] as const) {
    const column = places.filter((p) => p.side === side).sort((a, b) => a.y - b.y);
    // Push down what overlaps the label above it, then pull up what went past the bottom.
    for (let i = 1; i < column.length; i++) column[i]!.y = Math.max(column[i]!.y, column[i - 1]!.y + LABEL_HEIGHT + LABEL_GAP);
    for (let i = column.length - 1; i >= 0; i--) {
      const below = i === column.length - 1 ? limit : column[i + 1]!.y - LABEL_HEIGHT - LABEL_GAP;
      column[i]!.y = Math.max(-limit, Math.min(column[i]!.y, below));
    }
  }
  return places.map((p) => {
    // The label's edge nearest the centre must clear the ring at every height the label covers.
    const nearest = Math.max(0, Math.abs(p.y) - LABEL_HEIGHT / 2);
    const clear = nearest >= LABEL_RADIUS ? 0 : Math.sqrt(LABEL_RADIUS ** 2 - nearest ** 2);
    const x = Math.max(Math.abs(p.x), clear);
    return { x: p.side === 'right' ? x : -x, y: p.y, side: p.side };
  });
}

export const modalityShare: ChartModule = {
  name: 'piechart',
  title: TITLE,

  alt(figures) {
    const values = slices(figures).map(({ figure: m }) => `${m.label} ${m.shareText} (${m.datasets})`);
    return `Donut chart. ${TITLE}, of ${plural(figures.total, 'dataset')}: ${values.join(', ')}.`;
  },

  spec(figures) {
    const shown = slices(figures);
    const places = placeLabels(shown.map((slice) => slice.mid));
    const [cx, cy] = [PLOT_WIDTH / 2, PLOT_HEIGHT / 2];
    const data = shown.map(({ figure: m, start, end, mid }, i) => {
      const place = places[i]!;
      const angle = 2 * Math.PI * mid;
      const outwards = place.side === 'right' ? 1 : -1;
      return {
        modality: m.label,
        start,
        end,
        // Pixel positions in the plot: the label's anchor, and its leader line from the ring.
        labelX: cx + place.x,
        labelY: cy + place.y,
        leaderX: cx + Math.sin(angle) * LEADER_START,
        leaderY: cy - Math.cos(angle) * LEADER_START,
        leaderX2: cx + place.x - outwards * LEADER_GAP,
        // To the middle of the label's first line, the modality's name.
        leaderY2: cy + place.y - LINE_HEIGHT / 2,
        align: place.side === 'right' ? 'left' : 'right',
        label: [m.label, `${m.shareText} (${m.datasets})`],
        description: `${m.label}: ${plural(m.datasets, 'dataset')}, ${m.shareText}`,
      };
    });
    const pixels = (field: string) => ({ field, type: 'quantitative' as const, scale: null });
    const labels = (align: 'left' | 'right') => ({
      transform: [{ filter: `datum.align === '${align}'` }],
      mark: { type: 'text' as const, align, baseline: 'middle' as const, fontSize: LABEL_FONT_SIZE, lineHeight: LINE_HEIGHT, aria: false },
      encoding: { x: pixels('labelX'), y: pixels('labelY'), text: { field: 'label' } },
    });
    return {
      ...frame(PLOT_HEIGHT),
      // The plot keeps the size given, so the centre and the label positions are known pixels.
      width: PLOT_WIDTH,
      autosize: { type: 'pad' },
      description: this.alt(figures),
      title: { text: TITLE, subtitle: `${plural(figures.total, 'dataset')}, each counted once, under its primary modality` },
      data: { values: data },
      layer: [
        {
          mark: { type: 'arc', outerRadius: OUTER, innerRadius: INNER, stroke: '#FFFFFF', strokeWidth: 2 },
          encoding: {
            theta: { field: 'start', type: 'quantitative', scale: { domain: [0, 1], range: [0, 2 * Math.PI] } },
            theta2: { field: 'end' },
            color: { field: 'modality', type: 'nominal', scale: modalityScale(), legend: null },
            description: { field: 'description' },
          },
        },
        {
          mark: { type: 'rule', color: DOMAIN, strokeWidth: 1, aria: false },
          encoding: { x: pixels('leaderX'), y: pixels('leaderY'), x2: { field: 'leaderX2' }, y2: { field: 'leaderY2' } },
        },
        labels('left'),
        labels('right'),
        {
          data: { values: [{ label: [String(figures.total), figures.total === 1 ? 'dataset' : 'datasets'] }] },
          mark: { type: 'text', fontSize: VALUE_FONT_SIZE, fontWeight: 'bold', lineHeight: 18, baseline: 'middle', dy: -9, aria: false },
          encoding: { text: { field: 'label' } },
        },
      ],
    };
  },
};
