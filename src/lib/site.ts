/** Site-wide settings. */
export const SITE_NAME = 'Kazakhstan–Azerbaijan Relations';
export const SITE_DESCRIPTION =
  'A cited public record of relations between Kazakhstan and Azerbaijan: visits, agreements and events, each with its sources.';
/** Where the content files live, for "Edit this page" links. */
export const REPOSITORY_URL = process.env.REPOSITORY_URL || 'https://github.com/kz-az-timeline/kz-az-timeline';
