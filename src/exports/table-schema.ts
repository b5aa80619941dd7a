/**
 * datasets.schema.json: the Frictionless Table Schema (v1) of datasets.csv, read from the same
 * column definitions as the CSV writer.
 */
import { COLUMNS, LIST_SEPARATOR, columnDescription, type Column } from './columns.js';

export function tableSchema(): Record<string, unknown> {
  return {
    fields: COLUMNS.map(field),
    missingValues: [''],
    primaryKey: ['id'],
  };
}

function field(column: Column): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  if (column.unique) constraints.unique = true;
  if (column.minimum !== undefined) constraints.minimum = column.minimum;
  if (column.maximum !== undefined) constraints.maximum = column.maximum;
  if (column.vocabulary !== undefined) {
    if (column.list) constraints.pattern = listPattern(column.vocabulary);
    else constraints.enum = [...column.vocabulary];
  }
  return {
    name: column.name,
    type: column.type,
    ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    description: columnDescription(column),
    ...(Object.keys(constraints).length === 0 ? {} : { constraints }),
  };
}

/**
 * A pattern the whole cell must match (Table Schema patterns are XML Schema regular expressions,
 * anchored at both ends). Vocabulary values are plain words, so none needs escaping.
 */
function listPattern(vocabulary: readonly string[]): string {
  const odd = vocabulary.find((value) => !/^[A-Za-z0-9-]+$/.test(value));
  if (odd !== undefined) throw new Error(`vocabulary value ${JSON.stringify(odd)} would need escaping in a pattern`);
  const item = `(${vocabulary.join('|')})`;
  return `${item}(${LIST_SEPARATOR}${item})*`;
}
