/**
 * Pages as text a quote can be found in: HTML reduced to its words, and both sides compared the
 * way a reader would, case- and whitespace-insensitively, across inline markup.
 */

/** Elements whose end separates words; any other tag (i, b, span, a, sup...) joins what it wraps. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“',
  rdquo: '”', times: '×', deg: '°', micro: 'µ', middot: '·', copy: '©', reg: '®', shy: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The words of an HTML page: scripts, styles and comments dropped, block ends as spaces, inline tags gone. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_, tag: string) => (BLOCK.has(tag.toLowerCase()) ? ' ' : '')),
  );
}

/** The text of a fetched document: HTML reduced to words, anything else (JSON, plain text, Markdown) as it is. */
export function documentText(body: string, contentType: string | undefined): string {
  return /html|xml/i.test(contentType ?? '') || /^\s*<(!doctype|html|\?xml)/i.test(body) ? htmlToText(body) : body;
}

/** A form in which two spellings of the same words compare equal: case, width, whitespace and typographic quotes aside. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
}

export function containsQuote(text: string, quote: string): boolean {
  return comparable(text).includes(comparable(quote));
}
