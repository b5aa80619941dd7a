import path from 'node:path';
/** What a command may touch of the outside world, so tests can run commands in-process. */
export interface Io {
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where answers to questions come from; commands that ask nothing ignore it. */
  readonly stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export type Command = (args: string[], io: Io) => Promise<number>;

export { EXIT, UserError } from '../errors.js';

export function processIo(): Io {
  return { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env, stdin: process.stdin };
}

/** How messages name a file the user gave: relative to the current folder, or as given when it lies outside it. */
export function shownPath(cwd: string, given: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, given)).split(path.sep).join('/');
  return relative === '' || relative.startsWith('../') || path.isAbsolute(relative) ? given : relative;
}
