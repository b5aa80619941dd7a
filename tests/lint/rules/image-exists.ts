import path from 'node:path';
import { imageExists } from '../../../src/lint/rules/image-exists.js';
import { REPO } from '../../helpers/project.js';
import { at, testRule } from '../tester.js';

const dir = path.join(REPO, 'tests/fixtures/lint');
const missing = '# List\n\n![Chart](images/chart.svg)\n\n![Pie](images/pie%20chart.png "Pie")\n\n<img src="images/bars.png" alt="Bars">\n';

testRule(
  imageExists,
  {
    valid: [
      { name: 'a local image that exists, and remote images', code: '![Chart](images/chart.svg)\n\n![Badge](https://img.shields.io/badge/x-y-green)\n\n<img src="./images/chart.svg">\n' },
      { name: 'a reference image', code: '![Chart][c]\n\n[c]: images/chart.svg\n' },
    ],
    invalid: [
      {
        name: 'Markdown and HTML images that are not there',
        code: missing,
        messages: [
          { ...at(missing, '![Pie]'), message: 'Unexpected missing image `images/pie%20chart.png`, expected a file at images/pie chart.png.' },
          { ...at(missing, '<img'), message: 'Unexpected missing image `images/bars.png`, expected a file at images/bars.png.' },
        ],
      },
    ],
  },
  { dir },
);
