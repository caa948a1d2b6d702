/** The share images (og:image), one PNG per card: /share/entries/<id>.png, /share/site.png, …; a build writes them after the pages. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getSharePaths, sharePng } from '../../queries/share';
import type { ShareCard } from '../../lib/share/card';
import { paths } from '../../lib/urls/paths';
import { writtenAfterBuild } from '../../io/files-after-build';

const png = async (card: ShareCard) =>
  new Response(new Uint8Array(await sharePng(card)), { headers: { 'Content-Type': 'image/png' } });

export const getStaticPaths = async () =>
  writtenAfterBuild(
    await getSharePaths(),
    ({ props }) => paths.outputFile(paths.shareImage(props.card.path)),
    ({ props }) => png(props.card),
  );

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => png(props.card);
