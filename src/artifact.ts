/**
 * A file that build-readme produces. The README, the schema, the charts and the exports are all
 * artifacts: computed in memory first, then either compared with the disk (--check) or written
 * together atomically, so a failing build never leaves a half-written set of files.
 */
export interface Artifact {
  /** Path relative to the project root, with forward slashes. */
  readonly path: string;
  readonly content: string | Uint8Array;
}

export function artifactBytes(artifact: Artifact): Uint8Array {
  return typeof artifact.content === 'string' ? new TextEncoder().encode(artifact.content) : artifact.content;
}
