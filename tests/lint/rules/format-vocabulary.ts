import { formatVocabulary } from '../../../src/lint/rules/format-vocabulary.js';
import { at, row, section, testRule } from '../tester.js';

const na = section([row({ format: 'N/a' })]);
const rgb = section([row({ format: 'RGB' })]);
const alias = section([row({ format: 'SVS & tif' })]);
const typo = section([row({ format: 'PNGG' })]);
const unknown = section([row({ format: 'Foo' })]);

testRule(formatVocabulary, {
  valid: [
    { name: 'canonical formats and N/A', code: section([row({ format: 'SVS, TIFF' }), row({ dataset: 'B', format: 'N/A' }), row({ dataset: 'C', format: 'NIfTI' })]) },
  ],
  invalid: [
    { name: 'N/A in another casing, fixed', code: na, messages: [{ ...at(na, 'N/a'), severity: 'warning', message: 'Unexpected Format `N/a`, expected `N/A`.' }], output: na.replace('N/a', 'N/A') },
    {
      name: 'a colour model is not a file format',
      code: rgb,
      messages: [{ ...at(rgb, 'RGB'), message: 'Unexpected `RGB` in Format: it is a colour model, not a file format; expected the file format (such as PNG or TIFF), or N/A.' }],
    },
    {
      name: 'aliases and another separator, fixed',
      code: alias,
      messages: [{ ...at(alias, 'SVS & tif'), severity: 'warning', message: 'Unexpected Format `SVS & tif`, expected `SVS, TIFF`.' }],
      output: alias.replace('SVS & tif', 'SVS, TIFF'),
    },
    { name: 'a near miss names the format, not fixed', code: typo, messages: [{ ...at(typo, 'PNGG'), message: 'Unexpected format `PNGG`, expected `PNG`.' }] },
    {
      name: 'an unknown word',
      code: unknown,
      messages: [{ ...at(unknown, 'Foo'), message: 'Unexpected format `Foo`, expected one of DICOM, PNG, JPEG, TIFF, SVS, PGM, BMP, MAT, NIfTI, NRRD, HDF5, NumPy, CSV, XML, or N/A.' }],
    },
  ],
});
