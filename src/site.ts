/** The site's name and what it is, as every page, feed and share card states them. */
export const SITE_NAME = 'Kazakhstan–Azerbaijan Relations';
export const SITE_DESCRIPTION =
  'A cited public record of relations between Kazakhstan and Azerbaijan: visits, agreements and events, each with its sources.';
