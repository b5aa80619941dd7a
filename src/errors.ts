/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * A problem the user can fix (bad flag, missing file, a folder in the way): printed as its message,
 * never as a stack trace. Any module may throw it; the command dispatcher turns it into an exit code.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
