/**
 * The body shared by the per-modality bar charts: one bar a modality in the order given, in the
 * modality's colour, its value written in bold above it and, when given, a quieter note under the
 * value. No value axis: every bar carries its number.
 */
import { MUTED_TEXT, modalityScale } from '../palette.js';
import { LABEL_FONT_SIZE } from './config.js';

export interface ModalityBar {
  readonly modality: string;
  readonly value: number;
  /** The value as written above the bar. */
  readonly label: string;
  /** A second, quieter line under the value. */
  readonly note?: string;
  /** What a screen reader says for the bar in the SVG. */
  readonly description: string;
}

/** `field` names the value in the data, so the compiled spec reads as what it shows. */
export function modalityBars(field: string, bars: readonly ModalityBar[]) {
  const noted = bars.some((bar) => bar.note !== undefined);
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const valueLayer = {
    mark: { type: 'text' as const, baseline: 'bottom' as const, dy: noted ? -22 : -6, fontWeight: 'bold' as const, aria: false },
    encoding: { text: { field: 'label', type: 'nominal' as const } },
  };
  const noteLayer = {
    mark: { type: 'text' as const, baseline: 'bottom' as const, dy: -6, fontSize: LABEL_FONT_SIZE - 1, color: MUTED_TEXT, aria: false },
    encoding: { text: { field: 'note', type: 'nominal' as const } },
  };
  return {
    data: {
      values: bars.map((bar) => ({
        modality: bar.modality,
        [field]: bar.value,
        label: bar.label,
        ...(bar.note === undefined ? {} : { note: bar.note }),
        description: bar.description,
      })),
    },
    encoding: {
      x: {
        field: 'modality',
        type: 'nominal' as const,
        sort: bars.map((bar) => bar.modality),
        axis: { title: null, labelAngle: 0, ticks: false, labelPadding: 8 },
      },
      y: {
        field,
        type: 'quantitative' as const,
        // Headroom for the text written above the tallest bar.
        scale: { domain: [0, max * (noted ? 1.18 : 1.12)], nice: false },
        axis: null,
      },
    },
    layer: [
      {
        mark: { type: 'bar' as const, width: { band: 0.7 } },
        encoding: {
          color: { field: 'modality', type: 'nominal' as const, scale: modalityScale(), legend: null },
          description: { field: 'description' },
        },
      },
      valueLayer,
      ...(noted ? [noteLayer] : []),
    ],
  };
}
