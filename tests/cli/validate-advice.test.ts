/**
 * What validate says to write instead, for the mistakes contributors make, through the command as
 * a user runs it: each message names the field and, where it can, the exact YAML to write.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../helpers/report.js';
import { recordYaml, runCli, tempDir } from '../helpers/project.js';

async function advice(overrides: Record<string, string | undefined>, file = 'example-set'): Promise<string[]> {
  const root = tempDir({ [`datasets/${file}.yaml`]: recordYaml(overrides, file === 'Example-Set' ? 'example-set' : file) });
  const result = await runCli(['validate', '--quiet'], root);
  expect(result.code, result.stdout).toBe(1);
  expect(result.stderr).toBe('');
  return parseReport(result.stdout).map((m) => m.message);
}

describe('validate says what to write instead', () => {
  it.each([
    ['a list written as one value', { formats: 'DICOM' }, /^formats: expected a list of distinct file formats, \[\] when unknown, found `DICOM`\. Formats is a list, even of one: write `formats: \[DICOM\]`\.$/],
    ['a list of aliases written as one value', { formats: 'jpg, png' }, /write `formats: \[JPEG, PNG\]`/],
    ['a format one letter from another, which is not a typo', { formats: '[GIF]' }, /found `GIF`\. `GIF` is not a format the catalogue lists; if it is the data's format, add it to the vocabulary/],
    ['a binary unit', { size: '{value: 22.86, unit: GiB}' }, /found `GiB`\. GiB is a binary unit \(1 GiB = 1\.0737 GB\); the catalogue uses decimal units: convert the value and write unit: GB/],
    ['a size written as one string', { size: '22.86 GB' }, /Write `size: \{value: 22\.86, unit: GB\}`\.$/],
    ['a size that is not known', { size: 'N/A' }, /Write `size: null`\.$/],
    ['a count with a thousands separator', { subjects: '1,775' }, /^subjects: expected a whole number >= 0, or null when unknown, found `1,775`\. Write `subjects: 1775`\.$/],
    ['a year that is not known', { year: 'N/A' }, /Write `year: null`\.$/],
    ['a decimal comma in a size', { size: '{value: 22,86, unit: GB}' }, /^size: `22,86` has a decimal comma, which YAML reads as the end of the value: write `size: \{value: 22\.86, unit: GB\}`\.$/],
    ['a decimal comma in a size string', { size: '22,86 GB' }, /`22,86 GB` has a decimal comma; write `size: \{value: 22\.86, unit: GB\}` if that is what it means\./],
    ['a year after next year', { year: '2031' }, new RegExp(`^year: 2031 is in the future; expected a year up to ${new Date().getUTCFullYear() + 1}\\.$`)],
    ['a year before any dataset', { year: '1900' }, new RegExp(`^year: expected a year from 1980 to ${new Date().getUTCFullYear() + 1}, or null when unknown, found \`1900\`\\.$`)],
    ['a DOI given as its link', { citations: '\n  - type: article\n    title: A paper\n    authors: [{family: Doe}]\n    year: 2020\n    doi: https://doi.org/10.1000/x' }, /Write `doi: 10\.1000\/x`\.$/],
    ['a licence written as words', { license: 'CC BY-NC 4.0' }, /Write `license: CC-BY-NC-4\.0`\.$/],
    ['a colon in an unquoted summary', { summary: 'Breast MRI: a dataset of scans.' }, /^The value of `summary` holds ": ", which YAML reads as the start of another field: put the value in double quotes, `summary: "Breast MRI: a dataset of scans\."`\.$/],
    ['a field written twice, named', { notes: 'First.\nnotes: Second.' }, /^The field `notes` appears twice; keep one of them\.$/],
  ] as const)('%s', async (_, overrides, pattern) => {
    const messages = await advice(overrides as Record<string, string>);
    expect(messages.some((m) => pattern.test(m)), messages.join('\n')).toBe(true);
  });

  it('never offers an id with capitals: ids are lower case', async () => {
    const root = tempDir({ 'datasets/Foo-Set.yaml': recordYaml({}, 'foo-set') });
    const result = await runCli(['validate', '--quiet'], root);
    expect(parseReport(result.stdout).map((m) => m.message)).toContain('id `foo-set` does not match the file name Foo-Set.yaml; rename the file to foo-set.yaml and set id: foo-set.');
  });
});
