/** Worker-thread entry: loads one catalogue and posts its ProjectData, or the error that stopped it. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadProjectData } from './project-load.js';

export interface ProjectRequest {
  readonly root: string;
  /** Epoch milliseconds; a Date does not cross threads as one. */
  readonly now?: number;
}

export type ProjectReply = { readonly data: import('./project.js').ProjectData } | { readonly error: string };

const { root, now } = workerData as ProjectRequest;
loadProjectData(root, now === undefined ? undefined : new Date(now)).then(
  (data) => parentPort!.postMessage({ data } satisfies ProjectReply),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies ProjectReply),
);
