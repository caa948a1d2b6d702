/**
 * Keeps `astro dev` running when an entry is broken, and never lets it compile one
 * that holds code. Astro stops the dev server at start-up on the first invalid entry
 * (its first content sync is not guarded), and later keeps the last good version of a
 * file it cannot reload. Wrapped in this, a collection's loader leaves out of the store,
 * in dev only:
 *
 * - a file the content check refuses on its own text (code in an entry body, an
 *   impossible date): left out before its data is stored, so its MDX is never
 *   compiled or imported, and no page renders it;
 * - a file that does not match its schema.
 *
 * The content guard prints why (file:line: field: what — fix), and the entry appears
 * as soon as the file is saved in a valid state. `astro build` is unchanged: the guard
 * has already stopped it with the same lines, before any loader runs.
 *
 * Use in src/content.config.ts: `loader: devTolerant(glob({ ... }))`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkFileAlone } from '../check/run';
import type { CollectionName } from '../collections';

type StoreEntry = Parameters<LoaderContext['store']['set']>[0];
type ParseProps = Parameters<LoaderContext['parseData']>[0];

/** Problems the file has on its own (read from disk: the loader's data has lost the text as written). */
function ownProblems(collection: string, props: ParseProps): number {
  if (!props.filePath) return 0;
  let text: string;
  try {
    text = readFileSync(props.filePath, 'utf8');
  } catch {
    return 0;
  }
  const file = path.relative(process.cwd(), props.filePath);
  return checkFileAlone({ collection: collection as CollectionName, file, text }).length;
}

export function devTolerant(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      // Only the dev server has a watcher; a build loads as before.
      if (!context.watcher) return loader.load(context);
      const invalid = new Set<string>();
      const leaveOut = (props: ParseProps, why: string) => {
        if (!invalid.has(props.id))
          context.logger.warn(`${props.filePath ?? props.id} is left out until it is fixed (${why})`);
        invalid.add(props.id);
      };
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (ownProblems(context.collection, props)) {
          leaveOut(props, 'see the content check; nothing in it was compiled');
          return props.data;
        }
        try {
          const data = await context.parseData(props);
          if (invalid.delete(props.id)) context.logger.info(`${props.filePath ?? props.id} is valid again`);
          return data;
        } catch {
          leaveOut(props, 'see the content check');
          return props.data;
        }
      };
      const store = {
        ...context.store,
        set: (entry: StoreEntry) => (invalid.has(entry.id) ? false : context.store.set(entry)),
      };
      return loader.load({ ...context, parseData, store });
    },
  };
}
