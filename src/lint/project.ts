/**
 * The catalogue a README is compared with: the records of datasets/ and the README build-readme
 * renders from them. Loading it (src/lint/project-load.ts) is the heavy part, done once per root
 * and run, on a worker thread when the CLI lints; this module only turns what the load gives into
 * the view the rules read, and stays light enough for the thread that parses the README.
 */
import { createCatalog } from '../catalog/catalog.js';
import type { Dataset } from '../catalog/schema.js';
import { extractReadme, type ReadmeDocument } from '../readme/extract.js';
import { renderDatasetSections } from '../readme/render.js';
import type { Message } from '../report/message.js';

/** What loading datasets/ and the template gives: plain data, so it can cross from a worker thread. */
export type ProjectData =
  | { readonly kind: 'invalid'; readonly messages: readonly Message[] }
  | {
      readonly kind: 'valid';
      readonly records: readonly { readonly file: string; readonly dataset: Dataset }[];
      /** README.md as build-readme writes it; undefined when there is no template. */
      readonly expected: string | undefined;
    };

export type Project =
  | Extract<ProjectData, { kind: 'invalid' }>
  | (Extract<ProjectData, { kind: 'valid' }> & {
      /** The dataset sections build-readme renders, read from their mdast as a README's are: no Markdown to parse. */
      readonly rendered: ReadmeDocument;
    });

/** Loads the catalogue of a root folder; `now` pins the year checks. */
export type ProjectLoader = (root: string, now?: Date) => Promise<Project>;

export function projectFromData(data: ProjectData): Project {
  if (data.kind === 'invalid') return data;
  const catalog = createCatalog(data.records.map((r) => r.dataset));
  return { ...data, rendered: extractReadme({ type: 'root', children: renderDatasetSections(catalog) }) };
}
