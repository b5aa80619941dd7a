/** The one Markdown parser of the project: unified + remark-parse + remark-gfm. */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { normalizeNewlines } from '../text.js';

export { normalizeNewlines };

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses Markdown into mdast with positions. A BOM is dropped; CRLF line endings are read as LF. */
export function parseMarkdown(text: string): Root {
  return parser.parse(normalizeNewlines(text));
}
