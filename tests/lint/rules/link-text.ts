import { linkText } from '../../../src/lint/rules/link-text.js';
import { at, row, section, testRule } from '../tester.js';

const typo = section([row({ dataset: 'OASBUD', access: '[Downnload here](https://zenodo.org/records/545928)' })]);
const request = section([row({ access: '[Resquest Permission](https://x.org/ask)' })]);
const casing = section([row({ access: '[Download Here](https://x.org/d)' })]);
const unknown = section([row({ access: '[Get the data](https://x.org/d)' })]);
const noLink = section([row({ access: 'by e-mail' })]);
const two = section([row({ access: '[Download here](https://x.org/d) [Paper](https://x.org/p)' })]);

testRule(linkText, {
  valid: [
    {
      name: 'each text of the vocabulary',
      code: section(['Download here', 'Register to download', 'Request permission', 'Contact the authors'].map((t, i) => row({ dataset: `D${i}`, access: `[${t}](https://x.org/${i})` }))),
    },
  ],
  invalid: [
    { name: 'a typo, fixed', code: typo, messages: [{ ...at(typo, '[Downnload'), message: 'Unexpected link text `Downnload here`, expected `Download here`.' }], output: typo.replace('Downnload', 'Download') },
    {
      name: 'a typo and another casing, fixed',
      code: request,
      messages: [{ ...at(request, '[Resquest'), message: 'Unexpected link text `Resquest Permission`, expected `Request permission`.' }],
      output: request.replace('Resquest Permission', 'Request permission'),
    },
    {
      name: 'another casing, a warning, fixed',
      code: casing,
      messages: [{ ...at(casing, '[Download Here'), severity: 'warning', message: 'Unexpected link text `Download Here`, expected `Download here`.' }],
      output: casing.replace('Download Here', 'Download here'),
    },
    {
      name: 'a text far from the vocabulary',
      code: unknown,
      messages: [{ ...at(unknown, '[Get'), message: 'Unexpected link text `Get the data`, expected one of `Download here`, `Register to download`, `Request permission`, `Contact the authors`.' }],
    },
    {
      name: 'no link',
      code: noLink,
      messages: [{ ...at(noLink, 'by e-mail'), message: 'Unexpected access cell `by e-mail` without a link in the row of `Example Set`, expected a link such as [Download here](https://...).' }],
    },
    {
      name: 'a second link, a warning',
      code: two,
      messages: [{ ...at(two, '[Paper]'), severity: 'warning', message: 'Unexpected second link `Paper` in the access cell of `Example Set`, expected one link; put papers in the Cite column.' }],
    },
  ],
});
