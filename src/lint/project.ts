/**
 * The catalogue a README is compared with: the records of datasets/ and the README build-readme
 * renders from them. Imported lazily by the in-sync rule, only when a datasets/ folder is there, so
 * linting a README without one never loads the loader, the schema validator or the build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildReadme } from '../build/build.js';
import { loadCatalog } from '../catalog/load.js';
import type { Dataset } from '../catalog/schema.js';
import { extractReadme, type ReadmeDocument } from '../readme/extract.js';
import { renderDatasetSections } from '../readme/render.js';
import { TEMPLATE_FILE, TemplateError } from '../readme/template.js';
import { countErrors, type Message } from '../report/message.js';

export type Project =
  | { readonly kind: 'invalid'; readonly messages: readonly Message[] }
  | {
      readonly kind: 'valid';
      /** The dataset sections build-readme renders, read from their mdast as a README's are: no Markdown to parse. */
      readonly rendered: ReadmeDocument;
      readonly records: readonly { readonly file: string; readonly dataset: Dataset }[];
      /** README.md as build-readme writes it; undefined when there is no template. */
      readonly expected: string | undefined;
    };

export async function loadProject(root: string, now?: Date): Promise<Project> {
  const { catalog, records, messages } = await loadCatalog(root, now === undefined ? {} : { now });
  if (countErrors(messages) > 0) return { kind: 'invalid', messages: messages.filter((m) => m.severity === 'error') };
  const template = await readFile(path.join(root, TEMPLATE_FILE), 'utf8').catch(() => undefined);
  let expected: string | undefined;
  try {
    expected = template === undefined ? undefined : buildReadme(template, catalog);
  } catch (error) {
    if (error instanceof TemplateError) return { kind: 'invalid', messages: error.messages };
    throw error;
  }
  const rendered = extractReadme({ type: 'root', children: renderDatasetSections(catalog) });
  return { kind: 'valid', rendered, records: records.map((r) => ({ file: r.file, dataset: r.dataset })), expected };
}
