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
