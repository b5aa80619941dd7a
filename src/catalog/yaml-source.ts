/** A parsed YAML record file that can say where any field is: the positions every message carries. */
import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { messageAt, type Message, type Point, type Span } from '../report/message.js';
import { normalizeNewlines } from '../text.js';

export type FieldPath = readonly (string | number)[];

export interface YamlSource {
  readonly file: string;
  readonly document: Document.Parsed;
  /** Problems of the YAML itself: syntax, duplicate keys, aliases, several documents, emptiness. */
  readonly messages: Message[];
  /** The span of a field's value (or of its key with `which: 'key'`), or of its nearest existing parent. */
  span(path: FieldPath, which?: 'key' | 'value'): Span;
}

export function parseYamlSource(file: string, rawText: string): YamlSource {
  const text = normalizeNewlines(rawText);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const pointAt = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line, column: col };
  };
  const spanOf = (range: readonly number[] | null | undefined): Span => {
    const [start = 0, end = start] = range ?? [];
    return { start: pointAt(start), end: pointAt(end) };
  };
  const message = (span: Span, ruleId: string, text: string): Message => messageAt(file, span, ruleId, text);

  const messages: Message[] = [];
  for (const error of document.errors) {
    const [start, end] = error.pos;
    const what =
      error.code === 'DUPLICATE_KEY'
        ? 'A field appears twice; keep one of them.'
        : error.code === 'MULTIPLE_DOCS'
          ? 'A record file holds one document; remove the `---` and what follows.'
          : `Invalid YAML: ${firstLine(error.message)}`;
    messages.push(message(spanOf([start, end]), 'yaml-syntax', what));
  }
  if (document.errors.length === 0) {
    // Records never need anchors or aliases; refusing them outright also rules out alias bombs.
    visit(document, {
      Alias(_, node) {
        messages.push(message(spanOf(node.range), 'yaml-alias', 'YAML aliases (`*name`) are not allowed in records; write the value out.'));
        return visit.BREAK;
      },
      Node(_, node) {
        if (node.anchor) {
          messages.push(message(spanOf(node.range), 'yaml-alias', `YAML anchors (\`&${node.anchor}\`) are not allowed in records; remove it.`));
          return visit.BREAK;
        }
        return undefined;
      },
    });
  }
  if (document.errors.length === 0 && (document.contents === null || isEmptyScalar(document.contents))) {
    messages.push(message(spanOf([0, 0]), 'empty-file', 'The file is empty. A record needs at least id, name, modality and the other required fields; see schema/dataset.schema.json.'));
  }

  const span = (path: FieldPath, which: 'key' | 'value' = 'value'): Span => {
    let node: unknown = document.contents;
    let best: Span = spanOf(isNode(node) ? node.range : [0, 0]);
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (pair === undefined) return best;
        if (last && which === 'key' && isNode(pair.key)) return spanOf(pair.key.range);
        node = pair.value;
        best = isNode(node) ? spanOf(node.range) : isNode(pair.key) ? spanOf(pair.key.range) : best;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        if (!isNode(node)) return best;
        best = spanOf(node.range);
      } else {
        return best;
      }
    }
    return best;
  };

  return { file, document, messages, span };
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && (node.value === null || node.value === '');
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

