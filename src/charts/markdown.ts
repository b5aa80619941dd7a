/**
 * The charts' part of the README, as mdast: each chart image with alt text stating its numbers,
 * and tables giving the same figures. Cheap: reads the catalogue only, never loads vega.
 */
import type { AlignType, Image, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Catalog } from '../catalog/catalog.js';
import { MODALITIES } from '../catalog/vocabularies.js';
import { formatCount } from '../fields/count.js';
import type { ChartModule } from './chart.js';
import { CHARTS, chartPath } from './charts.js';
import { catalogFigures, formatPercent, type CatalogFigures } from './figures.js';
import { datasetsPerYear } from './specs/datasets-per-year.js';
import { subjectsPerModality } from './specs/subjects-per-modality.js';

export function chartMarkdown(catalog: Catalog): RootContent[] {
  const figures = catalogFigures(catalog);
  const nodes: RootContent[] = [];
  for (const chart of CHARTS) {
    nodes.push(chartImage(chart, figures));
    if (chart === subjectsPerModality) nodes.push(modalityTable(figures));
    if (chart === datasetsPerYear) nodes.push(yearTable(figures));
  }
  return nodes;
}

/** A paragraph holding the chart's PNG, its alt text stating the chart's numbers. */
export function chartImage(chart: ChartModule, figures: CatalogFigures): Paragraph {
  const image: Image = { type: 'image', url: chartPath(chart, 'png'), alt: chart.alt(figures), title: null };
  return { type: 'paragraph', children: [image] };
}

/** Datasets, share and subjects per modality, in the README's section order, with a total row. */
export function modalityTable(figures: CatalogFigures): Table {
  const header = ['Modality', 'Datasets', 'Share', 'Subjects', 'Subjects known for'];
  const rows = figures.modalities.map((m) => [
    m.label,
    String(m.datasets),
    m.shareText,
    m.subjectsText,
    `${m.subjectsKnown} of ${m.datasets}`,
  ]);
  const total = [
    'All',
    String(figures.total),
    formatPercent(figures.total === 0 ? 0 : 1),
    figures.subjectsText,
    `${figures.subjectsKnown} of ${figures.total}`,
  ];
  return table(['left', 'right', 'right', 'right', 'right'], header, rows, total);
}

/** Datasets per publication year and modality, for the years that have any, with a total row. */
export function yearTable(figures: CatalogFigures): Table {
  const header = ['Year', 'Datasets', ...MODALITIES.map((m) => m.short)];
  const rows = figures.years
    .filter((y) => y.total > 0)
    .map((y) => [y.yearText, String(y.total), ...MODALITIES.map((m) => String(y.counts[m.id]))]);
  const total = ['All', String(figures.total), ...figures.modalities.map((m) => formatCount(m.datasets))];
  return table(['left', ...header.slice(1).map((): AlignType => 'right')], header, rows, total);
}

function table(align: AlignType[], header: string[], rows: string[][], total: string[]): Table {
  const row = (cells: string[], strong = false): TableRow => ({
    type: 'tableRow',
    children: cells.map((value): TableCell => {
      const text: PhrasingContent = { type: 'text', value };
      return { type: 'tableCell', children: [strong ? { type: 'strong', children: [text] } : text] };
    }),
  });
  return { type: 'table', align, children: [row(header), ...rows.map((r) => row(r)), row(total, true)] };
}
