/**
 * datasets.csv: one row per dataset, in README order, with the columns of columns.ts.
 *
 * RFC 4180 as written: UTF-8 without a byte order mark, a header row, comma separators, fields
 * quoted only when they hold a comma, a double quote or a line break, quotes doubled, and CRLF
 * after every record (the last included). CRLF is what the RFC and the Frictionless default
 * dialect specify; every CSV reader accepts it, and .gitattributes keeps git from rewriting it.
 */
import { stringify } from 'csv-stringify/sync';
import type { Catalog } from '../catalog/catalog.js';
import { COLUMNS, cellText } from './columns.js';
import { derive } from './derive.js';
import { catalogueWorks } from './works.js';

export function datasetsCsv(catalog: Catalog): string {
  const works = catalogueWorks(catalog);
  const rows = catalog.datasets.map((dataset) => {
    const derived = derive(dataset, works);
    return COLUMNS.map((column) => cellText(column.value(dataset, derived)));
  });
  return stringify([COLUMNS.map((column) => column.name), ...rows], { record_delimiter: 'windows', eof: true });
}
