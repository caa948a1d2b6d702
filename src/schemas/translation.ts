/**
 * Issue #16: the frontmatter of an entry's translation (`<entry id>.<lang>.mdx` beside
 * the entry, src/lib/translations/names.ts). Words only: the title, the summary and the
 * body (below the frontmatter) in the other language. Every fact (the date, figures,
 * sources, people, places, status…) comes from the original entry, so a translation
 * cannot disagree with it on one; the content check refuses any other field.
 */
import { z } from 'astro/zod';
import { nonEmpty } from './fields';

// A little more room than the English limits (140 and 300): Russian, Kazakh and Azerbaijani run longer.
export const translationSchema = z.strictObject({
  title: nonEmpty('title', 180).describe(
    'The entry’s headline in the language of the file name, without a trailing full stop.',
  ),
  summary: nonEmpty('summary', 360).describe('The entry’s one-sentence summary in that language.'),
  translator: z
    .string()
    .trim()
    .min(1, { error: 'translator is empty — write who translated the entry, or remove the line' })
    .optional()
    .describe('Who translated the entry (a name or a handle), shown in the note above the translated text.'),
});
