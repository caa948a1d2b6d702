import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getSeriesCsvFiles } from '../../queries/data';

/** Each data series' points as CSV (the Dataset's distribution). */
export const getStaticPaths = getSeriesCsvFiles;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
