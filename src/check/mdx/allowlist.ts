/**
 * The only elements an entry body may contain, with the attributes each may carry.
 * Everything else an entry needs is Markdown (links, emphasis, lists, GFM tables,
 * footnotes, task lists). CONTRIBUTING.md lists the same elements with these examples;
 * a test keeps the two in step.
 */
export interface AllowedElement {
  attributes: readonly string[];
  /** What it is for, and an example, for the contributor's guide and the refusal message. */
  use: string;
  example: string;
}

export const ALLOWED_ELEMENTS: Readonly<Record<string, AllowedElement>> = {
  a: {
    attributes: ['href', 'title'],
    use: 'a link where Markdown `[text](url)` cannot go',
    example: '<a href="/entries/2023-03-first-oil/" title="March 2023">first oil</a>',
  },
  abbr: {
    attributes: ['title'],
    use: 'an abbreviation with its expansion',
    example: '<abbr title="Trans-Caspian International Transport Route">TITR</abbr>',
  },
  sub: { attributes: [], use: 'subscript', example: 'CO<sub>2</sub>' },
  sup: { attributes: [], use: 'superscript', example: 'm<sup>3</sup>' },
  br: { attributes: [], use: 'a line break inside a table cell', example: 'first line<br />second line' },
};

/** Elements refused with a reason of their own (anything else not allowed gets the general one). */
export const DANGEROUS_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'a script would run in every reader’s browser',
  style: 'a style sheet would restyle the whole page',
  iframe: 'it embeds another site into the page',
  object: 'it embeds a plugin or another document into the page',
  embed: 'it embeds a plugin or another document into the page',
  form: 'a form would send readers’ input to another address',
};

/** Attributes that hold an address, whose scheme is checked. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'data',
  'xlink:href',
]);

export const allowedList = (): string =>
  Object.keys(ALLOWED_ELEMENTS)
    .map((name) => `<${name}>`)
    .join(', ');
