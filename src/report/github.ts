/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule-id::message`, which
 * annotate the pull request's diff. Data escapes `%`, CR and LF; property values also `:` and `,`.
 */
import type { Message } from './message.js';

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(messages: readonly Message[]): string {
  return messages
    .map((m) => {
      const properties = [
        `file=${escapeProperty(m.file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ].join(',');
      return `::${m.severity} ${properties}::${escapeData(m.message)}\n`;
    })
    .join('');
}
