/** The share images (og:image), one PNG per card: /share/entries/<id>.png, /share/site.png, … */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getSharePaths, sharePng } from '../../queries/share';

export const getStaticPaths = getSharePaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await sharePng(props.card)), { headers: { 'Content-Type': 'image/png' } });
