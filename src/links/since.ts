/**
 * The links a change adds: those whose URL was not in the same files at an earlier commit. A pull
 * request's online check looks only at these, so a slow or flaky site elsewhere in the catalogue
 * never holds up an unrelated contribution.
 */
import path from 'node:path';
import { checkRecordFiles, DATASETS_DIR, isRecordFile } from '../catalog/load.js';
import { readRevision, repositoryRoot, revisionPaths } from '../git/index.js';
import { UserError } from '../errors.js';
import { linksOfMarkdown, linksOfRecords } from './collect.js';
import type { Link } from './verdict.js';

export async function linksAddedSince(links: readonly Link[], revision: string, root: string, markdownFiles: readonly string[]): Promise<Link[]> {
  const top = await repositoryRoot(root);
  if (top === undefined) throw new UserError('check-links: --since needs a git repository.');
  const before = new Set<string>();
  try {
    if (markdownFiles.length === 0) {
      const files = (await revisionPaths(root, revision, DATASETS_DIR)).filter(isRecordFile);
      const texts = await readRevision(root, revision, files);
      const { records } = checkRecordFiles(files.map((file) => ({ file, text: texts.get(file) ?? '' })));
      for (const link of linksOfRecords(records)) before.add(link.url);
    } else {
      const relative = markdownFiles.map((file) => path.relative(root, path.resolve(root, file)).split(path.sep).join('/'));
      const texts = await readRevision(root, revision, relative);
      for (const [file, text] of texts) if (text !== undefined) for (const o of linksOfMarkdown(text, file, root)) before.add(o.url);
    }
  } catch {
    throw new UserError(`check-links: cannot read \`${revision}\` from git; give a commit, branch or tag that exists (fetch it first in CI).`);
  }
  return links.filter((link) => !before.has(link.url));
}
