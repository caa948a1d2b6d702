/**
 * What an entry page says about the file behind it: where to edit it, and when it last
 * changed (from git, else the file's modification time), at day precision.
 */
import { formatDateSpec, isoDay, parseDateSpec } from '../primitives/dates';
import { lastChanged } from '../io/git';
import { editUrl } from './site';

export interface EntryFileFacts {
  editUrl?: string | undefined;
  /** Day of the last change, for `<time datetime>`, and as readers see it. */
  changed?: { iso: string; text: string } | undefined;
}

export function entryFileFacts(filePath: string | undefined): EntryFileFacts {
  if (!filePath) return {};
  const date = lastChanged(filePath);
  const iso = date ? isoDay(date) : undefined;
  return {
    editUrl: editUrl(filePath),
    changed: iso ? { iso, text: formatDateSpec(parseDateSpec(iso)) } : undefined,
  };
}
