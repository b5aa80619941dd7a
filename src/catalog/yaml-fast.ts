/**
 * The fast first reading of a record. js-yaml's loader reads a record about ten times faster than
 * the `yaml` library builds a document with positions, but it knows no positions. So records are
 * read with it first, and a record that reads and passes every check is done; any other is read
 * again by yaml-source.ts, whose messages name line and column. (JSON tools do the same with
 * JSON.parse and a slower parser that locates the error.)
 *
 * Both read YAML 1.2 with the core schema, but they differ at the edges: js-yaml takes `1_000` and
 * `0b11` as numbers and `+.5` as a string, accepts anchors and aliases (records refuse them), merge
 * keys, and quoted scalars continued on lines the other refuses. So only records written the way
 * the project writes them are read fast: one `key: value` or `- value` per line, every scalar on
 * its line, none of the forms above. Anything else goes to the full parser, and the fast reading
 * never accepts a record the full one would read differently; a property test holds them to that.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

const KEY = String.raw`[A-Za-z][\w-]*`;
/**
 * A value that starts and ends on its line: a flow sequence of plain words (`[DICOM, PNG]`), a flow
 * mapping of plain words (`{value: 1.5, unit: GB}`), a quoted or a plain scalar.
 */
const WORDS = String.raw`[\w .+-]*`;
/** A plain scalar: no indicator first, and no colon that would make it a key. */
const PLAIN = String.raw`[^\s\-?:,[\]{}#&*!|>'"%@\x60](?:[^:]|:(?=\S))*?`;
const VALUE = String.raw`(?:\[${WORDS}(?:,${WORDS})*\]|\{ *(?:[\w-]+: ${WORDS}(?:, *[\w-]+: ${WORDS})*)?\}|"[^"]*"|'(?:[^']|'')*'|${PLAIN})`;
/** Per line: nothing, a comment, a `key: value` or a `key:` opening a block (either after list dashes), or a list item's value. */
const SIMPLE_LINE = new RegExp(String.raw`^ *(?:#.*|(?:- +)*${KEY}:(?: +${VALUE})?|(?:- +)+${VALUE})? *$`);

const LEFT_TO_THE_FULL_PARSER = [
  /(?:^|[\s[\]{},:])[&*!]/m, // anchors, aliases and tags, which start a node
  /<</, // merge keys
  /^(?:%|---|\.\.\.)/m, // directives, document markers
  /\d_|_\d|\b0b|[-+]\.|[-+]0[box]|(?:^|[\s[{,])-0(?=$|[\s,\]}])/m, // number forms the two schemas resolve differently
  /[\d.][eE][-+]?\d{3}|[\da-fA-F]{250}/, // numbers too large for a double: Infinity for one, a string for the other
  /\t|\\/, // tabs, escapes
  /__proto__/,
  // Control characters, non-characters and a BOM, which the parsers accept or refuse differently.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/,
];

/** The value of a record's text (newlines normalised), or undefined when the full parser has to read it. */
export function readPlainRecord(text: string): { readonly value: unknown } | undefined {
  if (LEFT_TO_THE_FULL_PARSER.some((pattern) => pattern.test(text))) return undefined;
  if (!text.split('\n').every((line) => SIMPLE_LINE.test(line))) return undefined;
  let value: unknown;
  try {
    // Duplicate keys throw (json: false), as does a second document.
    value = load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  // A record is a mapping; the full parser says what else the text is.
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { value } : undefined;
}
