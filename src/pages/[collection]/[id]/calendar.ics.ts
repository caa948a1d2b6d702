import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getEntityCalendar, getEntityFeedPaths } from '../../../queries/feeds';

export const getStaticPaths = (() => getEntityFeedPaths()) satisfies GetStaticPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) =>
  new Response(await getEntityCalendar(props.collection, props.id, site!), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
