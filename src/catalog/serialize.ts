/** Writes a record as YAML the same way every time: schema line, schema field order, no folding. */
import { Document, isMap, isSeq } from 'yaml';
import { SCHEMA_LINE } from './load.js';
import { orderFields, type Dataset } from './schema.js';

export function serializeRecord(dataset: Dataset): string {
  const document = new Document(orderFields(dataset), { version: '1.2' });
  // Short lists and the size read best on one line: formats: [SVS, TIFF]; size: { value: 42.3, unit: GB }.
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = String((pair.key as { value?: unknown }).value);
      if ((key === 'formats' || key === 'other_modalities' || key === 'tasks' || key === 'size') && (isSeq(pair.value) || isMap(pair.value))) {
        pair.value.flow = true;
      }
    }
  }
  return `${SCHEMA_LINE}\n${document.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false })}`;
}
