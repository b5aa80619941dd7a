/**
 * Loads the catalogue on a worker thread. lint-readme starts it before it parses the README, so
 * validating and rendering the records overlaps the parse, the two largest costs of a lint, instead
 * of following it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Project } from './project.js';
import type { ProjectReply, ProjectRequest } from './project-worker.js';

// Beside this module in the compiled tree (dist/lint/), and beside the commands in the bundle (dist/bundle/commands/).
const WORKER = new URL('./project-worker.js', import.meta.url);

export async function loadProjectInWorker(root: string, now?: Date): Promise<Project> {
  // Run from the TypeScript sources (the tests do), there is no compiled worker to start.
  if (!existsSync(fileURLToPath(WORKER))) return (await import('./project-load.js')).loadProject(root, now);
  const request: ProjectRequest = { root, ...(now !== undefined && { now: now.getTime() }) };
  const reply = await new Promise<ProjectReply>((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: request });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the catalogue loader stopped (exit code ${code}) before it answered`)));
  });
  if ('error' in reply) throw new Error(reply.error);
  // The view's renderer loads only now, after the parse, and only where there is a catalogue.
  return (await import('./project.js')).projectFromData(reply.data);
}
