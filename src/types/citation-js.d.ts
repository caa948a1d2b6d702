/**
 * The parts of citation-js this site uses (the packages ship no types). Importing a
 * plugin registers its formats with @citation-js/core.
 */
declare module '@citation-js/core' {
  /** Options of Cite#format('bibliography'). */
  interface BibliographyOptions {
    format?: 'text' | 'html';
    /** A CSL style the plugin bundles: apa, harvard1, vancouver. */
    template?: string;
    lang?: string;
  }

  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** The items, as CSL-JSON. */
    data: Array<Record<string, unknown> & { id: string; type: string; title?: string }>;
    static async(data: unknown): Promise<Cite>;
    format(format: 'bibliography' | 'citation', options?: BibliographyOptions): string;
    /** The bibliography as [item id, text] pairs. */
    format(format: 'bibliography', options: BibliographyOptions & { asEntryArray: true }): [string, string][];
    format(format: 'bibtex' | 'ris' | 'data', options?: { format?: 'text' }): string;
    /** RIS records (tag → value or values), unformatted. */
    format(format: 'ris', options: { format: 'object' }): Record<string, string | number | (string | number)[]>[];
  }
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
