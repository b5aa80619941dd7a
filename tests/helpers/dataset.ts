/** Dataset records for tests, built in memory. */
import { deriveId } from '../../src/catalog/id.js';
import type { Dataset } from '../../src/catalog/schema.js';
import { validateRecord } from '../../src/catalog/validate-record.js';

/**
 * A valid record with the given fields and plain defaults for the rest: the id from the name (as
 * the importer derives it) or the name from the id. Throws when the result is not a valid record,
 * so a fixture can never test something the loader would refuse.
 */
export function dataset(fields: Partial<Dataset> & ({ id: string } | { name: string })): Dataset {
  const id = fields.id ?? deriveId(fields.name!);
  const record: Dataset = {
    id,
    name: fields.name ?? id.toUpperCase(),
    modality: 'mammography',
    subjects: null,
    samples: null,
    ...(fields.samples !== undefined && fields.samples !== null && { sample_unit: 'images' as const }),
    formats: [],
    size: null,
    year: 2020,
    citations: [],
    access: { kind: 'download', url: `https://example.org/${id}` },
    summary: `Summary of ${fields.name ?? id}.`,
    evidence: [],
    ...fields,
  };
  const { problems } = validateRecord(record);
  if (problems.length > 0) throw new Error(`fixture ${id} is not a valid record: ${problems.map((p) => p.message).join(' ')}`);
  return record;
}
