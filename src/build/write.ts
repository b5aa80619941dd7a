/**
 * Writes a set of files all-or-nothing: every file goes to a temporary sibling first, and only when
 * all are written are they renamed into place. A failure (or a kill) before the renames leaves
 * the old files whole; rename is atomic on one file system.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { artifactBytes, type Artifact } from './artifact.js';

export async function writeArtifacts(root: string, artifacts: readonly Artifact[]): Promise<void> {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const artifact of artifacts) {
      const target = path.join(root, ...artifact.path.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
      staged.push({ temp, target });
      await writeFile(temp, artifactBytes(artifact));
    }
    for (const { temp, target } of staged) await rename(temp, target);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}
