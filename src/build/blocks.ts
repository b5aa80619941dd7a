/** Block directives the build adds to the template's own: the list of export files. */
import type { List, RootContent } from 'mdast';
import type { BlockDirective } from '../readme/template.js';
import { EXPORT_FILES } from '../exports/index.js';

/** `<!-- catalogue:exports -->`: a list linking each export file with what it holds. */
export const exportsBlock: BlockDirective = (): RootContent[] => {
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: EXPORT_FILES.map((file) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: file.path, children: [{ type: 'inlineCode', value: file.path.split('/').pop()! }] },
            { type: 'text', value: ` (${file.title}): ${file.description}` },
          ],
        },
      ],
    })),
  };
  return [list];
};
