/** One JSON array of messages, each with exactly these keys in this order, so scripts can rely on it. */
import type { Message } from './message.js';

/**
 * `extra` names further keys a command's messages carry (check-sources adds `url`), after the
 * documented ones. Every lint message says whether a fix is available (`fix: true`), as ESLint's
 * JSON report carries its fixes.
 */
export function formatJson<M extends Message>(messages: readonly M[], extra: readonly (keyof M & string)[] = []): string {
  const shaped = messages.map((m) => {
    const { file, line, column, endLine, endColumn, severity, ruleId, message } = m;
    return { file, line, column, endLine, endColumn, severity, ruleId, message, ...Object.fromEntries(extra.map((key) => [key, m[key]])), ...(m.fix === true && { fix: true }) };
  });
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
