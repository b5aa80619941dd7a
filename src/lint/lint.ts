/**
 * Lints one README in the catalogue's format: parse once, build the context once, run every rule,
 * and return its messages sorted by position. A rule that throws is reported as a message of its
 * own, so one faulty rule never hides what the others found.
 */
import { normalizeNewlines, parseMarkdown } from '../readme/parse.js';
import { compareMessages, messageAt, type Message } from '../report/message.js';
import { createContext, type ContextOptions, type LintContext } from './context.js';
import { findingSeverity, type Edit, type Rule } from './rule.js';
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
  const context = createContext(text, parseMarkdown(text), options);
  const messages: Message[] = [];
  const edits: Edit[][] = [];
  for (const rule of options.rules ?? RULES) {
    await runRule(rule, context, (message, fix) => {
      messages.push(message);
      if (fix !== undefined && fix.length > 0) edits.push([...fix]);
    });
  }
  return { messages: messages.sort(compareMessages), edits, text };
}

async function runRule(rule: Rule, context: LintContext, emit: (message: Message, fix: readonly Edit[] | undefined) => void): Promise<void> {
  try {
    await rule.check(context, (finding) => {
      emit(messageAt(context.file, finding.span, rule.id, finding.message, findingSeverity(rule.severity, finding)), finding.fix);
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    emit(messageAt(context.file, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, rule.id, `The rule failed on this file (${detail}); please report it with the file.`), undefined);
  }
}
