import { headingUnique } from '../../../src/lint/rules/heading-unique.js';
import { at, testRule } from '../tester.js';

const chapters = '# List\n\n## Set-up\n\n### Commands\n\nRun.\n\n## Maintainers\n\n### Commands\n\nRun more.\n';
const merged = '# List\n\n## Maintainers\n\n### Commands\n\nNew.\n\n### Performance\n\nFast.\n\n### Commands\n\nOld.\n\n### Performance\n\nSlow.\n';
const bySlug = '# List\n\n## Set up\n\nOne.\n\n## Set-up\n\nTwo.\n';

testRule(headingUnique, {
  valid: [
    { name: 'one name under different parents', code: chapters },
    { name: 'one name at different depths', code: '# Datasets\n\n## Datasets\n\nText.\n' },
    { name: 'no headings', code: 'Just text.\n' },
  ],
  invalid: [
    {
      name: 'sections repeated under one parent, as a merge leaves them',
      code: merged,
      messages: [
        {
          ...at(merged, 'Commands', 1),
          message: 'Unexpected second `Commands` section under `Maintainers`, expected each section once: merge it with the one on line 5 or rename it; a link to `#commands` reaches only the first.',
        },
        {
          ...at(merged, 'Performance', 1),
          message: 'Unexpected second `Performance` section under `Maintainers`, expected each section once: merge it with the one on line 9 or rename it; a link to `#performance` reaches only the first.',
        },
      ],
    },
    {
      name: 'names that differ but share a slug',
      code: bySlug,
      messages: [{ ...at(bySlug, 'Set-up'), message: 'Unexpected second `Set-up` section under `List`, expected each section once: merge it with the one on line 3 or rename it; a link to `#set-up` reaches only the first.' }],
    },
    {
      name: 'top-level sections',
      code: '## A\n\n## A\n',
      messages: [{ line: 3, column: 4, message: 'Unexpected second `A` section, expected each section once: merge it with the one on line 1 or rename it; a link to `#a` reaches only the first.' }],
    },
  ],
});
