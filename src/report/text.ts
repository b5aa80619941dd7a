/**
 * Human-readable report in the manner of vfile-reporter: one line per message,
 * `file:line:column  severity  message  rule-id`, then a summary line.
 */
import type { Message } from './message.js';

export function formatText(messages: readonly Message[], options: { quiet?: boolean } = {}): string {
  const shown = options.quiet ? messages.filter((m) => m.severity === 'error') : messages;
  const lines = shown.map((m) => `${m.file}:${m.line}:${m.column}  ${m.severity.padEnd(7)}  ${m.message}  ${m.ruleId}`);
  const summary = summarize(messages);
  return `${lines.join('\n')}${lines.length > 0 ? '\n\n' : ''}${summary}\n`;
}

export function summarize(messages: readonly Message[]): string {
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  if (messages.length === 0) return 'No problems found.';
  const parts = [];
  if (errors > 0) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return `${errors > 0 ? '✖' : '⚠'} ${parts.join(', ')}`;
}
