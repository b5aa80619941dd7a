/**
 * The human-readable report, printed by vfile-reporter itself, as remark and the unified tools
 * print theirs: the messages grouped under each file, `line:column-endLine:endColumn  severity
 * message  rule-id`, then a count. With --quiet only errors are shown, and only they are counted.
 */
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { Message } from './message.js';

export function formatText(messages: readonly Message[], options: { quiet?: boolean } = {}): string {
  const shown = options.quiet ? messages.filter((m) => m.severity === 'error') : messages;
  if (shown.length === 0) return 'No problems found.\n';
  const files = new Map<string, VFile>();
  for (const m of shown) {
    let file = files.get(m.file);
    if (file === undefined) files.set(m.file, (file = new VFile({ path: m.file })));
    const reported = file.message(m.message, { place: { start: { line: m.line, column: m.column }, end: { line: m.endLine, column: m.endColumn } }, ruleId: m.ruleId });
    reported.fatal = m.severity === 'error';
  }
  return `${reporter([...files.values()], { color: false, quiet: true })}\n`;
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
