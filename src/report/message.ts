/** One finding, from validation, lint or import, with its place in its own file. */
export type Severity = 'error' | 'warning';

export interface Message {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  ruleId: string;
  message: string;
  /** The finding carries a fix that `--fix` would apply. */
  fix?: boolean;
}

export interface Point {
  line: number;
  column: number;
}

export interface Span {
  start: Point;
  end: Point;
}

/** A message about the given span of a file. */
export function messageAt(file: string, span: Span, ruleId: string, message: string, severity: Severity = 'error'): Message {
  return { file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column, severity, ruleId, message };
}

export function compareMessages(a: Message, b: Message): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** Code-point order, the same on every machine whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countErrors(messages: readonly Message[]): number {
  return messages.filter((m) => m.severity === 'error').length;
}
