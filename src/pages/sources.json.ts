import type { APIRoute } from 'astro';
import { getSourceCitations } from '../queries/sources';
import { citationFile, CITE_MEDIA_TYPES } from '../lib/cite/format';

/** Every source document, for a reference manager. */
export const GET: APIRoute = async () =>
  new Response(citationFile(await getSourceCitations(), 'json'), {
    headers: { 'Content-Type': CITE_MEDIA_TYPES.json },
  });
