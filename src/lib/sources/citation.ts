/** How a source document is cited on the site. */
import { formatDateSpec } from '../../primitives/dates';
import type { SourceData } from '../../schemas/types';

/**
 * "Author, “Title”, Publisher, 12 March 2025." — the author is left out when it is the
 * publisher; a document without a headline is cited by its first sentence, said to be one.
 */
export function citationText(s: Pick<SourceData, 'title' | 'untitled' | 'publisher' | 'author' | 'published'>): string {
  const parts: string[] = [];
  if (s.author && s.author !== s.publisher) parts.push(s.author);
  parts.push(s.untitled ? `Untitled report beginning “${s.title}”` : `“${s.title}”`);
  parts.push(s.publisher);
  if (s.published) parts.push(formatDateSpec(s.published));
  return `${parts.join(', ')}.`;
}
