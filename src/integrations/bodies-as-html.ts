/**
 * MDX entry bodies are rendered to HTML when the content is loaded and kept in Astro's
 * data store by the file's digest; they are never compiled into JavaScript modules.
 *
 * Why: Astro otherwise turns every `.mdx` entry into a module that Vite compiles in every
 * build (1,000 entries: about 8 s of a 10 s bundle, again in every one-entry rebuild), and
 * a module is code that runs on the building machine. An entry is data.
 *
 * How: with the site's Markdown processor (its settings and plugins: remark-gfm, the
 * base-path links, the translated footnotes), reading the body with MDX's syntax
 * (remark-mdx: no raw HTML, no indented code, JSX elements) and turning what MDX would
 * compile into plain HTML or nothing (./remark-mdx-as-html.ts). `render(entry)` then
 * returns the stored HTML; an unchanged file is not rendered again. `.md` entries are
 * rendered by Astro as before.
 *
 * Use in src/content.config.ts around the entries' loader: `bodiesAsHtml(glob({ ... }))`.
 */
import { isUnifiedProcessor, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import remarkMdx from 'remark-mdx';
import type { Processor } from 'unified';
import { takeParsed } from './parsed-bodies';
import { remarkMdxAsHtml } from './remark-mdx-as-html';

type StoreEntry = Parameters<LoaderContext['store']['set']>[0];
type Rendered = NonNullable<StoreEntry['rendered']>;

/**
 * A remark plugin that takes a body's tree from the content check when it handed one
 * over (src/integrations/parsed-bodies.ts) instead of parsing the body again; `taken` counts those.
 */
const remarkCheckedTrees = (taken: { count: number }) =>
  function (this: Processor) {
    const parse = this.parser;
    if (!parse) return;
    this.parser = (document, file) => {
      const tree = takeParsed(document);
      if (!tree) return parse(document, file);
      taken.count++;
      return tree;
    };
  };

/** The site's Markdown processor, reading MDX's syntax; it counts in `taken` the bodies it did not parse itself. */
export async function mdxRenderer(
  config: Pick<AstroConfig, 'markdown' | 'image'>,
  taken = { count: 0 },
): Promise<MarkdownRenderer> {
  const { markdown, image } = config;
  if (!isUnifiedProcessor(markdown.processor))
    throw new Error('bodiesAsHtml: astro.config.mjs must set markdown.processor to unified({ … })');
  const { options } = markdown.processor;
  const remarkPlugins = [remarkCheckedTrees(taken), remarkMdx, remarkMdxAsHtml, ...options.remarkPlugins];
  return unified({ ...options, remarkPlugins }).createRenderer({
    image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  });
}

/** A body as Astro's own Markdown entries store it: the HTML, its headings and images. */
export async function renderBody(renderer: MarkdownRenderer, body: string, fileURL?: URL): Promise<Rendered> {
  const { code, metadata } = await renderer.render(body, { fileURL });
  return {
    html: code,
    metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] },
  };
}

export function bodiesAsHtml(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const taken = { count: 0 };
      const renderer = mdxRenderer(context.config, taken);
      const rendering = new Set<Promise<void>>();
      let rendered = 0;
      const render = (entry: StoreEntry) => {
        rendered++;
        const fileURL = entry.filePath ? new URL(entry.filePath, context.config.root) : undefined;
        const done: Promise<void> = renderer
          .then((r) => renderBody(r, entry.body ?? '', fileURL))
          .then((rendered) => {
            // Replaces an entry of the same digest too (one kept as a module by an older build).
            context.store.delete(entry.id);
            context.store.set({ ...entry, deferredRender: false, rendered });
          })
          .catch((error: Error) => {
            context.logger.error(`${entry.filePath ?? entry.id}: its body could not be rendered: ${error.message}`);
            throw error;
          })
          .finally(() => rendering.delete(done));
        rendering.add(done);
        // In `astro dev` a file saved later is rendered after load() has returned, unawaited.
        done.catch(() => undefined);
      };
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) => {
          if (!entry.deferredRender) return context.store.set(entry);
          render(entry);
          return true;
        },
      };
      await loader.load({ ...context, store });
      // Unchanged files are not set again: those an older build kept as modules.
      for (const entry of context.store.values()) if (entry.deferredRender) render(entry);
      await Promise.all(rendering);
      if (rendered) context.logger.info(`rendered ${rendered} bodies, ${taken.count} parsed by the content check`);
    },
  };
}
