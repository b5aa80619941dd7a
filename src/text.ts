/** Text as every reader of the project's files sees it. */

/** Strip a BOM and turn CRLF/CR into LF, so line numbers and columns mean the same everywhere. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
