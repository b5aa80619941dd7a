/**
 * A lint rule of the README linter: one module each under rules/, in the manner of remark-lint and
 * ESLint. A rule reads the context built once per file and reports findings; a finding may carry the
 * edits that fix it, when the fix is safe and provable.
 */
import type { Severity, Span } from '../report/message.js';
import type { LintContext } from './context.js';

/** Replace `text.slice(start, end)` of the context's text with `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Finding {
  readonly span: Span;
  /** "Unexpected X, expected Y", naming the fix. */
  readonly message: string;
  /** Lower than the rule's severity for a matter of style rather than of fact; never higher. */
  readonly severity?: Severity;
  /** Safe edits that fix the finding, applied only by --fix. */
  readonly fix?: readonly Edit[];
}

export type Report = (finding: Finding) => void;

export interface Rule {
  readonly id: string;
  /** Severity of the rule's findings unless a finding says it is only a warning. */
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly doc: string;
  /** True when some of its findings carry a fix. */
  readonly fixable: boolean;
  check(context: LintContext, report: Report): void | Promise<void>;
}

/** The severity of a finding under a rule configured at `ruleSeverity`: a finding may lower it, never raise it. */
export function findingSeverity(ruleSeverity: Severity, finding: Finding): Severity {
  return ruleSeverity === 'warning' || finding.severity === 'warning' ? 'warning' : 'error';
}
