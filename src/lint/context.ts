/**
 * What every rule reads, built once per file: the text, its mdast, and the catalogue view the
 * extractor finds in it (sections, dataset tables, rows, summaries), with where the file lives.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { extractReadme, type Cell, type DatasetTable, type ReadmeDocument, type Row, type Section } from '../readme/extract.js';
import type { Span } from '../report/message.js';
import { loadProject, type Project } from './project.js';

export interface DatasetRow {
  readonly section: Section;
  readonly table: DatasetTable;
  readonly row: Row;
  /** The Dataset cell's text, '' when the row has none. */
  readonly name: string;
}

export interface ContextOptions {
  /** The file as messages name it. */
  readonly file: string;
  /** The folder the file is in, on disk: relative image paths resolve from it. Without it, images are not checked. */
  readonly dir?: string;
  /** The catalogue's root folder, holding datasets/: the tables are compared with what build-readme renders. */
  readonly root?: string;
  /** "Now" for year checks; tests pin it. */
  readonly now?: Date;
  /** Catalogues already loaded in this run, by root, so several files share one load. */
  readonly projects?: Map<string, Promise<Project>>;
}

export interface LintContext {
  readonly file: string;
  /** The text the tree was parsed from: offsets of positions and of fixes refer to it. */
  readonly text: string;
  readonly tree: Root;
  readonly document: ReadmeDocument;
  /** Every dataset table, in document order, with its section. */
  readonly tables: readonly { readonly section: Section; readonly table: DatasetTable }[];
  /** Every row of every dataset table, in document order. */
  readonly rows: readonly DatasetRow[];
  readonly dir: string | undefined;
  readonly root: string | undefined;
  readonly now: Date | undefined;
  /** The catalogue of datasets/ under the root; undefined without a root. Loaded on first call, once per root and run. */
  project(): Promise<Project> | undefined;
}

export function createContext(text: string, tree: Root, options: ContextOptions): LintContext {
  const shared = sharingProjects(options);
  const document = extractReadme(tree);
  const tables = document.sections.flatMap((section) => section.tables.map((table) => ({ section, table })));
  const rows = tables.flatMap(({ section, table }) => table.rows.map((row) => ({ section, table, row, name: row.cell('dataset')?.text ?? '' })));
  return {
    file: options.file,
    text,
    tree,
    document,
    tables,
    rows,
    dir: options.dir,
    root: options.root,
    now: options.now,
    project: () => requestProject(shared),
  };
}

/** The options with a cache of loaded catalogues, a new one unless they have one. */
export function sharingProjects<T extends ContextOptions>(options: T): T {
  return options.projects === undefined ? { ...options, projects: new Map<string, Promise<Project>>() } : options;
}

/** The catalogue under `options.root`, loaded on first request and shared through `options.projects`; undefined without a root. */
function requestProject(options: ContextOptions): Promise<Project> | undefined {
  const { root, projects } = options;
  if (root === undefined) return undefined;
  let pending = projects?.get(root);
  if (pending === undefined) {
    pending = loadProject(root, options.now);
    projects?.set(root, pending);
  }
  return pending;
}

/** How messages name a row: its dataset, or its line when it has no name. */
export function rowLabel(row: DatasetRow): string {
  return row.name === '' ? `the row on line ${row.row.span.start.line}` : `\`${row.name}\``;
}

/** Where a cell's content is, for messages; the cell itself when it is empty. */
export function cellSpan(cell: Cell): Span {
  return cell.content;
}

/**
 * The catalogue root a README is generated from: its own folder, when the file is the README.md
 * that build-readme writes there, beside a datasets/ folder. Other Markdown files of that folder
 * (README.template.md, notes) are not generated, so they are not compared.
 */
export function generatedReadmeRoot(file: string): string | undefined {
  const dir = path.dirname(file);
  return path.basename(file) === 'README.md' && existsSync(path.join(dir, 'datasets')) ? dir : undefined;
}
