/** A parsed YAML record file that can say where any field is: the positions every message carries. */
import { LineCounter, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { messageAt, type Message, type Point, type Span } from '../report/message.js';
import { normalizeNewlines } from '../text.js';

export type FieldPath = readonly (string | number)[];

export interface YamlSource {
  readonly file: string;
  /** The text parsed: newlines normalised, no BOM. */
  readonly text: string;
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
    messages.push(message(spanOf([start, end]), 'yaml-syntax', explainYamlError(error.code, error.message, text, start)));
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

  return { file, text, document, messages, span };
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && (node.value === null || node.value === '');
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}


/** What a YAML error means for a record, and what to write: the library's words only when nothing better is known. */
function explainYamlError(code: string, message: string, text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, text.indexOf('\n', offset) < 0 ? undefined : text.indexOf('\n', offset));
  const key = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):/.exec(line)?.[1];
  switch (code) {
    case 'DUPLICATE_KEY': {
      const name = /^\s*(?:-\s+)?([^:\s]+)\s*:/.exec(text.slice(offset))?.[1] ?? key;
      return `The field \`${name ?? '?'}\` appears twice; keep one of them.`;
    }
    case 'MULTIPLE_DOCS':
      return 'A record file holds one document; remove the `---` and what follows.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      // `summary: Breast MRI: a dataset`: the second ": " starts a field inside the value.
      const value = key === undefined ? undefined : /^\s*(?:-\s+)?[\w-]+:\s*(.*)$/.exec(line)?.[1];
      if (key !== undefined && value !== undefined && /:\s/.test(value) && !/^["']/.test(value)) {
        return `The value of \`${key}\` holds ": ", which YAML reads as the start of another field: put the value in double quotes, \`${key}: "${value.replace(/["\\]/g, '\\$&')}"\`.`;
      }
      return 'A line is indented where no field opens a block, or a key runs over two lines: line the field up with the others (two spaces under a list item) and keep each key on one line.';
    }
    case 'UNEXPECTED_TOKEN':
      return key === undefined ? `Invalid YAML: ${firstLine(message)}` : `The value of \`${key}\` goes on after its closing quote: quote the whole value, \`${key}: "..."\`, with any inner double quote written \\".`;
    case 'BAD_INDENT':
      return `A list in [brackets] or a mapping in {braces} is not closed on its line: close it, or write one item per line.`;
    case 'TAB_AS_INDENT':
      return 'A tab indents this line: YAML indents with spaces only.';
    default:
      return `Invalid YAML: ${firstLine(message)}`;
  }
}
