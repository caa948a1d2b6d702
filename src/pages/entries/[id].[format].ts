import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getEntryCitationFiles } from '../../queries/entry';
import { citationFile, CITE_MEDIA_TYPES } from '../../lib/cite/format';

/** Every entry's citation as BibTeX (.bib), RIS (.ris) and CSL-JSON (.json). */
export const getStaticPaths = getEntryCitationFiles;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(citationFile([props.item], props.format), {
    headers: { 'Content-Type': CITE_MEDIA_TYPES[props.format] },
  });
