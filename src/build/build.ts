/** Everything build-readme produces, computed in memory from datasets/ and the template. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { loadCatalog, SCHEMA_PATH } from '../catalog/load.js';
import { jsonSchemaDocument } from '../catalog/schema.js';
import { countErrors, type Message } from '../report/message.js';
import { README_FILE, TEMPLATE_FILE, renderReadme } from '../readme/template.js';
import { UserError } from '../errors.js';
import type { Artifact } from '../artifact.js';
import { exportsBlock } from './blocks.js';
import { chartMarkdown } from '../charts/markdown.js';
import { exportArtifacts } from '../exports/index.js';

export interface BuildResult {
  /** Empty when the data is invalid. */
  readonly artifacts: Artifact[];
  /** Validation errors and warnings. */
  readonly messages: Message[];
}

export interface BuildOptions {
  /** Render the chart images too (default true); the pre-commit hook leaves them to CI. */
  readonly images?: boolean;
}

/** Reads datasets/ and the template from disk and builds every generated file. */
export async function buildArtifacts(root: string, options: BuildOptions = {}): Promise<BuildResult> {
  let template: string;
  try {
    template = await readFile(path.join(root, TEMPLATE_FILE), 'utf8');
  } catch {
    throw new UserError(`No ${TEMPLATE_FILE} in ${root}. Run the command from the catalogue's root folder.`);
  }
  const { catalog, messages } = await loadCatalog(root);
  if (countErrors(messages) > 0) return { artifacts: [], messages };
  return { artifacts: await buildFromCatalog(template, catalog, options), messages };
}

/** Every generated file for a validated catalogue and a template, in memory. */
export async function buildFromCatalog(template: string, catalog: Catalog, options: BuildOptions = {}): Promise<Artifact[]> {
  const artifacts: Artifact[] = [
    { path: README_FILE, content: buildReadme(template, catalog) },
    { path: SCHEMA_PATH, content: `${JSON.stringify(jsonSchemaDocument(), null, 2)}\n` },
    ...exportArtifacts(catalog),
    await rulesDocArtifact(),
    await sitePageArtifact(catalog),
  ];
  if (options.images !== false) {
    // vega, vega-lite and resvg load only here, so commands that render no image never pay for them.
    const { chartArtifacts } = await import('../charts/index.js');
    artifacts.push(...(await chartArtifacts(catalog)));
  }
  return artifacts;
}

/** README.md as build-readme writes it: the template with every directive the build knows. */
export function buildReadme(template: string, catalog: Catalog): string {
  return renderReadme(template, catalog, { blocks: { exports: exportsBlock, charts: chartMarkdown } });
}

/** site/index.html, the finder page; its code loads only for the build. */
async function sitePageArtifact(catalog: Catalog): Promise<Artifact> {
  const { sitePage, SITE_PAGE } = await import('../site/page.js');
  return { path: SITE_PAGE, content: sitePage(catalog) };
}

/** docs/rules.md, from the rules' own metadata; the linter loads only here, for the build. */
async function rulesDocArtifact(): Promise<Artifact> {
  const [{ RULES }, { rulesDoc, RULES_DOC }] = await Promise.all([import('../lint/rules/index.js'), import('../lint/rules-doc.js')]);
  return { path: RULES_DOC, content: rulesDoc(RULES) };
}
