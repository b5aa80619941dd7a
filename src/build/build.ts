/** Everything build-readme produces, computed in memory from datasets/ and the template. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { loadCatalog, SCHEMA_PATH } from '../catalog/load.js';
import { jsonSchemaDocument } from '../catalog/schema.js';
import { countErrors, type Message } from '../report/message.js';
import { README_FILE, TEMPLATE_FILE, renderReadme } from '../readme/template.js';
import { UserError } from '../cli/io.js';
import type { Artifact } from './artifact.js';
import { exportsBlock } from './blocks.js';
import { exportArtifacts } from '../exports/index.js';

export interface BuildResult {
  /** Empty when the data is invalid. */
  readonly artifacts: Artifact[];
  /** Validation errors and warnings. */
  readonly messages: Message[];
}

export async function buildArtifacts(root: string): Promise<BuildResult> {
  let template: string;
  try {
    template = await readFile(path.join(root, TEMPLATE_FILE), 'utf8');
  } catch {
    throw new UserError(`No ${TEMPLATE_FILE} in ${root}. Run the command from the catalogue's root folder.`);
  }
  const { catalog, messages } = await loadCatalog(root);
  if (countErrors(messages) > 0) return { artifacts: [], messages };
  const readme = buildReadme(template, catalog);
  return {
    artifacts: [
      { path: README_FILE, content: readme },
      { path: SCHEMA_PATH, content: `${JSON.stringify(jsonSchemaDocument(), null, 2)}\n` },
      ...exportArtifacts(catalog),
    ],
    messages,
  };
}

/** README.md as build-readme writes it: the template with every directive the build knows. */
export function buildReadme(template: string, catalog: Catalog): string {
  return renderReadme(template, catalog, { blocks: { exports: exportsBlock } });
}
