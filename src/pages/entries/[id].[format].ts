import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getEntryCitations } from '../../queries/entry';
import { citationFile, CITE_MEDIA_TYPES } from '../../lib/cite/format';
import { CITE_FORMATS } from '../../lib/urls/paths';

/** Every entry's citation as BibTeX (.bib), RIS (.ris) and CSL-JSON (.json). */
export async function getStaticPaths() {
  return (await getEntryCitations()).flatMap(({ id, item }) =>
    CITE_FORMATS.map((format) => ({ params: { id, format }, props: { item, format } })),
  );
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(citationFile([props.item], props.format), { headers: { 'Content-Type': CITE_MEDIA_TYPES[props.format] } });
