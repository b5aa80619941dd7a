/**
 * What a reader takes from a cell: the value its column's parser reads, as one comparable string.
 * Two cells that say the same thing in different styles (`1775` and `1,775`) read the same, so the
 * sync check reports what differs in meaning and leaves style to the format rules.
 */
import { parseLinkText } from '../fields/access.js';
import { parseCount } from '../fields/count.js';
import { parseFormats } from '../fields/formats.js';
import { normalizeName } from '../fields/name.js';
import { parseSize } from '../fields/size.js';
import { urlIdentity } from '../fields/url.js';
import type { ColumnKey } from './columns.js';

export interface CellContent {
  readonly text: string;
  readonly urls: readonly string[];
}

export function cellValue(key: ColumnKey, cell: CellContent): string {
  const text = cell.text.trim();
  switch (key) {
    case 'dataset':
      return normalizeName(text);
    case 'subjects':
    case 'samples': {
      const parsed = parseCount(text);
      return parsed.ok ? String(parsed.value) : text;
    }
    case 'format': {
      const parsed = parseFormats(text);
      return parsed.tokens.every((t) => t.ok) ? parsed.formats.join(',') : text;
    }
    case 'size': {
      const parsed = parseSize(text);
      return parsed.ok ? (parsed.value === null ? 'null' : `${parsed.value.value} ${parsed.value.unit}`) : text;
    }
    case 'year':
      return text;
    case 'cite':
      return cell.urls.map(urlIdentity).join(' ');
    case 'access': {
      const parsed = parseLinkText(text);
      return `${parsed.ok ? parsed.kind : text} ${cell.urls.map(urlIdentity).join(' ')}`;
    }
  }
}
