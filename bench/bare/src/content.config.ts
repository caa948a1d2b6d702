import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';

export const collections = {
  entries: defineCollection({
    loader: glob({
      pattern: '**/*.{md,mdx}',
      base: path.join(process.env.CONTENT_DIR!, 'entries'),
      generateId: ({ entry }) => path.basename(entry).replace(/\.mdx?$/, ''),
    }),
  }),
};
