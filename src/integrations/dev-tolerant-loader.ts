/**
 * Keeps `astro dev` running when an entry does not match its schema. Astro stops the
 * dev server at start-up on the first invalid entry (its first content sync is not
 * guarded), and later keeps the last good version of a file it cannot reload. Wrapped
 * in this, a collection's loader leaves an invalid file out of the store instead, in
 * dev only; the content guard prints why (file:line: field: what — fix), and the entry
 * appears as soon as the file is saved in a valid state. `astro build` is unchanged:
 * the guard has already stopped it with the same lines.
 *
 * Use in src/content.config.ts: `loader: devTolerant(glob({ ... }))`.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type StoreEntry = Parameters<LoaderContext['store']['set']>[0];

export function devTolerant(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      // Only the dev server has a watcher; a build loads as before.
      if (!context.watcher) return loader.load(context);
      const invalid = new Set<string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          const data = await context.parseData(props);
          if (invalid.delete(props.id)) context.logger.info(`${props.filePath ?? props.id} is valid again`);
          return data;
        } catch {
          if (!invalid.has(props.id))
            context.logger.warn(`${props.filePath ?? props.id} is left out until it is fixed (see the content check)`);
          invalid.add(props.id);
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
