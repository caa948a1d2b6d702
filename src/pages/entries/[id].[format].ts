import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getEntryCitationFiles } from '../../queries/entry';
import { citationFile, CITE_MEDIA_TYPES } from '../../lib/cite/format';
import { paths } from '../../lib/urls/paths';
import { writtenAfterBuild } from '../../io/files-after-build';

type Route = Awaited<ReturnType<typeof getEntryCitationFiles>>[number];
type Props = Route['props'];

const citation = (props: Props) =>
  new Response(citationFile([props.item], props.format), {
    headers: { 'Content-Type': CITE_MEDIA_TYPES[props.format] },
  });

/** Every entry's citation as BibTeX (.bib), RIS (.ris) and CSL-JSON (.json); a build writes them after the pages. */
export const getStaticPaths = async () =>
  writtenAfterBuild(
    await getEntryCitationFiles(),
    ({ params }) => paths.outputFile(paths.entryCitation(params.id, params.format)),
    ({ props }) => citation(props),
  );

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => citation(props);
