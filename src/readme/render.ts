/**
 * The catalogue as mdast: one section per modality with its table and summaries. Cells are built
 * as mdast nodes and written by remark-stringify, so `|`, `<`, `*` and brackets in names are
 * escaped by construction and no field can break a table or become HTML or a live link.
 */
import type { Heading, List, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { groupByModality, type Catalog } from '../catalog/catalog.js';
import type { Dataset } from '../catalog/schema.js';
import { annotationById, MODALITIES } from '../catalog/vocabularies.js';
import { linkTextFor } from '../fields/access.js';
import { citationUrl, shortReference } from '../fields/citation.js';
import { formatCount } from '../fields/count.js';
import { licenceLabel, licenceUrl } from '../fields/licence.js';
import { formatSamples, SYNTHETIC_SUBJECTS } from '../fields/samples.js';
import { formatFormats } from '../fields/formats.js';
import { NA } from '../fields/na.js';
import { formatSize } from '../fields/size.js';
import { formatYear } from '../fields/year.js';
import { COLUMNS, type ColumnKey } from './columns.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const ALIGN: Partial<Record<ColumnKey, 'right'>> = { subjects: 'right', samples: 'right', size: 'right' };

export const SUMMARIES_LABEL = 'Summaries:';

/** The text of every column of a dataset's row, as the README shows it. */
export function rowCells(dataset: Dataset): Record<ColumnKey, PhrasingContent[]> {
  const citations: PhrasingContent[] = [];
  dataset.citations.forEach((citation, i) => {
    if (i > 0) citations.push(text('; '));
    const url = citationUrl(citation);
    citations.push(url === undefined ? text(shortReference(citation)) : { type: 'link', url, children: [text(shortReference(citation))] });
  });
  return {
    dataset: [text(dataset.name)],
    subjects: [text(dataset.synthetic === true && dataset.subjects === null ? SYNTHETIC_SUBJECTS : formatCount(dataset.subjects))],
    samples: [text(formatSamples(dataset.samples, dataset.sample_unit))],
    format: [text(formatFormats(dataset.formats))],
    size: [text(formatSize(dataset.size))],
    year: [text(formatYear(dataset.year))],
    cite: citations.length > 0 ? citations : [text(NA)],
    access: [{ type: 'link', url: dataset.access.url, children: [text(linkTextFor(dataset.access.kind))] }],
  };
}

export function renderTable(datasets: readonly Dataset[]): Table {
  const header: TableRow = { type: 'tableRow', children: COLUMNS.map((c) => cell([text(c.header)])) };
  const rows: TableRow[] = datasets.map((dataset) => {
    const cells = rowCells(dataset);
    return { type: 'tableRow', children: COLUMNS.map((c) => cell(cells[c.key])) };
  });
  return { type: 'table', align: COLUMNS.map((c) => ALIGN[c.key] ?? null), children: [header, ...rows] };
}

export function renderSummaries(datasets: readonly Dataset[]): RootContent[] {
  const label: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [text(SUMMARIES_LABEL)] }] };
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: datasets.map((dataset) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'strong', children: [text(`${dataset.name}:`)] }, text(` ${dataset.summary}`), { type: 'break' }, ...detailsLine(dataset)],
        },
      ],
    })),
  };
  return [label, list];
}

/**
 * The line under a summary: what the table has no room for. Unknown values say so, and the
 * sources are linked by their host, so a reader can check a figure at its origin.
 */
export function detailsLine(dataset: Dataset): PhrasingContent[] {
  const tasks = dataset.tasks === undefined ? DETAILS_UNKNOWN : dataset.tasks.map((t) => t.replace(/-/g, ' ')).join(', ');
  const annotations =
    dataset.annotations === undefined ? DETAILS_UNKNOWN : dataset.annotations.length === 0 ? 'none' : dataset.annotations.map((a) => annotationById(a)?.label ?? a).join(', ');
  const licence: PhrasingContent[] =
    dataset.license === undefined ? [text(DETAILS_UNKNOWN)] : [{ type: 'link', url: licenceUrl(dataset.license), children: [text(licenceLabel(dataset.license))] }];
  const sources: PhrasingContent[] = [];
  for (const url of [...new Set(dataset.evidence.map((e) => e.url))]) {
    if (sources.length > 0) sources.push(text(', '));
    sources.push({ type: 'link', url, children: [text(sourceLabel(url))] });
  }
  return [
    text(`${DETAILS.tasks} ${tasks}. ${DETAILS.annotations} ${annotations}. ${DETAILS.licence} `),
    ...licence,
    text(`. ${DETAILS.sources} `),
    ...(sources.length === 0 ? [text('none recorded')] : sources),
    text('.'),
  ];
}

/** The labels of the details line, which the extractor and the importer read back. */
export const DETAILS = { tasks: 'Tasks:', annotations: 'Annotations:', licence: 'Licence:', sources: 'Sources:' } as const;
export const DETAILS_UNKNOWN = 'not recorded';

/** A source as the details line and the finder page name it: its host, without www. */
export function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Every modality that has datasets, in the vocabulary's order: heading, table, summaries. */
export function renderDatasetSections(catalog: Catalog, depth: Heading['depth'] = 3): RootContent[] {
  const groups = groupByModality(catalog);
  const nodes: RootContent[] = [];
  for (const modality of MODALITIES) {
    const datasets = groups.get(modality.id) ?? [];
    if (datasets.length === 0) continue;
    nodes.push({ type: 'heading', depth, children: [text(modality.display)] }, renderTable(datasets), ...renderSummaries(datasets));
  }
  return nodes;
}

/** "5 Ultrasound, 3 DBT, 7 Mammography, 12 MRI and 8 Histopathology" */
export function modalityCountsSentence(catalog: Catalog): string {
  const groups = groupByModality(catalog);
  const parts = MODALITIES.map((m) => ({ m, n: groups.get(m.id)?.length ?? 0 }))
    .filter(({ n }) => n > 0)
    .map(({ m, n }) => `${n} ${m.short}`);
  return parts.length <= 1 ? (parts[0] ?? '0') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
