/**
 * A Markdown report for a CI job summary: a table per verdict, broken first, each link with its
 * reason and where it occurs. Links that work are counted, not listed, unless they moved.
 */
import { summary, describeSource } from './report-text.js';
import { VERDICT_ORDER, type LinkResult, type Verdict } from './verdict.js';

const HEADINGS: Record<Verdict, string> = { broken: 'Broken', warn: 'Could not tell', ok: 'Moved permanently' };

export function formatMarkdown(results: readonly LinkResult[], elapsedMs: number): string {
  const out = ['### Link check', '', summary(results, elapsedMs), ''];
  for (const verdict of VERDICT_ORDER) {
    const group = results.filter((r) => r.verdict === verdict && (verdict !== 'ok' || r.suggestedUrl !== undefined));
    if (group.length === 0) continue;
    out.push(`#### ${HEADINGS[verdict]} (${group.length})`, '', '| Link | Status | Why | Where |', '| --- | --- | --- | --- |');
    for (const r of group) {
      const why = r.suggestedUrl === undefined ? r.reason : `${r.reason}; update to ${r.suggestedUrl}`;
      out.push(`| ${cell(r.url)} | ${r.status ?? '-'} | ${cell(why)} | ${cell(r.sources.map(describeSource).join(', '))} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** Table-cell text: pipes escaped, no line breaks, and URLs kept as code so they are not linked twice. */
function cell(text: string): string {
  const safe = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  return /^https?:\/\//.test(safe) ? `\`${safe.replace(/`/g, '')}\`` : safe;
}
