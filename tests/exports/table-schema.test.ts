import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { datasetsCsv } from '../../src/exports/csv.js';
import { tableSchema } from '../../src/exports/table-schema.js';
import { fixtureCatalog } from './fixtures.js';

interface Field {
  name: string;
  type: string;
  description: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}

const schema = tableSchema() as { fields: Field[]; missingValues: string[]; primaryKey: string[] };
const [header, ...rows] = parse(datasetsCsv(fixtureCatalog())) as string[][];

/** The checks of Frictionless Table Schema v1 that these fields use, applied to one cell. */
function problem(field: Field, cell: string): string | undefined {
  const c = field.constraints ?? {};
  if (schema.missingValues.includes(cell)) return c.required ? 'required' : undefined;
  if (field.type === 'integer' && !/^-?\d+$/.test(cell)) return 'not an integer';
  if (field.type === 'year' && !/^\d{4}$/.test(cell)) return 'not a year';
  if (field.type === 'number' && !/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell)) return 'not a number';
  if (field.type === 'boolean' && ![...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(cell)) return 'not a boolean';
  if (c.enum && !c.enum.includes(cell)) return 'not in enum';
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell)) return 'does not match pattern';
  if (c.minimum !== undefined && Number(cell) < c.minimum) return 'below minimum';
  if (c.maximum !== undefined && Number(cell) > c.maximum) return 'above maximum';
  return undefined;
}

describe('datasets.schema.json', () => {
  it('describes every CSV column, in order, with a name, a type and a description', () => {
    expect(schema.fields.map((f) => f.name)).toEqual(header);
    for (const field of schema.fields) {
      expect(['string', 'integer', 'number', 'boolean', 'year']).toContain(field.type);
      expect(field.description.length).toBeGreaterThan(10);
    }
    expect(schema.missingValues).toEqual(['']);
    expect(schema.primaryKey).toEqual(['id']);
  });

  it('accepts every cell of the CSV', () => {
    const problems = rows.flatMap((row) =>
      schema.fields.flatMap((field, i) => {
        const p = problem(field, row[i] ?? '');
        return p === undefined ? [] : [`${row[0]}.${field.name}: ${p} (${row[i]})`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('constrains the vocabulary columns', () => {
    const byName = new Map(schema.fields.map((f) => [f.name, f]));
    expect(byName.get('modality')?.constraints?.enum).toContain('mri');
    expect(byName.get('access_kind')?.constraints?.enum).toEqual(['download', 'registration', 'request', 'contact']);
    const formats = byName.get('formats')!;
    expect(problem(formats, 'DICOM;PNG')).toBeUndefined();
    expect(problem(formats, 'DICOM;RGB')).toBe('does not match pattern');
    expect(problem(formats, 'DICOM;')).toBe('does not match pattern');
    expect(byName.get('id')?.constraints).toEqual({ required: true, unique: true });
  });
});
