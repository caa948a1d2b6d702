/**
 * A page's structured data as one JSON-LD graph, and its text for a
 * `<script type="application/ld+json">` block.
 */
import type { Graph, Thing } from 'schema-dts';

export function jsonLdGraph(nodes: readonly Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': [...nodes] };
}

/**
 * JSON safe inside a script element: `<` becomes \u003c, so no `</script>` or `<!--`
 * can close or confuse the block; U+2028 and U+2029 are escaped too. JSON.parse reads
 * it back unchanged.
 */
export function serializeJsonLd(graph: Graph): string {
  return JSON.stringify(graph)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
