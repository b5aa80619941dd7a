/** The columns of a dataset table: canonical headers, defined once for the renderer and the linter. */

export type ColumnKey = 'dataset' | 'subjects' | 'samples' | 'format' | 'size' | 'year' | 'cite' | 'access';

export const COLUMNS: readonly { key: ColumnKey; header: string; aliases: readonly string[] }[] = [
  { key: 'dataset', header: 'Dataset', aliases: ['name', 'dataset name'] },
  { key: 'subjects', header: 'Subjects', aliases: ['patients', 'cases', 'nº subjects', 'no. subjects'] },
  { key: 'samples', header: 'Nº Samples', aliases: ['samples', 'no. samples', 'no samples', '# samples', 'n samples', 'images'] },
  { key: 'format', header: 'Format', aliases: ['formats', 'file format'] },
  { key: 'size', header: 'Size', aliases: ['download size'] },
  { key: 'year', header: 'Year', aliases: ['published'] },
  { key: 'cite', header: 'Cite', aliases: ['citation', 'citations', 'paper', 'reference', 'references'] },
  { key: 'access', header: 'Download', aliases: ['access', 'access data', 'link', 'data'] },
];

/** The column a header cell names, whatever its spelling; undefined for a column the catalogue does not know. */
export function columnForHeader(text: string): ColumnKey | undefined {
  const normalized = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return COLUMNS.find((c) => c.header.toLowerCase() === normalized || c.aliases.includes(normalized))?.key;
}

export function headerFor(key: ColumnKey): string {
  return COLUMNS.find((c) => c.key === key)!.header;
}
