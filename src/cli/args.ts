import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../fields/suggest.js';
import { UserError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** How to ask a command for its help, as the README's commands are run. */
export function helpHint(command: string): string {
  return `Run \`npm run ${command} -- --help\` for usage.`;
}

/** node:util parseArgs, with its errors turned into usage errors that name the command and the option. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${command}: ${describeArgsError(error, options)} ${helpHint(command)}`);
  }
}

function describeArgsError(error: unknown, options: Options): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
    const name = option.replace(/^-+/, '').replace(/=.*$/, '');
    const near = closest(name, Object.keys(options));
    return `unknown option \`${option}\`${near === undefined ? '' : `; did you mean \`--${near}\`?`}.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    const name = option.replace(/^-+/, '').split(/[ =]/)[0]!;
    return options[name]?.type === 'string' ? `\`--${name}\` needs a value.` : `\`--${name}\` takes no value.`;
  }
  return `${(message ?? String(error)).replace(/\.$/, '')}.`;
}
