/**
 * Lints one README in the catalogue's format: parse once, build the context once, run every rule,
 * and return its messages sorted by position. A rule that throws is reported as a message of its
 * own, so one faulty rule never hides what the others found.
 */
import { normalizeNewlines, parseMarkdown } from '../readme/parse.js';
import { compareMessages, messageAt, type Message } from '../report/message.js';
import { createContext, sharingProjects, type ContextOptions, type LintContext } from './context.js';
import { findingSeverity, type Edit, type Report, type Rule } from './rule.js';
import { RULES } from './rules/index.js';

export interface LintOptions extends ContextOptions {
  /** The rules to run; all of them by default. */
  readonly rules?: readonly Rule[];
}

export interface LintResult {
  readonly messages: Message[];
  /** The edits of every fixable finding, as offsets into `text`. */
  readonly edits: Edit[][];
  /** The text the positions and edits refer to: the input with its BOM dropped and line endings as LF. */
  readonly text: string;
}

export async function lintReadme(text: string, options: LintOptions): Promise<Message[]> {
  return (await lintWithFixes(text, options)).messages;
}

export async function lintWithFixes(input: string, options: LintOptions): Promise<LintResult> {
  const text = normalizeNewlines(input);
  const context = createContext(text, parseMarkdown(text), sharingProjects(options));
  const messages: Message[] = [];
  const edits: Edit[][] = [];
  for (const rule of options.rules ?? RULES) {
    await runRule(rule, context, (finding) => {
      const fixable = finding.fix !== undefined && finding.fix.length > 0;
      messages.push({ ...messageAt(context.file, finding.span, rule.meta.id, finding.message, findingSeverity(rule.meta.severity, finding)), ...(fixable && { fix: true }) });
      if (fixable) edits.push([...finding.fix!]);
    });
  }
  return { messages: messages.sort(compareMessages), edits, text };
}

/**
 * Runs one rule; should it throw, that is reported as an error of the rule at the file's start. A
 * fix from a rule whose metadata does not declare it fixable is refused, as ESLint refuses it.
 */
export async function runRule(rule: Rule, context: LintContext, report: Report): Promise<void> {
  const checked: Report = (finding) => {
    if (finding.fix !== undefined && !rule.meta.fixable) throw new Error('it offered a fix but its metadata does not declare it fixable');
    report(finding);
  };
  try {
    await rule.check(context, checked);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    report({ span: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, severity: 'error', message: `The rule failed on this file (${detail}); please report it with the file.` });
  }
}
