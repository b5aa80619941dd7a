/** The part of citation-js the exports use; the packages ship no type declarations. */
declare module '@citation-js/core' {
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
  }
  export interface CslItem {
    id: string;
    type: string;
    title: string;
    author?: CslName[];
    issued?: { 'date-parts': number[][] };
    'container-title'?: string;
    'container-title-short'?: string;
    publisher?: string;
    volume?: string;
    issue?: string;
    page?: string;
    DOI?: string;
    URL?: string;
    PMID?: string;
    [field: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    format(format: 'bibtex' | 'biblatex' | 'ris' | 'data', options?: Record<string, unknown>): unknown;
  }
  export const plugins: { config: { get(name: string): Record<string, Record<string, unknown>> } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
