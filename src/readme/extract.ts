/**
 * Finds the catalogue in a README's mdast: sections by heading, dataset tables with their rows and
 * cells, and summary bullets, each with its position. Tolerant by design: extra columns, missing
 * sections, empty tables and odd whitespace give a smaller result, never an exception.
 */
import type { Heading, Link, ListItem, Nodes, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { MODALITIES, type ModalityId } from '../catalog/vocabularies.js';
import type { Span } from '../report/message.js';
import { columnForHeader, type ColumnKey } from './columns.js';

export interface LinkRef {
  readonly text: string;
  readonly url: string;
  readonly span: Span;
  readonly node: Link;
}

export interface Cell {
  /** Text content, trimmed, white space collapsed. */
  readonly text: string;
  readonly span: Span;
  /** The span of the content alone, without the pipe and padding; the cell's span when it is empty. */
  readonly content: Span;
  readonly links: readonly LinkRef[];
  readonly node: TableCell;
}

export interface Row {
  readonly cells: readonly Cell[];
  readonly span: Span;
  /** The cell in a known column, when the row has it. */
  cell(key: ColumnKey): Cell | undefined;
}

export interface DatasetTable {
  readonly node: Table;
  readonly span: Span;
  readonly header: Row;
  /** The known column of each header cell, undefined for an extra column. */
  readonly columns: readonly (ColumnKey | undefined)[];
  readonly rows: readonly Row[];
}

export interface SummaryBullet {
  /** The bold lead without its colon: "BUSI", "ISPY1 & ISPY2". */
  readonly label: string;
  readonly labelSpan: Span;
  /** The text after the label, up to a line break. */
  readonly text: string;
  /** The line after the break, when there is one: tasks, annotations, licence and sources. */
  readonly details?: { readonly text: string; readonly nodes: readonly PhrasingContent[] };
  readonly span: Span;
  readonly node: ListItem;
}

export interface HeadingInfo {
  readonly text: string;
  readonly depth: number;
  readonly span: Span;
  readonly node: Heading;
}

export interface Section {
  readonly heading: HeadingInfo;
  readonly modality: ModalityId | undefined;
  readonly tables: readonly DatasetTable[];
  readonly summaries: readonly SummaryBullet[];
}

export interface ReadmeDocument {
  readonly tree: Root;
  readonly headings: readonly HeadingInfo[];
  /** Every heading's section, in document order; the content runs to the next heading of any depth. */
  readonly sections: readonly Section[];
}

const NO_SPAN: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

export function spanOf(node: { position?: { start: { line: number; column: number }; end: { line: number; column: number } } | undefined }): Span {
  const position = node.position;
  if (position === undefined) return NO_SPAN;
  return { start: { line: position.start.line, column: position.start.column }, end: { line: position.end.line, column: position.end.column } };
}

export function cellText(node: Nodes): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

export function modalityForHeading(text: string): ModalityId | undefined {
  const normalized = text.trim().toLowerCase();
  return MODALITIES.find((m) => [m.display, m.short, m.id].some((name) => name.toLowerCase() === normalized))?.id;
}

export function extractReadme(tree: Root): ReadmeDocument {
  const headings: HeadingInfo[] = [];
  const sections: Section[] = [];
  let current: { heading: HeadingInfo; content: RootContent[] } | undefined;
  const close = () => {
    if (current !== undefined) sections.push(buildSection(current.heading, current.content));
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      close();
      const heading: HeadingInfo = { text: cellText(node), depth: node.depth, span: spanOf(node), node };
      headings.push(heading);
      current = { heading, content: [] };
    } else {
      current?.content.push(node);
    }
  }
  close();
  return { tree, headings, sections };
}

function buildSection(heading: HeadingInfo, content: readonly RootContent[]): Section {
  const tables: DatasetTable[] = [];
  const summaries: SummaryBullet[] = [];
  for (const node of content) {
    if (node.type === 'table') {
      const table = buildTable(node);
      if (table !== undefined) tables.push(table);
    } else if (node.type === 'list') {
      for (const item of node.children) {
        const bullet = summaryBullet(item);
        if (bullet !== undefined) summaries.push(bullet);
      }
    }
  }
  return { heading, modality: modalityForHeading(heading.text), tables, summaries };
}

/** A table is a dataset table when its header names a Dataset column and at least two other known columns. */
function buildTable(node: Table): DatasetTable | undefined {
  const [headerRow, ...bodyRows] = node.children;
  if (headerRow === undefined) return undefined;
  const columns = headerRow.children.map((cell) => columnForHeader(cellText(cell)));
  const known = columns.filter((c) => c !== undefined);
  if (!known.includes('dataset') || known.length < 3) return undefined;
  const toRow = (row: Table['children'][number]): Row => {
    const cells = row.children.map(buildCell);
    return {
      cells,
      span: spanOf(row),
      cell: (key) => {
        const index = columns.indexOf(key);
        return index < 0 ? undefined : cells[index];
      },
    };
  };
  return { node, span: spanOf(node), header: toRow(headerRow), columns, rows: bodyRows.map(toRow) };
}

function buildCell(node: TableCell): Cell {
  const links: LinkRef[] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'link') links.push({ text: cellText(n), url: n.url, span: spanOf(n), node: n });
    if ('children' in n) for (const child of n.children) visit(child as Nodes);
  };
  visit(node);
  const first = node.children[0];
  const last = node.children.at(-1);
  // Where the cell's content is, without its pipe and padding: where messages point.
  const content = first === undefined || last === undefined ? spanOf(node) : { start: spanOf(first).start, end: spanOf(last).end };
  return { text: cellText(node), span: spanOf(node), content, links, node };
}

/** A list item that starts with a bold label ending in a colon: `**BUSI:** Small images...`. */
function summaryBullet(item: ListItem): SummaryBullet | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const [lead, ...after] = paragraph.children;
  if (lead?.type !== 'strong') return undefined;
  // A line break ends the summary: what follows is the details line (tasks, licence, sources).
  const lineBreak = after.findIndex((n) => n.type === 'break');
  const rest = lineBreak < 0 ? after : after.slice(0, lineBreak);
  const details = lineBreak < 0 ? undefined : after.slice(lineBreak + 1);
  const leadText = cellText(lead);
  const restText = rest.map((n) => toString(n)).join('');
  let label: string;
  let text: string;
  if (leadText.endsWith(':')) {
    label = leadText.slice(0, -1).trim();
    text = restText;
  } else if (restText.trimStart().startsWith(':')) {
    label = leadText;
    text = restText.trimStart().slice(1);
  } else {
    return undefined;
  }
  return {
    label,
    labelSpan: spanOf(lead),
    text: text.replace(/\s+/g, ' ').trim(),
    span: spanOf(item),
    node: item,
    ...(details !== undefined && { details: { text: details.map((n) => toString(n)).join('').replace(/\s+/g, ' ').trim(), nodes: details } }),
  };
}
