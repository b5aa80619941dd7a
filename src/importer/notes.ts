/** What the importer tells about each row: every repair it could prove, every guess, what it left undecided. */
import type { Span } from '../report/message.js';

export type NoteKind = 'repair' | 'guess' | 'undecided';

export interface ImportNote {
  readonly line: number;
  readonly column: number;
  /** The dataset the note is about (its name as written), or '' for the document. */
  readonly dataset: string;
  readonly kind: NoteKind;
  /** The record field concerned: subjects, access.url, citations[1].url, summary... */
  readonly field: string;
  readonly message: string;
}

export function note(span: Span, dataset: string, kind: NoteKind, field: string, message: string): ImportNote {
  return { line: span.start.line, column: span.start.column, dataset, kind, field, message };
}
