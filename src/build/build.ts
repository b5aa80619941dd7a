/** Everything build-readme produces, computed in memory from datasets/ and the template. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCatalog, SCHEMA_PATH } from '../catalog/load.js';
import { jsonSchemaDocument } from '../catalog/schema.js';
import { countErrors, type Message } from '../report/message.js';
import { README_FILE, TEMPLATE_FILE, renderReadme } from '../readme/template.js';
import { UserError } from '../cli/io.js';
import type { Artifact } from './artifact.js';

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
  const readme = renderReadme(template, catalog);
  return {
    artifacts: [
      { path: README_FILE, content: readme },
      { path: SCHEMA_PATH, content: `${JSON.stringify(jsonSchemaDocument(), null, 2)}\n` },
    ],
    messages,
  };
}
