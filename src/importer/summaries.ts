/**
 * Which dataset each summary bullet belongs to. Bullets name datasets loosely: by acronym
 * ("BUSI"), by a shortened name ("UDIAT Dataset B"), or several at once ("ISPY1 & ISPY2",
 * "QIN (Breast DCE-MRI, QIN-BREAST, QIN-BREAST-02)").
 */
import { normalizeName } from '../fields/name.js';
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
  const index = new NameIndex(names);
  for (const bullet of bullets) {
    for (const part of labelParts(bullet.label, index)) {
      const found = index.find(part);
      if (found === undefined) unmatched.push({ bullet, part });
      else byName.get(found.name)!.push({ bullet, part, how: found.how });
    }
  }
  return { byName, unmatched };
}

/** "A & B" → [A, B]; "QIN (x, y)" → each of x, y, prefixed with QIN when that names a dataset. */
export function labelParts(label: string, names: readonly string[] | NameIndex): string[] {
  const index = names instanceof NameIndex ? names : new NameIndex(names);
  // A name that holds "and" or a parenthesis of its own is one part, not a group.
  if (index.find(label)?.how === 'exact') return [label];
  const group = /^(.*?)\s*\(([^()]*,[^()]*)\)\s*$/.exec(label);
  if (group !== null) {
    const prefix = group[1]!.trim();
    return group[2]!.split(',').map((item) => {
      const bare = item.trim();
      const prefixed = `${prefix} ${bare}`;
      const direct = index.find(bare);
      const withPrefix = index.find(prefixed);
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


function words(text: string): string[] {
  return normalizeName(text).split(/[^a-z0-9']+/).filter((w) => w !== '');
}

/**
 * The dataset names, normalised once: a label is looked up by exact name and by acronym in a map,
 * so matching every bullet of a catalogue costs time in proportion to its size, not its square.
 * The looser tests (prefix, words) still go through the names, and only for labels the maps miss.
 */
export class NameIndex {
  private readonly normalized: readonly string[];
  private readonly exact = new Map<string, string[]>();
  private readonly acronyms = new Map<string, string[]>();
  private wordSets: readonly Set<string>[] | undefined;

  constructor(private readonly names: readonly string[]) {
    this.normalized = names.map(normalizeName);
    names.forEach((name, i) => {
      push(this.exact, this.normalized[i]!, name);
      push(this.acronyms, normalizeName(/\(([^()]+)\)\s*$/.exec(name)?.[1] ?? ''), name);
    });
  }

  /** The one dataset a label part names, and how; undefined when it names none, or several alike. */
  find(part: string): { name: string; how: MatchHow } | undefined {
    const wanted = normalizeName(part);
    const unique = (how: MatchHow, hits: readonly string[]) => (hits.length === 1 ? { name: hits[0]!, how } : undefined);
    const where = (test: (i: number) => boolean) => this.names.filter((_, i) => test(i));
    return (
      unique('exact', this.exact.get(wanted) ?? []) ??
      unique('acronym', this.acronyms.get(wanted) ?? []) ??
      unique('prefix', where((i) => this.normalized[i]!.startsWith(`${wanted} `))) ??
      this.byWords(part, unique, where)
    );
  }

  private byWords(
    part: string,
    unique: (how: MatchHow, hits: readonly string[]) => { name: string; how: MatchHow } | undefined,
    where: (test: (i: number) => boolean) => string[],
  ): { name: string; how: MatchHow } | undefined {
    const need = words(part);
    if (need.length < 2) return undefined;
    this.wordSets ??= this.names.map((name) => new Set(words(name)));
    const sets = this.wordSets;
    return unique('words', where((i) => need.every((w) => sets[i]!.has(w))));
  }
}

function push(map: Map<string, string[]>, key: string, name: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [name]);
  else list.push(name);
}
