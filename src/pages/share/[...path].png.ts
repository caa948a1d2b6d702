/** The share images (og:image), one PNG per card: /share/entries/<id>.png, /share/site.png, …; a build links them from the cache after the pages. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getSharePaths, sharePng, sharePngFile } from '../../queries/share';
import type { ShareCard } from '../../lib/share/card';
import { paths } from '../../lib/urls/paths';
import { writtenAfterBuild } from '../../io/files-after-build';

const png = async (card: ShareCard) =>
  new Response(new Uint8Array(await sharePng(card)), { headers: { 'Content-Type': 'image/png' } });

export const getStaticPaths = async () =>
  writtenAfterBuild(
    await getSharePaths(),
    ({ props }) => paths.outputFile(paths.shareImage(props.card.path)),
    async ({ props }) => ({ onDisk: await sharePngFile(props.card) }),
  );

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => png(props.card);
