/** Reads a vfile-reporter report back into messages, so tests can assert on its fields. */
export interface Reported {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly ruleId: string;
}

export function parseReport(text: string): Reported[] {
  const found: Reported[] = [];
  let file = '';
  for (const line of text.split('\n')) {
    const row = /^(\d+):(\d+)(?:-\d+:\d+)?\s+(error|warning)\s+(.*\S)\s+([a-z][a-z0-9-]*)$/.exec(line);
    if (row !== null) found.push({ file, line: Number(row[1]), column: Number(row[2]), severity: row[3] as Reported['severity'], message: row[4]!, ruleId: row[5]! });
    else if (line !== '' && !/^\d+ messages? |^[✖⚠] |^No problems found/.test(line) && !/^\s/.test(line)) file = line;
  }
  return found;
}
