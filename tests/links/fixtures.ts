/** Test fixtures shared by the link tests. */

/** A valid record; citations start at line 10, three lines each (type, title, url). */
export function record(id: string, accessUrl: string, citations: string[]): string {
  const cited = citations.length === 0 ? 'citations: []\n' : `citations:\n${citations.map((url) => `  - type: article\n    title: Paper\n    url: ${url}\n`).join('')}`;
  return `# yaml-language-server: $schema=../schema/dataset.schema.json
id: ${id}
name: Dataset ${id}
modality: ultrasound
subjects: 10
samples: 20
sample_unit: images
formats: [PNG]
size: null
year: 2020
${cited}access:
  kind: download
  url: ${accessUrl}
summary: A dataset for tests.
evidence: []
`;
}
