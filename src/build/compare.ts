/** Which artifacts differ from the files on disk. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { artifactBytes, type Artifact } from '../artifact.js';

export interface Staleness {
  readonly path: string;
  readonly state: 'missing' | 'differs';
}

export async function staleArtifacts(root: string, artifacts: readonly Artifact[]): Promise<Staleness[]> {
  const results = await Promise.all(
    artifacts.map(async (artifact): Promise<Staleness | undefined> => {
      let onDisk: Uint8Array;
      try {
        onDisk = await readFile(path.join(root, ...artifact.path.split('/')));
      } catch {
        return { path: artifact.path, state: 'missing' };
      }
      return Buffer.compare(Buffer.from(onDisk), Buffer.from(artifactBytes(artifact))) === 0 ? undefined : { path: artifact.path, state: 'differs' };
    }),
  );
  return results.filter((r): r is Staleness => r !== undefined);
}
