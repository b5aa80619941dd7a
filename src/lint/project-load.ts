/**
 * Loads the catalogue a README is compared with: validates datasets/ and renders README.md as
 * build-readme would. Imported lazily, only when a datasets/ folder is there, so linting a README
 * without one never loads the loader, the schema validator or the build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildReadme } from '../build/build.js';
import { loadCatalog } from '../catalog/load.js';
import { TEMPLATE_FILE, TemplateError } from '../readme/template.js';
import { countErrors } from '../report/message.js';
import { projectFromData, type Project, type ProjectData } from './project.js';

export async function loadProjectData(root: string, now?: Date): Promise<ProjectData> {
  const { records, catalog, messages } = await loadCatalog(root, now === undefined ? {} : { now });
  if (countErrors(messages) > 0) return { kind: 'invalid', messages: messages.filter((m) => m.severity === 'error') };
  const template = await readFile(path.join(root, TEMPLATE_FILE), 'utf8').catch(() => undefined);
  let expected: string | undefined;
  try {
    expected = template === undefined ? undefined : buildReadme(template, catalog);
  } catch (error) {
    if (error instanceof TemplateError) return { kind: 'invalid', messages: error.messages };
    throw error;
  }
  return { kind: 'valid', records: records.map((r) => ({ file: r.file, dataset: r.dataset })), expected };
}

/** The catalogue, loaded on this thread. */
export async function loadProject(root: string, now?: Date): Promise<Project> {
  return projectFromData(await loadProjectData(root, now));
}
