/** Where things are in the linted text: ranges with offsets for fixes, spans for messages. */
import type { Nodes, Text } from 'mdast';
import type { Point, Span } from '../report/message.js';
import type { Edit } from './rule.js';

/** A span with the offsets of its ends in the (newline-normalised) text. */
export interface Range {
  readonly span: Span;
  readonly start: number;
  readonly end: number;
}

type Positioned = Pick<Nodes, 'position'>;

export function rangeOf(node: Positioned): Range | undefined {
  const p = node.position;
  if (p?.start.offset === undefined || p.end.offset === undefined) return undefined;
  return { span: { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } }, start: p.start.offset, end: p.end.offset };
}

/**
 * The range of a node's children: the text of a table cell without its pipe and padding, the text
 * of a link without its brackets. The node's own range when it has no children.
 */
export function contentRange(node: Positioned & { children?: readonly Positioned[] }): Range | undefined {
  const children = node.children ?? [];
  const first = children.length > 0 ? rangeOf(children[0]!) : undefined;
  const last = children.length > 0 ? rangeOf(children[children.length - 1]!) : undefined;
  if (first === undefined || last === undefined) return rangeOf(node);
  return { span: { start: first.span.start, end: last.span.end }, start: first.start, end: last.end };
}

const ORIGIN: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** The span to report a node's content at; the start of the file when the node has no position. */
export function contentSpan(node: Positioned & { children?: readonly Positioned[] }): Span {
  return contentRange(node)?.span ?? ORIGIN;
}

export function replaceRange(range: Range | undefined, text: string): Edit[] | undefined {
  return range === undefined ? undefined : [{ start: range.start, end: range.end, text }];
}

/**
 * The point of `value[index]` of a text node. Exact when the node's source is its value (no escapes
 * or entities before it); otherwise the node's start, which is always inside the file.
 */
function pointInText(text: string, node: Text, index: number): Point & { offset?: number } {
  const range = rangeOf(node);
  if (range === undefined) return ORIGIN.start;
  if (text.slice(range.start, range.end) !== node.value) return range.span.start;
  let { line, column } = range.span.start;
  for (let i = 0; i < index && i < node.value.length; i += 1) {
    if (node.value[i] === '\n') {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
  }
  return { line, column, offset: range.start + index };
}

/** The range of `value.slice(from, to)` of a text node, when its source is its value. */
export function rangeInText(text: string, node: Text, from: number, to: number): Range | undefined {
  const start = pointInText(text, node, from);
  const end = pointInText(text, node, to);
  if (start.offset === undefined || end.offset === undefined) return undefined;
  return { span: { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } }, start: start.offset, end: end.offset };
}

/** A percent-encoded fragment or path, decoded; as written when it is not valid encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
