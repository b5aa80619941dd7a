/**
 * The links to check and where each one is: every URL field of the dataset records, or every link
 * of some Markdown files. The same URL found in several places is one link with several sources.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes } from 'mdast';
import type { SourcedDataset } from '../catalog/load.js';
import { UserError } from '../errors.js';
import { doiUrl } from '../fields/url.js';
import { parseMarkdown } from '../readme/parse.js';
import { compareText } from '../report/message.js';
import type { Link, LinkSource } from './verdict.js';

export interface Occurrence {
  readonly url: string;
  readonly source: LinkSource;
}

/** The URL fields of one record: access.url, each citation's link, the licence, then each evidence page. */
export function linksOfRecords(records: readonly Pick<SourcedDataset, 'file' | 'dataset' | 'locate'>[]): Link[] {
  const found: Occurrence[] = [];
  for (const { file, dataset, locate } of records) {
    const at = (fieldPath: (string | number)[], field: string, url: string) =>
      found.push({ url, source: { file, line: locate(fieldPath).line, field } });
    at(['access', 'url'], 'access.url', dataset.access.url);
    dataset.citations.forEach((citation, i) => {
      if (citation.url !== undefined) at(['citations', i, 'url'], `citations[${i}].url`, citation.url);
      if (citation.doi !== undefined) at(['citations', i, 'doi'], `citations[${i}].doi`, doiUrl(citation.doi));
    });
    if (typeof dataset.license === 'object') at(['license', 'url'], 'license.url', dataset.license.url);
    dataset.evidence.forEach((entry, i) => at(['evidence', i, 'url'], `evidence[${i}].url`, entry.url));
  }
  return mergeOccurrences(found);
}

export interface DatasetLinks {
  readonly links: Link[];
  /** Records left out because they do not validate. */
  readonly invalidFiles: string[];
}

/** Every URL of datasets/ under `root`. Records that fail validation are left out and named. */
export async function collectFromDatasets(root: string): Promise<DatasetLinks> {
  // The YAML loader and the schema validator load only here, not for Markdown files.
  const { loadCatalog } = await import('../catalog/load.js');
  const { records, messages } = await loadCatalog(root);
  const valid = new Set(records.map((r) => r.file));
  const invalidFiles = [...new Set(messages.filter((m) => m.severity === 'error' && !valid.has(m.file)).map((m) => m.file))].sort(compareText);
  return { links: linksOfRecords(records), invalidFiles };
}

/**
 * Every link of the given Markdown files (paths relative to `cwd`). Links to other files of the
 * repository become paths relative to `root`; links within the page (`#part`) are not collected.
 */
export async function collectFromMarkdown(files: readonly string[], cwd: string, root: string = cwd): Promise<Link[]> {
  const found: Occurrence[] = [];
  for (const given of files) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (info === undefined) throw new UserError(`check-links: no such file: ${given}`);
    if (!info.isFile()) throw new UserError(`check-links: not a file: ${given}`);
    const text = await readFile(absolute, 'utf8');
    found.push(...linksOfMarkdown(text, toPosix(path.relative(root, absolute)), root));
  }
  return mergeOccurrences(found);
}

/**
 * The links, images and link definitions of one Markdown text, with their lines. `file` is the
 * text's path relative to `root`, to resolve relative links.
 */
export function linksOfMarkdown(text: string, file: string, root = '.'): Occurrence[] {
  const found: Occurrence[] = [];
  const walk = (node: Nodes) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.position !== undefined) {
      const url = linkTarget(node.url, file, root);
      if (url !== undefined) found.push({ url, source: { file, line: node.position.start.line } });
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parseMarkdown(text));
  return found;
}

/** What to check for a link destination: the URL, or a repository path for a relative link. */
function linkTarget(destination: string, file: string, root: string): string | undefined {
  const url = destination.trim();
  if (url === '' || url.startsWith('#')) return undefined;
  if (url.startsWith('//')) return `https:${url}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  // A relative link: a file of the repository, query and fragment aside.
  let target = url.replace(/[?#].*$/, '');
  try {
    target = decodeURIComponent(target);
  } catch {
    // Keep it as written; the file check will say it is missing.
  }
  const fromRoot = target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(file), target);
  const relative = toPosix(path.relative(path.resolve(root), path.resolve(root, fromRoot)));
  return relative === '' ? '.' : relative;
}

/** One link per URL, sorted by URL, each with its sources in file and line order. */
export function mergeOccurrences(found: readonly Occurrence[]): Link[] {
  const byUrl = new Map<string, LinkSource[]>();
  for (const { url, source } of found) {
    const sources = byUrl.get(url) ?? [];
    if (!sources.some((s) => s.file === source.file && s.line === source.line && s.field === source.field)) sources.push(source);
    byUrl.set(url, sources);
  }
  return [...byUrl.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([url, sources]) => ({ url, sources: sources.sort((a, b) => compareText(a.file, b.file) || a.line - b.line) }));
}

/** True for a link that names a file of the repository rather than a URL. */
export function isLocalPath(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
