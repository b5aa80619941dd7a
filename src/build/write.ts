/**
 * Writes a set of files all-or-nothing. Every file goes to a temporary sibling first; only when
 * all are written are they renamed into place, each old file kept as a hard-linked backup until
 * the last rename succeeds. Any failure restores the old files, so a build that fails, or is
 * killed before the renames, leaves the previous README and images whole.
 */
import { link, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { artifactBytes, type Artifact } from '../artifact.js';

interface Staged {
  readonly artifact: string;
  readonly target: string;
  readonly temp: string;
  readonly backup: string;
  hasBackup: boolean;
  renamed: boolean;
}

export async function writeArtifacts(root: string, artifacts: readonly Artifact[]): Promise<void> {
  const staged: Staged[] = [];
  let current = '';
  try {
    for (const artifact of artifacts) {
      current = artifact.path;
      const target = path.join(root, ...artifact.path.split('/'));
      const base = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}`);
      const entry: Staged = { artifact: artifact.path, target, temp: `${base}.tmp`, backup: `${base}.bak`, hasBackup: false, renamed: false };
      await mkdir(path.dirname(target), { recursive: true });
      const existing = await lstat(target).catch(() => undefined);
      if (existing !== undefined && !existing.isFile()) throw Object.assign(new Error('something other than a file is in the way'), { code: 'ENOTFILE' });
      staged.push(entry);
      await writeFile(entry.temp, artifactBytes(artifact));
      if (existing !== undefined) {
        await link(target, entry.backup);
        entry.hasBackup = true;
      }
    }
    for (const entry of staged) {
      current = entry.artifact;
      await rename(entry.temp, entry.target);
      entry.renamed = true;
    }
  } catch (error) {
    await rollBack(staged);
    const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    throw new UserError(`Could not write ${current} (${reason}); no file was changed.`);
  }
  await Promise.all(staged.filter((e) => e.hasBackup).map((e) => rm(e.backup, { force: true })));
}

async function rollBack(staged: readonly Staged[]): Promise<void> {
  for (const entry of staged) {
    if (entry.renamed) {
      if (entry.hasBackup) await rename(entry.backup, entry.target).catch(() => undefined);
      else await rm(entry.target, { force: true });
    }
    await rm(entry.temp, { force: true });
    if (entry.hasBackup) await rm(entry.backup, { force: true });
  }
}
