/** The text report: broken first, then could-not-tell, then ok; each link with its reason and sources. */
import { seconds } from './http.js';
import { VERDICT_ORDER, type LinkResult, type LinkSource, type Verdict } from './verdict.js';

const HEADINGS: Record<Verdict, string> = { broken: 'Broken', warn: 'Could not tell', ok: 'OK' };
const MARKS: Record<Verdict, string> = { broken: '✖', warn: '⚠', ok: '✔' };

export function formatText(results: readonly LinkResult[], elapsedMs: number): string {
  const out: string[] = [];
  for (const verdict of VERDICT_ORDER) {
    const group = results.filter((r) => r.verdict === verdict);
    if (group.length === 0) continue;
    out.push(`${HEADINGS[verdict]} (${group.length})`);
    for (const r of group) {
      out.push(`  ${MARKS[verdict]} ${r.url}`);
      out.push(`      ${r.reason}${r.cached ? ' (cached)' : ''}`);
      if (r.finalUrl !== r.url && verdict !== 'ok') out.push(`      last URL: ${r.finalUrl}`);
      if (r.suggestedUrl !== undefined) out.push(`      moved permanently: update the link to ${r.suggestedUrl}`);
      if (verdict !== 'ok' || r.suggestedUrl !== undefined) out.push(...r.sources.map((s) => `      ${describeSource(s)}`));
    }
    out.push('');
  }
  out.push(summary(results, elapsedMs));
  return `${out.join('\n')}\n`;
}

export function summary(results: readonly LinkResult[], elapsedMs: number): string {
  const count = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  const cached = results.filter((r) => r.cached).length;
  const links = `${results.length} ${results.length === 1 ? 'link' : 'links'}${cached > 0 ? `, ${cached} from the cache` : ''}`;
  return `${count('broken')} broken, ${count('warn')} could not tell, ${count('ok')} ok (${links}) in ${seconds(Math.round(elapsedMs / 100) * 100)}`;
}

export function describeSource(source: LinkSource): string {
  return `${source.file}:${source.line}${source.field === undefined ? '' : ` ${source.field}`}`;
}
