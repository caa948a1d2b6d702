/** How a source document is cited on the site. */
import { formatDateSpec, parseDateSpec } from '../../primitives/dates';

export interface SourceData {
  title: string;
  publisher: string;
  author?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
}

/** "Author, “Title”, Publisher, 12 March 2025." — the author is left out when it is the publisher. */
export function citationText(s: SourceData): string {
  const parts: string[] = [];
  if (s.author && s.author !== s.publisher) parts.push(s.author);
  parts.push(`“${s.title}”`);
  parts.push(s.publisher);
  if (s.published) parts.push(formatDateSpec(parseDateSpec(s.published)));
  return `${parts.join(', ')}.`;
}
