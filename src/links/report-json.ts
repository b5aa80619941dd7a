/** `--format json`: one array, one object per URL, in report order. */
import type { LinkResult } from './verdict.js';

export function formatJson(results: readonly LinkResult[]): string {
  const rows = results.map((r) => ({
    url: r.url,
    verdict: r.verdict,
    status: r.status,
    finalUrl: r.finalUrl,
    attempts: r.attempts,
    ms: r.ms,
    reason: r.reason,
    sources: r.sources.map((s) => ({ file: s.file, line: s.line, ...(s.field === undefined ? {} : { field: s.field }) })),
    ...(r.suggestedUrl === undefined ? {} : { suggestedUrl: r.suggestedUrl }),
    ...(r.cached ? { cached: true } : {}),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
