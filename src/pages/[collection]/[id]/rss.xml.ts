import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getEntityFeed, getEntityFeedPaths } from '../../../queries/feeds';

export const getStaticPaths = (() => getEntityFeedPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => rss(await getEntityFeed(props.collection, props.id));
