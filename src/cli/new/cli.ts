/**
 * `npm run new`: adds a timeline entry. Asks for what it needs (kind, title, date,
 * topics, people, places, sources, and what the kind requires), offering the existing
 * people, places and sources with type-ahead or creating new ones; checks the result
 * with the same content check as `npm run check`; writes the files; prints the path
 * and the preview URL. Every answer can be given as a flag instead (see --help), and
 * without a terminal the flags are all there is: `npm run new -- --kind visit ...`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as p from '@clack/prompts';
import { checkContent, formatProblem, loadContent, parseYamlWithLines, type ContentFile } from '../../check/index';
import { COLLECTIONS } from '../../collections';
import { contentDir } from '../../io/content-dir';
import { COUNTRIES, COUNTRY_CODES } from '../../primitives/countries';
import { isoDay, parseDateSpec } from '../../primitives/dates';
import { paths } from '../../lib/urls/paths';
import type { SourceData } from '../../schemas/types';
import { sourceSchema } from '../../schemas/entities';
import {
  entityFieldError,
  entityFileText,
  entryFieldError,
  entryFileText,
  entryLocation,
  missingAnswers,
  parseEntityFlag,
  parseList,
  slugify,
  suggestEntityId,
  type NewEntityCollection,
  type EntryAnswers,
  type EntryKind,
} from './entry-file';
import { AGREEMENT_TYPES, ENTRY_KINDS, ENTRY_STATUSES, EVENT_TYPES, VISIT_LEVELS } from '../../schemas/entry';
import { PLACE_TYPES, ORGANIZATION_TYPES } from '../../schemas/entities';

const PREVIEW = 'http://localhost:4321';

const HELP = `npm run new — add a visit, agreement or event

Run it without flags to be asked for each field. Or give any answers as flags
(required without a terminal):

  --kind visit|agreement|event   --title "..."   --date 2025-03-03   --summary "..."
  --topics a,b   --people a,b   --organizations a,b   --places a,b   --sources a,b
  --status happened|planned   --date-note "..."   --countries KZ,AZ   --draft
  visit:      --visitors a   --hosts b   --from KZ   --to AZ   --level official   --format "..."
  agreement:  --agreement-type memorandum   --parties org   --party-countries KZ,AZ
              --signatories a,b   --during-visit <entry id>
  event:      --event-type milestone
  new items (repeatable; the id is made from the name or title unless id=... is given):
    --new-person "name=Jane Doe;role=Minister of Energy of Kazakhstan;country=KZ"
    --new-place "name=Kuryk;type=port;country=KZ;lat=43.17;lon=51.65"
    --new-organization "name=Kazakhstan Temir Zholy;type=company;country=KZ"
    --new-source "title=...;publisher=...;author=...;published=2025-03-12;url=https://..."
  --slug <slug>   file name after the date (default: made from the title)
  --dry-run       print the files instead of writing them`;

const { values: flags } = parseArgs({
  options: {
    kind: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    status: { type: 'string' },
    'date-note': { type: 'string' },
    summary: { type: 'string' },
    topics: { type: 'string' },
    people: { type: 'string' },
    organizations: { type: 'string' },
    places: { type: 'string' },
    sources: { type: 'string' },
    countries: { type: 'string' },
    visitors: { type: 'string' },
    hosts: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    level: { type: 'string' },
    format: { type: 'string' },
    'agreement-type': { type: 'string' },
    parties: { type: 'string' },
    'party-countries': { type: 'string' },
    signatories: { type: 'string' },
    'during-visit': { type: 'string' },
    'event-type': { type: 'string' },
    draft: { type: 'boolean' },
    'new-person': { type: 'string', multiple: true },
    'new-place': { type: 'string', multiple: true },
    'new-organization': { type: 'string', multiple: true },
    'new-source': { type: 'string', multiple: true },
    slug: { type: 'string' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});

if (flags.help) {
  console.log(HELP);
  process.exit(0);
}

/** Stops with a message and nothing written. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const root = process.cwd();
const dir = contentDir(root);
const existing = loadContent(root, dir);
const today = new Date();

// ---- What exists: ids with names, for the choices and for the footnotes.
type Known = { id: string; label: string; hint?: string; aliases: string[]; data: Record<string, unknown> };
const known = new Map<string, Map<string, Known>>();
for (const f of existing.files) {
  const data = (f.data ?? {}) as Record<string, unknown>;
  const label = String(data.name ?? data.title ?? f.id);
  const hint = [data.role, data.publisher, data.type].filter(Boolean).join(' · ') || undefined;
  const aliases = Array.isArray(data.aliases) ? data.aliases.map(String) : [];
  const map = known.get(f.collection) ?? new Map<string, Known>();
  map.set(f.id, { id: f.id, label, hint, aliases, data });
  known.set(f.collection, map);
}
const knownIn = (c: string) => known.get(c) ?? new Map<string, Known>();

// ---- New people, places, organisations and sources made on the way.
const created: { collection: NewEntityCollection; id: string; data: Record<string, unknown> }[] = [];

function addEntity(collection: NewEntityCollection, data: Record<string, unknown>): string {
  const { id: givenId, ...fields } = data;
  const id = String(givenId ?? suggestEntityId(collection, fields));
  if (!id) fail(`a new ${collection} item needs a name (or title) to make its id from`);
  if (knownIn(collection).has(id) || created.some((c) => c.collection === collection && c.id === id))
    fail(
      `content/${COLLECTIONS[collection].dir}/${id}.yaml already exists — use the id "${id}" instead of creating it again`,
    );
  created.push({ collection, id, data: fields });
  return id;
}

// ---- Answers from flags.
const answers: EntryAnswers = {};
const set = <K extends keyof EntryAnswers>(key: K, value: EntryAnswers[K] | undefined) => {
  if (value !== undefined && !(Array.isArray(value) && value.length === 0)) answers[key] = value;
};
const list = (flag: string | undefined) => (flag === undefined ? undefined : parseList(flag));
set('kind', flags.kind as EntryKind | undefined);
set('title', flags.title);
set('date', flags.date);
set('status', flags.status as EntryAnswers['status']);
set('dateNote', flags['date-note']);
set('summary', flags.summary);
set('topics', list(flags.topics));
set('people', list(flags.people));
set('organizations', list(flags.organizations));
set('places', list(flags.places));
set('sources', list(flags.sources));
set('countries', list(flags.countries) as EntryAnswers['countries']);
set('visitors', list(flags.visitors));
set('hosts', list(flags.hosts));
set('from', flags.from as EntryAnswers['from']);
set('to', flags.to as EntryAnswers['to']);
set('level', flags.level as EntryAnswers['level']);
set('format', flags.format);
set('agreementType', flags['agreement-type'] as EntryAnswers['agreementType']);
set('parties', list(flags.parties));
set('partyCountries', list(flags['party-countries']) as EntryAnswers['partyCountries']);
set('signatories', list(flags.signatories));
set('duringVisit', flags['during-visit']);
set('eventType', flags['event-type'] as EntryAnswers['eventType']);
if (flags.draft) answers.draft = true;

const flagEntities: [NewEntityCollection, string[] | undefined, 'people' | 'places' | 'organizations' | 'sources'][] = [
  ['people', flags['new-person'], 'people'],
  ['places', flags['new-place'], 'places'],
  ['organizations', flags['new-organization'], 'organizations'],
  ['sources', flags['new-source'], 'sources'],
];
for (const [collection, texts, field] of flagEntities) {
  for (const text of texts ?? []) {
    let data: Record<string, unknown>;
    try {
      data = parseEntityFlag(text);
    } catch (e) {
      fail(`--new-${collection === 'people' ? 'person' : collection.replace(/s$/, '')}: ${(e as Error).message}`);
    }
    const id = addEntity(collection, data);
    answers[field] = [...new Set([...(answers[field] ?? []), id])];
  }
}

// ---- Prompts for what the flags left out (in a terminal).
function cancelled<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) {
    p.cancel('Nothing written.');
    process.exit(130);
  }
  return value as Exclude<T, symbol>;
}

const NEW = '__new__';
const ENTITY_WORD: Record<NewEntityCollection, string> = {
  people: 'person',
  places: 'place',
  organizations: 'organisation',
  sources: 'source',
};

async function askEntity(collection: NewEntityCollection): Promise<string> {
  const ask = async (field: string, message: string, opts: { optional?: boolean; placeholder?: string } = {}) =>
    cancelled(
      await p.text({
        message,
        placeholder: opts.placeholder,
        validate: (v) => {
          if (!v && opts.optional) return undefined;
          const value = field === 'lat' || field === 'lon' ? Number(v) : v;
          return entityFieldError(collection, field, value || undefined);
        },
      }),
    );
  const data: Record<string, unknown> = {};
  const country = async (optional: boolean) => {
    const c = cancelled(
      await p.autocomplete({
        message: `Country${optional ? ' (or "none")' : ''} — type to filter`,
        maxItems: 6,
        options: [
          ...(optional ? [{ value: '', label: 'none / not stated' }] : []),
          ...COUNTRY_CODES.map((code) => ({ value: code, label: `${code} ${COUNTRIES[code]}` })),
        ],
      }),
    );
    if (c) data.country = c;
  };
  if (collection === 'sources') {
    data.title = await ask('title', 'Title of the document, exactly as published');
    data.publisher = await ask('publisher', 'Publisher (write "not stated" if the document does not say)');
    data.author = (await ask('author', 'Author (Enter if none is named)', { optional: true })) || undefined;
    data.published =
      (await ask('published', 'Publication date, as precise as the document gives it (Enter if unknown)', {
        optional: true,
        placeholder: '2025-03-12',
      })) || undefined;
    data.url =
      (await ask('url', 'Web address (Enter if none)', { optional: true, placeholder: 'https://...' })) || undefined;
  } else if (collection === 'people') {
    data.name = await ask('name', 'Full name, in the usual English spelling');
    data.role = await ask('role', 'Role as the sources give it', { placeholder: 'Prime Minister of Kazakhstan' });
    await country(true);
  } else if (collection === 'places') {
    data.name = await ask('name', 'Name, in the usual English spelling');
    data.type = cancelled(
      await p.select({ message: 'What sort of place', options: PLACE_TYPES.map((t) => ({ value: t })) }),
    );
    await country(true);
    data.lat = Number(await ask('lat', 'Latitude in decimal degrees (north positive)', { placeholder: '43.65' }));
    data.lon = Number(await ask('lon', 'Longitude in decimal degrees (east positive)', { placeholder: '51.17' }));
  } else {
    data.name = await ask('name', 'Name, in its usual English form');
    data.type = cancelled(
      await p.select({ message: 'What sort of body', options: ORGANIZATION_TYPES.map((t) => ({ value: t })) }),
    );
    await country(true);
  }
  const suggested = suggestEntityId(collection, data);
  const id = cancelled(
    await p.text({
      message: `Id (the file name: content/${COLLECTIONS[collection].dir}/<id>.yaml)`,
      initialValue: suggested,
      validate: (v) =>
        !v || v !== slugify(v, 200)
          ? 'use lower-case letters, digits and hyphens'
          : knownIn(collection).has(v)
            ? `${v} exists already — pick it from the list instead`
            : undefined,
    }),
  );
  return addEntity(collection, { ...data, id });
}

async function askIds(
  collection: NewEntityCollection | 'topics',
  message: string,
  opts: { required?: boolean; initial?: string[]; canCreate?: boolean } = {},
): Promise<string[]> {
  const items = [...knownIn(collection).values()].sort((a, b) => a.label.localeCompare(b.label));
  // "+ add a new …" comes last, so that Tab picks the first match, and is always
  // offered, so that a name that is not there leaves it as the only choice.
  const word = ENTITY_WORD[collection as NewEntityCollection];
  const options = [
    ...created.filter((c) => c.collection === collection).map((c) => ({ value: c.id, label: `${c.id} (new)` })),
    ...items.map((k) => ({ value: k.id, label: k.label, hint: [k.id, k.hint].filter(Boolean).join(' · ') })),
    ...(opts.canCreate ? [{ value: NEW, label: `+ add a new ${word}…` }] : []),
  ];
  const search = (term: string, id: string) => {
    const k = knownIn(collection).get(id);
    const text = [id, k?.label, ...(k?.aliases ?? [])].join(' ').toLowerCase();
    return term
      .toLowerCase()
      .split(/\s+/)
      .every((w) => text.includes(w));
  };
  const chosen = cancelled(
    await p.autocompleteMultiselect({
      message: `${message} — type to filter, Tab to choose, Enter when done${opts.canCreate ? ` (not listed? choose “+ add a new ${word}…”)` : ''}`,
      options,
      initialValues: opts.initial,
      required: opts.required,
      filter: (term, option) => option.value === NEW || search(term, option.value),
      maxItems: 8,
    }),
  );
  const ids = chosen.filter((v) => v !== NEW);
  if (chosen.includes(NEW)) {
    do ids.push(await askEntity(collection as NewEntityCollection));
    while (
      cancelled(
        await p.confirm({
          message: `Add another new ${ENTITY_WORD[collection as NewEntityCollection]}?`,
          initialValue: false,
        }),
      )
    );
  }
  return ids;
}

async function askText(field: string, message: string, placeholder?: string, optional = false): Promise<string> {
  return cancelled(
    await p.text({
      message,
      placeholder,
      validate: (v) => (optional && !v ? undefined : entryFieldError(answers.kind!, field, v)),
    }),
  );
}

async function askInteractively(): Promise<void> {
  p.intro('New timeline entry — Ctrl+C at any time leaves without writing anything');
  answers.kind ??= cancelled(
    await p.select<EntryKind>({
      message: 'What kind of entry?',
      options: [
        { value: 'visit', label: 'visit', hint: 'officials of one country travel to the other' },
        { value: 'agreement', label: 'agreement', hint: 'a treaty, memorandum, roadmap, contract…' },
        { value: 'event', label: 'event', hint: 'anything else: a milestone, an incident, a figure' },
      ],
    }),
  );
  answers.title ??= await askText(
    'title',
    'Title — a headline in sentence case, no full stop',
    'Kazakh Prime Minister Olzhas Bektenov visits Baku',
  );
  answers.date ??= await askText(
    'date',
    'Date, only as precise as the source: 2025-03-03, 2023-03, 2026-Q2, 2025-H1, 2022, or a range 2025-10-20/2025-10-21',
  );
  if (!flags.slug) {
    const date = answers.date;
    flags.slug = cancelled(
      await p.text({
        message: `File name: content/entries/<year>/${parseDateSpec(date).from.text}-… (Enter to accept, or shorten it)`,
        initialValue: slugify(answers.title!),
        validate: (v) =>
          !v || v !== slugify(v, 200)
            ? 'use lower-case letters, digits and hyphens'
            : existsSync(path.join(dir, entryLocation(date, v).rel))
              ? `${entryLocation(date, v).rel} exists already — choose another name, or edit that file instead`
              : undefined,
      }),
    );
  }
  const due = isoDay(parseDateSpec(answers.date).end) >= isoDay(today);
  answers.status ??= cancelled(
    await p.select({
      message: 'Status',
      initialValue: due ? 'planned' : 'happened',
      options: ENTRY_STATUSES.map((s) => ({
        value: s,
        hint: s === 'planned' ? 'due or expected when the source was written' : 'it took place',
      })),
    }),
  );
  if (answers.dateNote === undefined) {
    const pastPlan = answers.status === 'planned' && !due;
    const note = await askText(
      'dateNote',
      pastPlan
        ? 'This plan’s date has passed: say what the sources report, or that they do not say whether it happened'
        : 'How the date was worked out, if the source does not state it outright (Enter to skip)',
      undefined,
      !pastPlan,
    );
    if (note) answers.dateNote = note;
  }
  answers.summary ??= await askText('summary', 'Summary — one sentence for lists and search results');
  answers.topics ??= await askIds('topics', 'Topics', { required: true });
  answers.people ??= await askIds('people', 'People involved', { canCreate: true });
  answers.organizations ??= await askIds('organizations', 'Organisations involved', { canCreate: true });
  answers.places ??= await askIds('places', 'Places (the first is where it happened)', { canCreate: true });
  answers.sources ??= await askIds('sources', 'Sources (at least one)', { required: true, canCreate: true });

  const peopleOptions = () =>
    [...new Set([...(answers.people ?? []), ...knownIn('people').keys()])].map((id) => ({
      value: id,
      label: knownIn('people').get(id)?.label ?? `${id} (new)`,
    }));
  const country = async (message: string) =>
    cancelled(
      await p.autocomplete({
        message: `${message} — type to filter`,
        maxItems: 6,
        options: COUNTRY_CODES.map((code) => ({ value: code, label: `${code} ${COUNTRIES[code]}` })),
      }),
    );
  if (answers.kind === 'visit') {
    answers.visitors ??= cancelled(
      await p.autocompleteMultiselect({
        message: 'Who travelled? (Tab to choose, Enter when done)',
        options: peopleOptions(),
        required: true,
      }),
    );
    answers.hosts ??= cancelled(
      await p.autocompleteMultiselect({ message: 'Who received them? (Enter for none)', options: peopleOptions() }),
    );
    answers.from ??= (await country('Country of the visitors')) as EntryAnswers['from'];
    answers.to ??= (await country('Country visited')) as EntryAnswers['to'];
    answers.level ??= cancelled(
      await p.select({
        message: 'Level of the visit, as the source gives it',
        options: VISIT_LEVELS.map((l) => ({ value: l })),
        initialValue: 'unspecified',
      }),
    );
  } else if (answers.kind === 'agreement') {
    answers.agreementType ??= cancelled(
      await p.select({ message: 'What was signed?', options: AGREEMENT_TYPES.map((t) => ({ value: t })) }),
    );
    answers.signatories ??= cancelled(
      await p.autocompleteMultiselect({ message: 'Who signed? (Enter if not stated)', options: peopleOptions() }),
    );
  } else {
    answers.eventType ??= cancelled(
      await p.select({
        message: 'What kind of event?',
        options: EVENT_TYPES.map((t) => ({ value: t })),
        initialValue: 'other',
      }),
    );
  }
}

if (interactive) await askInteractively();

// People named as visitors, hosts or signatories are people of the entry too.
const named = [...(answers.visitors ?? []), ...(answers.hosts ?? []), ...(answers.signatories ?? [])];
if (named.length) answers.people = [...new Set([...(answers.people ?? []), ...named])];

const missing = missingAnswers(answers);
if (missing.length)
  fail(
    `missing ${missing.join(', ')} — give ${missing.length === 1 ? 'it' : 'them'} as flags, or run npm run new in a terminal to be asked (npm run new -- --help lists the flags)`,
  );
if (!ENTRY_KINDS.includes(answers.kind!))
  fail(`--kind "${answers.kind}" is not a kind — use visit, agreement or event`);

// ---- The files, checked with the whole content folder before anything is written.
let location: { id: string; rel: string };
try {
  location = entryLocation(answers.date, flags.slug ?? slugify(answers.title!));
} catch (e) {
  fail(`--date: ${(e as Error).message}`);
}
const sourceData = (id: string): SourceData => {
  const raw = created.find((c) => c.collection === 'sources' && c.id === id)?.data ?? knownIn('sources').get(id)?.data;
  const parsed = sourceSchema.safeParse(raw);
  return parsed.success ? parsed.data : { title: id, publisher: 'unknown' };
};
const files: { rel: string; text: string; collection: ContentFile['collection']; id: string }[] = [
  {
    rel: location.rel,
    collection: 'entries',
    id: location.id,
    text: entryFileText(
      answers,
      (answers.sources ?? []).map((id) => ({ id, data: sourceData(id) })),
    ),
  },
  ...created.map((c) => ({
    rel: `${COLLECTIONS[c.collection].dir}/${c.id}.yaml`,
    collection: c.collection,
    id: c.id,
    text: entityFileText(c.collection, c.data as never),
  })),
];

const shown = (rel: string) => path.relative(root, path.join(dir, rel)) || rel;
for (const f of files)
  if (existsSync(path.join(dir, f.rel)))
    fail(`${shown(f.rel)} already exists — nothing written. Edit that file, or choose another title or --slug`);

const newFiles: ContentFile[] = files.map((f) => {
  const isEntry = f.collection === 'entries';
  const m = isEntry ? /^---\n([\s\S]*?)\n---\n/.exec(f.text) : null;
  const parsed = parseYamlWithLines(isEntry ? m![1]! : f.text, isEntry ? 2 : 1);
  return {
    collection: f.collection,
    id: f.id,
    file: shown(f.rel),
    data: parsed.data,
    lineOf: parsed.lineOf,
    body: isEntry ? { text: f.text.slice(m![0].length), line: m![0].split('\n').length } : undefined,
  };
});
const mine = new Set(newFiles.map((f) => f.file));
const problems = checkContent([...existing.files, ...newFiles], { today }).filter((pr) => mine.has(pr.file));
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  fail(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} — nothing written. Correct the answers above and run npm run new again.`,
  );
}

if (flags['dry-run']) {
  for (const f of files) console.log(`--- ${shown(f.rel)}\n${f.text}`);
  process.exit(0);
}
if (interactive) {
  p.note(files[0]!.text, shown(files[0]!.rel));
  const ok = cancelled(
    await p.confirm({ message: `Write ${files.length === 1 ? 'this file' : `these ${files.length} files`}?` }),
  );
  if (!ok) {
    p.cancel('Nothing written.');
    process.exit(0);
  }
}
for (const f of files) {
  const abs = path.join(dir, f.rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, f.text, { flag: 'wx' });
}
const preview = `${PREVIEW}${paths.entry(location.id)}`;
const lines = [
  ...files.map((f) => `created ${shown(f.rel)}`),
  `preview: ${preview} (after npm run dev)`,
  'next: write the body in your own words with a footnote per fact, then run npm run check',
];
if (interactive) p.outro(lines.join('\n'));
else console.log(lines.join('\n'));
