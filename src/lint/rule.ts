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

/** A README snippet that shows the rule at work; the tests run every example, and docs/rules.md shows them. */
export interface RuleExample {
  readonly name: string;
  /** The Markdown the rule reads. */
  readonly code: string;
  /** Files beside it, by path: records under datasets/ for the rules that compare with them, images. */
  readonly files?: Readonly<Record<string, string>>;
}

export interface InvalidExample extends RuleExample {
  /** Exactly the messages the rule gives, in order; severity when it is lower than the rule's. */
  readonly messages: readonly { readonly line: number; readonly column: number; readonly message: string; readonly severity?: Severity }[];
  /** The text after --fix, when the rule fixes it. */
  readonly output?: string;
}

/** What a rule is, as ESLint's `meta` says it: what docs/rules.md, SARIF and the preset are made from. */
export interface RuleMeta {
  readonly id: string;
  /** Severity of the rule's findings unless a finding says it is only a warning. */
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly description: string;
  /** Why it matters to a reader of the catalogue. */
  readonly why: string;
  /** True when some of its findings carry a fix; a fix from a rule that does not say so is refused. */
  readonly fixable: boolean;
  readonly examples: { readonly valid: readonly RuleExample[]; readonly invalid: readonly InvalidExample[] };
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: LintContext, report: Report): void | Promise<void>;
}

/** The severity of a finding under a rule configured at `ruleSeverity`: a finding may lower it, never raise it. */
export function findingSeverity(ruleSeverity: Severity, finding: Finding): Severity {
  return ruleSeverity === 'warning' || finding.severity === 'warning' ? 'warning' : 'error';
}
