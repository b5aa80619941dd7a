/** SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules of the tool, one result per message. */
import type { Message, Severity } from './message.js';

export interface SarifRule {
  readonly id: string;
  readonly doc: string;
  readonly severity: Severity;
}

export interface SarifTool {
  readonly name: string;
  /** Where the tool is documented; omitted until the project has a published home. */
  readonly informationUri?: string;
  readonly rules: readonly SarifRule[];
}

export function formatSarif(messages: readonly Message[], tool: SarifTool): string {
  const index = new Map(tool.rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            ...(tool.informationUri !== undefined && { informationUri: tool.informationUri }),
            rules: tool.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.doc },
              defaultConfiguration: { level: rule.severity },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: messages.map((m) => ({
          ruleId: m.ruleId,
          ...(index.has(m.ruleId) && { ruleIndex: index.get(m.ruleId) }),
          level: m.severity,
          message: { text: m.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(m.file.split('\\').join('/')) },
                region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
