/**
 * check-sources --write: fills what a citation leaves empty (authors, year, journal or repository,
 * volume, issue, pages) with what its DOI's registry says. A field the record states is never
 * changed, and the rest of the file keeps its layout.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Artifact } from '../artifact.js';
import type { SourcedDataset } from '../catalog/load.js';
import type { Citation } from '../catalog/schema.js';
import type { RegistryWork } from './registry.js';

const FILLED = ['authors', 'container', 'year', 'volume', 'issue', 'pages'] as const satisfies readonly (keyof Citation & keyof RegistryWork)[];

export interface Filled {
  readonly file: string;
  readonly index: number;
  readonly fields: readonly string[];
}

/** The record files with their citations filled in, and what was filled; files with nothing to fill are left out. */
export async function fillFromRegistry(root: string, records: readonly SourcedDataset[], registry: ReadonlyMap<string, RegistryWork>): Promise<{ artifacts: Artifact[]; filled: Filled[] }> {
  const artifacts: Artifact[] = [];
  const filled: Filled[] = [];
  for (const { file, dataset } of records) {
    const changes = dataset.citations.map((citation, index) => {
      const work = registry.get(`${file}\u0000${index}`);
      return work === undefined ? [] : FILLED.filter((field) => citation[field] === undefined && work[field] !== undefined).map((field) => [field, work[field]!] as const);
    });
    if (changes.every((c) => c.length === 0)) continue;
    const text = await readFile(path.join(root, file), 'utf8');
    const document = parseDocument(text, { version: '1.2' });
    changes.forEach((fields, index) => {
      if (fields.length === 0) return;
      for (const [field, value] of fields) {
        const node = document.createNode(value);
        // Authors read best one per line, each on one line: - {family: Lee, given: Rebecca}.
        if (field === 'authors' && isSeq(node)) for (const item of node.items) if (isMap(item)) item.flow = true;
        document.setIn(['citations', index, field], node);
      }
      filled.push({ file, index, fields: fields.map(([field]) => field) });
    });
    artifacts.push({ path: file, content: document.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false }) });
  }
  return { artifacts, filled };
}
