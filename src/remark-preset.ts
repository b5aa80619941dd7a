/**
 * The README linter's rules as a remark-lint preset, so remark-cli and the VS Code remark extension
 * show them while editing. In `.remarkrc.mjs`: `export default { plugins: ['./dist/remark-preset.js'] }`.
 * Each rule is a unified-lint-rule plugin (`catalogue-lint:<rule-id>`), configured at its default
 * severity; all of them read one context per file, built on first use.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import type { Pluggable, Preset } from 'unified';
import { lintRule } from 'unified-lint-rule';
import { createContext, generatedReadmeRoot, type LintContext } from './lint/context.js';
import { runRule } from './lint/lint.js';
import type { Rule } from './lint/rule.js';
import { RULES } from './lint/rules/index.js';

const SOURCE = 'catalogue-lint';

type LintFile = Parameters<Parameters<typeof lintRule<Root>>[1]>[1];
type VFileMessage = LintFile['messages'][number];

const contexts = new WeakMap<Root, LintContext>();
/** Messages of findings that are only warnings, whatever the severity their rule is configured at. */
const warnings = new WeakSet<VFileMessage>();

function contextFor(tree: Root, file: LintFile): LintContext {
  let context = contexts.get(tree);
  if (context === undefined) {
    const absolute = file.path === undefined ? undefined : path.resolve(file.cwd, file.path);
    const dir = absolute === undefined ? undefined : path.dirname(absolute);
    const root = absolute === undefined ? undefined : generatedReadmeRoot(absolute);
    context = createContext(String(file.value ?? ''), tree, { file: file.path ?? '', ...(dir !== undefined && { dir }), ...(root !== undefined && { root }) });
    contexts.set(tree, context);
  }
  return context;
}

/** A rule as a remark-lint plugin. */
export function remarkRule(rule: Rule) {
  return lintRule<Root>({ origin: `${SOURCE}:${rule.meta.id}` }, async (tree, file) => {
    await runRule(rule, contextFor(tree, file), (finding) => {
      const message = file.message(finding.message, { place: finding.span, ruleId: rule.meta.id, source: SOURCE });
      if (finding.severity === 'warning') warnings.add(message);
    });
  });
}

/** unified-lint-rule gives every message its rule's severity; a finding that is only a warning gets its own back. */
function restoreWarnings() {
  return (_tree: Root, file: LintFile) => {
    for (const message of file.messages) if (warnings.has(message)) message.fatal = false;
  };
}

/** Each rule's plugin, by rule id: `[rulePlugins.plausibility, ['off']]` after the preset turns one off. */
export const rulePlugins: Readonly<Record<string, ReturnType<typeof remarkRule>>> = Object.fromEntries(RULES.map((rule) => [rule.meta.id, remarkRule(rule)]));

const preset: Preset = {
  plugins: [remarkGfm, ...RULES.map((rule): Pluggable => [rulePlugins[rule.meta.id]!, [rule.meta.severity === 'error' ? 'error' : 'warn']]), restoreWarnings],
};

export default preset;
