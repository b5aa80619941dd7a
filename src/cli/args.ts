import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into usage errors that name the command. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(`${command}: ${detail}. Run \`catalogue ${command} --help\` for usage.`);
  }
}
