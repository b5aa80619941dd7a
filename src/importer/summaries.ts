/**
 * Which dataset each summary bullet belongs to. Bullets name datasets loosely: by acronym
 * ("BUSI"), by a shortened name ("UDIAT Dataset B"), or several at once ("ISPY1 & ISPY2",
 * "QIN (Breast DCE-MRI, QIN-BREAST, QIN-BREAST-02)").
 */
import type { SummaryBullet } from '../readme/extract.js';

export type MatchHow = 'exact' | 'acronym' | 'prefix' | 'words';

export interface SummaryMatch {
  readonly bullet: SummaryBullet;
  /** The part of the label that named the dataset. */
  readonly part: string;
  readonly how: MatchHow;
}

export interface SummaryMatching {
  /** Dataset name → the bullets that name it. */
  readonly byName: Map<string, SummaryMatch[]>;
  /** Label parts that named no dataset, with their bullet. */
  readonly unmatched: { bullet: SummaryBullet; part: string }[];
}

export function matchSummaries(names: readonly string[], bullets: readonly SummaryBullet[]): SummaryMatching {
  const byName = new Map<string, SummaryMatch[]>(names.map((n) => [n, []]));
  const unmatched: { bullet: SummaryBullet; part: string }[] = [];
  for (const bullet of bullets) {
    for (const part of labelParts(bullet.label, names)) {
      const found = findDataset(part, names);
      if (found === undefined) unmatched.push({ bullet, part });
      else byName.get(found.name)!.push({ bullet, part, how: found.how });
    }
  }
  return { byName, unmatched };
}

/** "A & B" → [A, B]; "QIN (x, y)" → each of x, y, prefixed with QIN when that names a dataset. */
export function labelParts(label: string, names: readonly string[]): string[] {
  const group = /^(.*?)\s*\(([^()]*,[^()]*)\)\s*$/.exec(label);
  if (group !== null) {
    const prefix = group[1]!.trim();
    return group[2]!.split(',').map((item) => {
      const bare = item.trim();
      const prefixed = `${prefix} ${bare}`;
      const direct = findDataset(bare, names);
      const withPrefix = findDataset(prefixed, names);
      // "QIN (Breast DCE-MRI, ...)": the prefix completes a name when that reads it more exactly.
      return withPrefix !== undefined && (direct === undefined || rank(withPrefix.how) < rank(direct.how)) ? prefixed : bare;
    });
  }
  return label
    .split(/\s+(?:&|and)\s+|\s*,\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const HOW_ORDER: readonly MatchHow[] = ['exact', 'acronym', 'prefix', 'words'];
const rank = (how: MatchHow) => HOW_ORDER.indexOf(how);

export function normalizeLabel(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/\s+/g, ' ').trim();
}

function words(text: string): string[] {
  return normalizeLabel(text).split(/[^a-z0-9']+/).filter((w) => w !== '');
}

function findDataset(part: string, names: readonly string[]): { name: string; how: MatchHow } | undefined {
  const wanted = normalizeLabel(part);
  const unique = (how: MatchHow, test: (name: string) => boolean) => {
    const hits = names.filter(test);
    return hits.length === 1 ? { name: hits[0]!, how } : undefined;
  };
  return (
    unique('exact', (n) => normalizeLabel(n) === wanted) ??
    unique('acronym', (n) => normalizeLabel(/\(([^()]+)\)\s*$/.exec(n)?.[1] ?? '') === wanted) ??
    unique('prefix', (n) => normalizeLabel(n).startsWith(`${wanted} `)) ??
    unique('words', (n) => {
      const have = new Set(words(n));
      const need = words(part);
      return need.length >= 2 && need.every((w) => have.has(w));
    })
  );
}
