/** How a source document is cited on the site. */
import { formatDateSpec } from '../../primitives/dates';
import type { SourceData } from '../../schemas/types';

/**
 * "Author, “Title”, Publisher, 12 March 2025." — the author is left out when it is the
 * publisher; a document without a headline is cited by its first sentence, said to be one.
 */
export function citationText(s: Pick<SourceData, 'title' | 'untitled' | 'publisher' | 'author' | 'published'>): string {
  const parts: string[] = [];
  const author = distinctAuthor(s);
  if (author) parts.push(author);
  parts.push(s.untitled ? `Untitled report beginning “${s.title}”` : `“${s.title}”`);
  parts.push(s.publisher);
  if (s.published) parts.push(formatDateSpec(s.published));
  return `${parts.join(', ')}.`;
}

/**
 * The publisher as a name, or undefined when the registry says the document does not
 * state one (the schema asks for "not stated" then): structured data and reference
 * managers get no publisher rather than the words "not stated".
 */
export function statedPublisher(s: Pick<SourceData, 'publisher'>): string | undefined {
  return /^not stated\b/i.test(s.publisher.trim()) ? undefined : s.publisher;
}

/** The author as a name distinct from the publisher, as the citation gives it; undefined when there is none. */
export function distinctAuthor(s: Pick<SourceData, 'author' | 'publisher'>): string | undefined {
  return s.author && s.author !== s.publisher ? s.author : undefined;
}
