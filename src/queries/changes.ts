/**
 * What changed in the record: the view model of /changes/ and /changes.xml, from the git
 * history of content/entries/ (read once, src/io/git.ts) and the corrections the
 * published entries record.
 */
import { changeLog, CHANGES_LIMIT, type Change } from '../lib/changes/group';
import { LOG_FORMAT, parseLog } from '../lib/changes/log';
import { dayText } from '../lib/format/day';
import { paths } from '../lib/urls/paths';
import { entriesLog } from '../io/git';
import { SITE_NAME } from '../site';
import { translator } from '../i18n';
import { getEntries, once } from './load';

// The feed is in English (there are no localized feeds); the page writes the kind in its language.
const { t } = translator('en');

const getChangeLog = () =>
  once('changes', async () => {
    const log = entriesLog(LOG_FORMAT);
    const entries = new Map((await getEntries()).map((e) => [e.id, e.data]));
    return changeLog(parseLog(log.output), entries, log);
  });

/** The line a change is shown as: its kind, the entry (linked while it is published) and what changed. */
const changeView = (c: Change) => ({
  ...c,
  key: `${c.kind}-${c.commit ?? c.day}-${c.id}`,
  label: t(`changes.kind.${c.kind}`),
  when: dayText(c.day),
  href: c.kind === 'removed' ? undefined : paths.entry(c.id),
  name: c.title ?? c.id,
});

/** The /changes/ page: the latest changes, newest first, and whether the history is whole. */
export async function getChangesPage() {
  const log = await getChangeLog();
  return { ...log, limit: CHANGES_LIMIT, changes: log.changes.map(changeView), feed: paths.changesFeed() };
}

export type ChangesPage = Awaited<ReturnType<typeof getChangesPage>>;

/** The /changes.xml feed: the same changes as items. */
export async function getChangesFeed(site: URL) {
  const { changes } = await getChangeLog();
  return {
    title: t('feed.changesTitle', { site: SITE_NAME }),
    description: t('feed.changesDescription'),
    site: paths.absolute(paths.changes()),
    items: changes.map(changeView).map((c) => ({
      title: t('feed.changeTitle', { kind: c.label, name: c.name }),
      description: c.note,
      link: paths.absolute(c.href ?? paths.changes()),
      pubDate: new Date(c.date ?? `${c.day}T00:00:00Z`),
      // Several changes can concern one entry: each has its own id.
      customData: `<guid isPermaLink="false">${c.key}@${new URL(site).host}</guid>`,
    })),
  };
}
