/** One JSON array of messages, each with exactly these keys in this order, so scripts can rely on it. */
import type { Message } from './message.js';

export function formatJson(messages: readonly Message[]): string {
  const shaped = messages.map(({ file, line, column, endLine, endColumn, severity, ruleId, message }) => ({ file, line, column, endLine, endColumn, severity, ruleId, message }));
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
