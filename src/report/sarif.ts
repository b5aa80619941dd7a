/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules of the tool with their
 * descriptions and help, one result per message, paths relative to the checkout (%SRCROOT%).
 */
import { pathToFileURL } from 'node:url';
import type { Message, Severity } from './message.js';

export interface SarifRule {
  readonly meta: { readonly id: string; readonly description: string; readonly why: string; readonly severity: Severity; readonly fixable: boolean };
}

export interface SarifTool {
  readonly name: string;
  readonly version: string;
  /** Where the tool is documented: the repository, when the run knows it. */
  readonly informationUri?: string;
  readonly rules: readonly SarifRule[];
  /** The folder paths are relative to: the checkout's root. */
  readonly root: string;
}

const SRCROOT = '%SRCROOT%';

export function formatSarif(messages: readonly Message[], tool: SarifTool): string {
  const index = new Map(tool.rules.map((rule, i) => [rule.meta.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri !== undefined && { informationUri: tool.informationUri }),
            rules: tool.rules.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              fullDescription: { text: `${meta.description} ${meta.why}` },
              help: {
                text: `${meta.why}${meta.fixable ? ' `npm run lint-readme -- --fix` repairs what is safe.' : ''} The rule's examples are in docs/rules.md.`,
                markdown: `${meta.why}${meta.fixable ? ' `npm run lint-readme -- --fix` repairs what is safe.' : ''} The rule's examples are in [docs/rules.md](docs/rules.md#${meta.id}).`,
              },
              defaultConfiguration: { level: meta.severity },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(tool.root.endsWith('/') ? tool.root : `${tool.root}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: messages.map((m) => ({
          ruleId: m.ruleId,
          ...(index.has(m.ruleId) && { ruleIndex: index.get(m.ruleId) }),
          level: m.severity,
          message: { text: m.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(m.file.split('\\').join('/')), uriBaseId: SRCROOT },
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
