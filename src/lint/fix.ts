/**
 * --fix: applies the safe fixes the rules offer as byte-exact replacements in the original text.
 * The file is never re-stringified: every byte outside a fixed span stays as it was, CRLF line
 * endings and a BOM included. A finding's edits apply together or not at all; a finding whose edits
 * overlap one already taken waits for the next pass.
 */
import type { Message } from '../report/message.js';
import { sharingProjects } from './context.js';
import { lintWithFixes, type LintOptions } from './lint.js';
import type { Edit } from './rule.js';

const MAX_PASSES = 5;

export interface FixResult {
  /** The fixed text; the input itself when nothing was fixed. */
  readonly output: string;
  /** How many findings were fixed. */
  readonly fixed: number;
  /** What remains after the fixes. */
  readonly messages: Message[];
}

export async function fixReadme(input: string, options: LintOptions): Promise<FixResult> {
  const shared = sharingProjects(options);
  let output = input;
  let fixed = 0;
  for (let pass = 0; ; pass += 1) {
    const result = await lintWithFixes(output, shared);
    if (result.edits.length === 0 || pass === MAX_PASSES) return { output, fixed, messages: result.messages };
    const applied = applyEdits(output, result.edits);
    if (applied.count === 0) return { output, fixed, messages: result.messages };
    output = applied.text;
    fixed += applied.count;
  }
}

/**
 * Applies groups of edits (offsets into the newline-normalised text) to the original text.
 * Returns the new text and how many groups were applied.
 */
function applyEdits(original: string, groups: readonly (readonly Edit[])[]): { text: string; count: number } {
  const taken: Edit[] = [];
  let count = 0;
  const sorted = [...groups].sort((a, b) => Math.min(...a.map((e) => e.start)) - Math.min(...b.map((e) => e.start)));
  for (const group of sorted) {
    if (group.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...group);
    count += 1;
  }
  const toOriginal = offsetMap(original);
  let text = original;
  for (const edit of taken.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, toOriginal(edit.start)) + edit.text + text.slice(toOriginal(edit.end));
  }
  return { text, count };
}

/** Two edits conflict when their spans share a character, or both insert at one place. */
function overlaps(a: Edit, b: Edit): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === a.end && a.start === b.start) || (b.start === b.end && b.start === a.start);
}

/** Maps an offset of the normalised text (no BOM, LF) to the original's (BOM, CRLF). */
function offsetMap(original: string): (offset: number) => number {
  const bom = original.startsWith('\uFEFF') ? 1 : 0;
  const collapsed: number[] = [];
  for (let i = bom; i < original.length; i += 1) {
    if (original[i] === '\r' && original[i + 1] === '\n') {
      collapsed.push(i - bom - collapsed.length);
      i += 1;
    }
  }
  return (offset) => {
    let before = 0;
    while (before < collapsed.length && collapsed[before]! < offset) before += 1;
    return offset + bom + before;
  };
}
