/**
 * The site's words in English: the typed source of every key. Every other language's
 * file (./ru.ts, ./kk.ts, ./az.ts) must give every key (type-checked, and
 * tests/unit/i18n.test.ts fails on a missing or extra key, or a placeholder that
 * differs). `{name}` is a placeholder filled by `t(key, { name })`. Plural forms are
 * keys ending in `.one`, `.few`, `.many` and `.other` (the CLDR categories of
 * Intl.PluralRules); a language that does not use a form repeats `.other`.
 */
import { COUNTRIES, type CountryCode } from '../primitives/countries';
import { SITE_DESCRIPTION, SITE_NAME } from '../site';

/** Country names (src/primitives/countries.ts), one key each: `country.KZ`. */
const countryNames = Object.fromEntries(Object.entries(COUNTRIES).map(([code, name]) => [`country.${code}`, name])) as {
  readonly [C in CountryCode as `country.${C}`]: (typeof COUNTRIES)[C];
};

export const en = {
  // The site
  'site.name': SITE_NAME,
  'site.description': SITE_DESCRIPTION,

  // The page shell (src/layouts/Base.astro)
  'shell.skip': 'Skip to content',
  'shell.nav': 'Main',
  'shell.searchLabel': 'Search the timeline',
  'shell.searchPlaceholder': 'Search',
  'shell.searchButton': 'Search',
  'shell.themeDark': 'Dark theme',
  'shell.themeLight': 'Light theme',
  'shell.language': 'Language',
  'shell.footer':
    '{site}: a public record built only from cited articles. Every entry names its sources; dates are shown as precisely as the sources give them.',
  'shell.asOf': 'Record as of {date}.',
  'shell.about': 'About and licence',
  'shell.contribute': 'How to contribute',
  'shell.changes': 'What changed',
  'shell.calendar': 'Calendar (iCal)',
  'shell.feedTitle': '{site} (RSS)',
  // Shown on a page of another language whose content has no translation yet (never on English pages).
  'shell.untranslated': 'This entry is not translated yet; it is shown in English.',

  // Navigation (src/lib/urls/nav.ts)
  'nav.timeline': 'Timeline',
  'nav.agreements': 'Agreements',
  'nav.years': 'Years',
  'nav.data': 'Data',
  'nav.map': 'Map',
  'nav.sources': 'Sources',

  // The registry's words (src/collections.ts)
  'collection.entries.singular': 'Entry',
  'collection.entries.plural': 'Entries',
  'collection.topics.singular': 'Topic',
  'collection.topics.plural': 'Topics',
  'collection.topics.intro': 'The subjects the timeline follows.',
  'collection.people.singular': 'Person',
  'collection.people.plural': 'People',
  'collection.people.intro':
    'Presidents, ministers, officials and analysts named in the sources, with the roles the sources give.',
  'collection.organizations.singular': 'Organisation',
  'collection.organizations.plural': 'Organisations',
  'collection.organizations.intro': 'Companies, state bodies, pipelines and international organisations.',
  'collection.places.singular': 'Place',
  'collection.places.plural': 'Places',
  'collection.places.intro': 'Cities, ports, terminals, fields and seas.',
  'collection.sources.singular': 'Source',
  'collection.sources.plural': 'Sources',
  'collection.series.singular': 'Data series',
  'collection.series.plural': 'Data series',

  // Kinds, statuses and the other codes of the schemas (src/lib/format/labels.ts)
  'label.visit': 'Visit',
  'label.agreement': 'Agreement',
  'label.event': 'Event',
  'label.happened': 'Happened',
  'label.planned': 'Planned',
  'label.state': 'State visit',
  'label.official': 'Official visit',
  'label.working': 'Working visit',
  'label.head-of-government': 'Head-of-government visit',
  'label.ministerial': 'Ministerial visit',
  'label.delegation': 'Delegation',
  'label.unspecified': 'Visit (level not stated)',
  'label.treaty': 'Treaty',
  'label.memorandum': 'Memorandum',
  'label.roadmap': 'Roadmap',
  'label.contract': 'Contract',
  'label.declaration': 'Declaration',
  'label.programme': 'Programme',
  'label.protocol': 'Protocol',
  'label.meeting': 'Meeting',
  'label.summit': 'Summit',
  'label.statement': 'Statement',
  'label.milestone': 'Milestone',
  'label.incident': 'Incident',
  'label.exercise': 'Exercise',
  'label.transaction': 'Transaction',
  'label.construction': 'Construction',
  'label.negotiation': 'Negotiation',
  'label.other': 'Other',
  // Organisations' and places' types (src/schemas/entities.ts)
  'label.company': 'Company',
  'label.government': 'Government body',
  'label.international': 'International organisation',
  'label.infrastructure': 'Infrastructure',
  'label.media': 'Media',
  'label.research': 'Research body',
  'label.capital': 'Capital',
  'label.city': 'City',
  'label.port': 'Port',
  'label.terminal': 'Terminal',
  'label.field': 'Field',
  'label.region': 'Region',
  'label.sea': 'Sea',
  'label.site': 'Site',
  'label.signed': 'Signed',
  'label.agreed': 'Agreed',
  'label.expected': 'Expected',
  'label.actual': 'Actual',
  'label.target': 'Target',
  'label.estimate': 'Estimate',
  'label.forecast': 'Forecast',
  'label.about': 'about',
  'label.nearly': 'nearly',
  'label.over': 'over',
  'label.up-to': 'up to',
  'label.at-least': 'at least',
  'kinds.visit': 'Visits',
  'kinds.agreement': 'Agreements',
  'kinds.event': 'Events',

  // Dates coarser than a month (src/primitives/dates.ts formats days and months with Intl)
  'date.q1': 'first quarter of {year}',
  'date.q2': 'second quarter of {year}',
  'date.q3': 'third quarter of {year}',
  'date.q4': 'fourth quarter of {year}',
  'date.h1': 'first half of {year}',
  'date.h2': 'second half of {year}',

  // An entry's page
  'entry.sources': 'Sources',
  'entry.facts': 'Facts',
  'entry.permalink': 'Permalink',
  'entry.related': 'Related entries',
  'entry.prevNext': 'Previous and next in time',
  'entry.earlier': 'Earlier: {title}',
  'entry.later': 'Later: {title}',
  'entry.footnotes': 'Footnotes',
  'entry.footnoteBack': 'Back to reference {n}',
  'entry.aboutDate': 'About the date:',
  'entity.entries': 'Entries',
  'entity.entriesCount': '({count}, oldest first)',
  'entity.alsoWritten': 'Also written:',

  // Lists of entries and their parts (src/components/)
  'list.pastDue': 'Past due',
  'list.topics': 'Topics:',
  'list.noEntries': 'No entries yet.',
  'list.pages': 'Pages',
  'list.prevPage': 'Previous page',
  'list.nextPage': 'Next page',
  'list.pageOf': 'Page {current} of {last}',
  'list.jumpToYear': 'Jump to a year',
  'list.entries.one': '{count} entry',
  'list.entries.few': '{count} entries',
  'list.entries.many': '{count} entries',
  'list.entries.other': '{count} entries',
  'list.alsoWritten': '(also {names})',
  'entry.edit': 'Edit this page',
  'entry.lastChanged': 'Last changed {date}',

  // The home page (src/components/Timeline.astro)
  'home.title': 'Kazakhstan and Azerbaijan: a cited timeline',
  'home.lede':
    'Visits, agreements and events between Kazakhstan and Azerbaijan, each drawn from and linked to its sources. Dates are shown as precisely as the sources give them.',
  'home.browse': 'Browse',
  'home.showOnly': 'Show only:',
  'home.register': 'Agreements register',
  'home.topics': 'Topics:',
  'home.ahead': 'Ahead: planned and expected',
  'home.aheadNote': 'Announced plans and targets whose date is still to come, by the date they are due.',
  'home.allAhead': 'All {count} plans ahead',
  'home.pastDue': ', and {count} past due',
  'home.happened': 'What happened',
  'home.newestFirst': 'Newest first.',
  'home.readOldest': 'Read oldest first',
  'home.oldestFirst': 'Oldest first.',
  'home.readNewest': 'Read newest first',
  'home.showing': 'Showing {shown} of {total} entries.',
  'home.everyYear': 'Browse every year',

  // The search page's box, sort order and results
  'search.spellings': 'Names in any common spelling (Aktau or Aqtau).',
  'search.sortRelevance': 'Relevance',
  'search.sortNewest': 'Date, newest first',
  'search.sortOldest': 'Date, oldest first',

  // The page that is not there (src/pages/404.astro)
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.timeline': 'The timeline',

  // The search page
  'search.title': 'Search',
  'search.description': 'Search the record: visits, agreements, events, people, places and topics.',
  'search.formLabel': 'Search the record',
  'search.boxLabel': 'Search visits, agreements, events, people, places and topics',
  'search.hint': 'Press / on any page to come back to a search box; arrow keys move through the results.',
  'search.filters': 'Filters',
  'search.loadingFilters': 'Loading filters…',
  'search.clearFilters': 'Clear all filters',
  'search.sortBy': 'Sort by',
  'search.moreResults': 'Show more results',
  'search.moreCount': 'Show more results ({count} more)',
  'search.showFewer': 'Show fewer',
  'search.showAll': 'Show all {count}',
  'search.sections': 'Matching sections of “{title}”',
  'search.browseTimeline': 'the timeline',
  'search.browseTopics': 'topics',
  'search.browsePeople': 'people',
  'search.browsePlaces': 'places',
  'search.browseYears': 'years',
  'search.noscript': 'Search needs JavaScript, which is turned off in this browser.',
  'search.noscriptBrowse': 'Everything here can also be browsed without it:',
  'search.intro': 'Type a name, a place, an agreement or a figure, or choose filters to browse. For example:',
  'search.empty': 'Nothing matches.',
  'search.emptyTry': 'Try:',
  'search.emptyFewer': 'fewer or shorter words (Aktau rather than Aktau port terminal);',
  'search.emptySpelling': 'another spelling or a surname alone (Tokayev, SOCAR);',
  'search.emptyClear': 'clearing the filters',
  'search.emptySort': 'sorting by relevance',
  'search.emptySortNote': ', which also lists topics, people, organisations and places;',
  'search.emptyBrowse': 'browsing instead:',
  'search.dev': 'Search works on the built site.',
  'search.devText':
    'The search index is made at the end of {build}, so the development server has none. Run {start} (build, then preview) and open {page} there.',
  'search.error': 'Search could not load its index. Check the connection and reload the page.',
  'search.errorBrowse': 'Meanwhile, browse',
  'search.devShort': 'Search works on the built site only.',
  'search.errorShort': 'Search is unavailable: its index did not load.',
  'search.noWords': 'No search words: entries are listed newest first.',
  'search.byDate': 'Sorted by date, so only entries are listed: topics, people, organisations and places have no date.',
  'search.chosen': '({count} chosen)',
  'search.optionsOf': '{label} options: {legend}',
  'search.legend.kind': 'Kind',
  'search.legend.topic': 'Topic',
  'search.legend.year': 'Year',
  'search.legend.country': 'Country',
  'search.legend.person': 'People',
  'search.legend.organisation': 'Organisations',
  'search.legend.place': 'Places',
  'search.legend.status': 'Status',
  'search.results.one': '{count} result',
  'search.results.few': '{count} results',
  'search.results.many': '{count} results',
  'search.results.other': '{count} results',
  'search.noResults': 'No results',
  'search.for': 'for “{q}”',
  'search.withFilters.one': 'with {count} filter',
  'search.withFilters.few': 'with {count} filters',
  'search.withFilters.many': 'with {count} filters',
  'search.withFilters.other': 'with {count} filters',

  ...countryNames,

  // Coordinates' hemispheres (src/lib/entities/facts.ts)
  'geo.north': 'N',
  'geo.south': 'S',
  'geo.east': 'E',
  'geo.west': 'W',

  // An entry page's facts box (src/lib/entry/facts.ts, src/components/FactList.astro)
  'fact.visit': 'Visit',
  'fact.visitText': '{level}: {from} to {to}',
  'fact.visitors': 'Visitors',
  'fact.hosts': 'Hosts',
  'fact.format': 'Format',
  'fact.type': 'Type',
  'fact.stage': 'Stage',
  'fact.partyStates': 'Parties (states)',
  'fact.parties': 'Parties',
  'fact.signedBy': 'Signed by',
  'fact.where': 'Where',
  'fact.people': 'People',
  'fact.organisations': 'Organisations',
  'fact.topics': 'Topics',
  'fact.countries': 'Countries',
  // What the sources say of an agreement: never "signed" unless a source says so.
  'fact.stage.signed': 'Signed',
  'fact.stage.agreed': 'Agreed (no source says it was signed)',
  'fact.stage.expected': 'Expected to be signed',
  'fact.during.signed': 'Signed during',
  'fact.during.agreed': 'Agreed during',
  'fact.during.expected': 'Expected during',

  // An entry page's figures table (src/components/FiguresTable.astro)
  'figures.title': 'Figures',
  'figures.differLead': 'Sources differ:',
  'figures.differText':
    'where two sources give different numbers for the same thing, both are shown with their sources.',
  'figures.caption': 'Figures stated in this entry, with their sources',
  'figures.what': 'What',
  'figures.figure': 'Figure',
  'figures.period': 'Period',
  'figures.kind': 'Kind',
  'figures.source': 'Source',
  'figures.rowDiffers': '(sources differ)',
  'figures.chart': 'Chart:',

  // A plan's notice on its entry page (src/lib/entry/plan.ts, src/components/PlanNotice.astro)
  'plan.ahead': 'this had not happened when the sources were written; the date is when it is due.',
  'plan.notReported': 'the date has passed, and the sources do not report whether it happened.',
  'plan.happened': 'it happened, as the source below reports.',
  'plan.postponed': 'it was postponed, as the source below reports.',
  'plan.postponedTo': 'it was postponed to {date}, as the source below reports.',
  'plan.cancelled': 'it was cancelled, as the source below reports.',

  // The notices, corrections and citation of an entry page
  'entry.draft':
    'Draft — shown only in {command}. The built site, its feeds and search leave it out until {field} is removed.',
  'entry.corrections': 'Corrections',
  'cite.title': 'Cite this entry',
  'cite.download': 'Download the citation:',
  'cite.version': 'Cite this version',
  'cite.versionNote': ': the entry’s file at commit {commit}, from which this page was built.',

  // A page's own feed and calendar (src/components/FollowLinks.astro, FeedAlternates.astro)
  'follow.lead': 'Follow {name}:',
  'follow.calendar': 'Calendar (iCal)',
  'follow.rssTitle': '{name} (RSS)',
  'follow.icalTitle': '{name} (iCal)',

  // The feeds and calendars (src/queries/feeds.ts); English only, as there are no localized feeds.
  'feed.entityTitle': '{name} ({collection}) · {site}',
  'feed.entityDescription': 'Entries of the timeline about {name}, newest first.',
  'feed.changesTitle': 'What changed · {site}',
  'feed.changesDescription': 'Entries added, updated and corrected in the record, newest first.',
  'feed.changeTitle': '{kind}: {name}',
  'feed.planned': '[Planned] {title}',

  // Share images (src/lib/share/card.ts); English only, one image per English page.
  'share.figures.one': '{count} figure',
  'share.figures.few': '{count} figures',
  'share.figures.many': '{count} figures',
  'share.figures.other': '{count} figures',
  'share.unit': 'Unit: {unit}',

  // The about page
  'about.title': 'About',
  'about.description': 'What this record is, how it is made, its licence, and how to contribute.',
  'about.heading': 'About this record',
  'about.intro':
    'This site is a public, cited record of the relationship between Kazakhstan and Azerbaijan: state and official visits, agreements and memoranda, and events such as pipeline milestones, incidents and joint exercises.',
  'about.howMade': 'How it is made',
  'about.sources': 'Every entry is drawn from the documents on the {link}, and cites them.',
  'about.sourcesLink': 'sources page',
  'about.figures':
    'Every figure names its source. Where two sources give different numbers for the same thing, both are shown side by side; neither is dropped or averaged.',
  'about.dates':
    'Dates are shown only as precisely as the sources give them: “March 2023” stays a month, and a date the source gives without a year carries a note on how the year was established.',
  'about.plans':
    'Planned and expected items are marked as such and kept apart from what happened. The record is dated: once a plan’s date has passed it is listed as past due, with what the sources report became of it, or that they do not say.',
  'about.signed':
    'An agreement is called signed only where a source says it was signed; otherwise it is “agreed” or “expected”, as the source puts it.',
  'about.tonnes': 'The articles write “tons”; the site writes “tonnes”, taking them to be metric tons.',
  'about.corrections':
    'A correction is printed on the entry it corrects, with its date. {link} lists the entries added, updated and corrected, newest first, and each topic, person, organisation and place has its own RSS feed and calendar, linked from its page.',
  'about.licence': 'Licence',
  'about.licenceText':
    'The text of the entries is our own summary of the cited sources and may be reused with attribution to this site. Quotations remain the words of the people and publications quoted.',
  'about.contribute': 'How to contribute',
  'about.contributeText':
    'Each visit, agreement or event is one Markdown file in {folder} of the {link}. Copy an existing entry, change its fields, cite at least one source, and run {command}: every mistake is reported with its file, line, field and fix.',
  'about.repository': 'repository',

  // The agreements register
  'agreements.title': 'Agreements register',
  'agreements.description':
    'Every treaty, agreement, memorandum, roadmap and contract between Kazakhstan and Azerbaijan in the record.',
  'agreements.lede':
    'Every agreement in the record, oldest first: treaties, memoranda, roadmaps and contracts, signed, agreed or expected ({count} in all).',
  'agreements.caption': 'Agreements, with date, title, parties, type, stage and status',
  'agreements.date': 'Date',
  'agreements.agreement': 'Agreement',
  'agreements.parties': 'Parties',
  'agreements.type': 'Type',
  'agreements.stage': 'Stage',
  'agreements.status': 'Status',

  // The page of plans ahead
  'ahead.description': 'Announced plans and targets between Kazakhstan and Azerbaijan, and those past due.',
  'ahead.lede':
    'Announced plans, targets and expected steps, by the date they are due, as the sources reported them. The record is as of {date}: plans dated before then are listed apart, as past due.',
  'ahead.still': 'Still ahead',
  'ahead.pastDueNote':
    'Their date has passed. Each entry says what the sources report became of it; for most, the sources do not say whether it happened.',

  // What changed (src/pages/changes.astro, src/components/ChangeList.astro)
  'changes.description': 'Entries added, updated and corrected in the record, newest first.',
  'changes.lede':
    'Entries added, updated and corrected in the record, newest first, from the history of its files. A correction is also printed on the entry it corrects.',
  'changes.latest': 'The {limit} most recent of {total} changes.',
  'changes.all.one': '{count} change.',
  'changes.all.few': '{count} changes.',
  'changes.all.many': '{count} changes.',
  'changes.all.other': '{count} changes.',
  'changes.follow': 'Follow the changes (RSS)',
  'changes.feedTitle': 'What changed (RSS)',
  'changes.incompleteLead': 'The history is incomplete.',
  'changes.incompleteText':
    'This build could not read all of it, so older additions and updates are missing. Corrections recorded in the entries are all listed.',
  'changes.kind.added': 'Added',
  'changes.kind.updated': 'Updated',
  'changes.kind.corrected': 'Corrected',
  'changes.kind.removed': 'Removed',

  // The data pages and their charts (src/pages/data/, src/components/charts/)
  'data.description':
    'Trade turnover, oil through the Baku–Tbilisi–Ceyhan pipeline and export routes, charted with a source for every number.',
  'data.lede':
    'The numbers the sources give — trade turnover, Kazakh oil through the Baku–Tbilisi–Ceyhan pipeline, export routes — as charts, each with its table. Every bar links to its source. Where two sources give different numbers for the same period, both are drawn and named; none is averaged or left out. Targets and forecasts are drawn hollow, apart from what happened.',
  'data.seeMap': 'For the ports, pipelines and cables, see the {link}.',
  'data.mapLink': 'map',
  'data.toc': 'On this page',
  'data.seriesDescription': 'Data series: {title}.',
  'data.topics': 'Topics:',
  'data.csv': 'Download the points as CSV',
  'data.entries': 'Entries with these figures',
  'chart.chartAndData': 'Chart and data',
  'chart.tableCaption': 'Data: {title}',
  'chart.fromSeries': 'From the series:',
  'chart.and': 'and',
  'chart.sources': 'Sources',
  'chart.legend': 'Legend',
  'chart.legendActual': 'Filled bar: actual',
  'chart.legendProjected': 'Dashed outline: {kinds} (not yet happened or not measured)',
  'chart.legendSources': '[n]: the source, numbered below; each bar links to it',
  'chart.differLead': 'Sources differ',
  'chart.differFor': 'for {what}:',
  'chart.differEnd': 'Both are shown; neither is preferred or averaged.',
  'chart.period': 'Period',
  'chart.category': 'Category',
  'chart.measure': 'Measure',
  'chart.value': 'Value',
  'chart.unit': 'Unit',
  'chart.status': 'Status',
  'chart.source': 'Source',
  'chart.note': 'Note',
  'chart.summaryValue': '{value} ({status}, source {n})',
  'chart.summaryDiffer': '; the sources differ',
  'chart.summaryAgree': '; the sources agree',
  'chart.pointLabel': '{where}: {member}{value}, {status}. Source {n}: {name}',

  // The map page and its parts (src/pages/map.astro, src/components/map/)
  'map.description':
    'Kazakhstan, Azerbaijan and their neighbours: the Caspian ports, the Middle Corridor, the BTC and CPC oil routes and the planned Aktau–Sumgayit cable, each cited.',
  'map.heading': 'Map: places and routes',
  'map.lede':
    'Kazakhstan and Azerbaijan face each other across the Caspian Sea. The places named in the record are points linked to their pages; the routes are those the articles describe, each cited below. Routes are schematic: straight lines between the places the sources name, not the surveyed course of a pipeline, ferry or cable.',
  'map.seeData': 'For the numbers behind the routes (oil through BTC, exports by route), see the {link}.',
  'map.dataLink': 'data',
  'map.region': 'The region',
  'map.regionCaption':
    'Kazakhstan and Azerbaijan (shaded) and their neighbours; the dashed box is the Caspian crossing, shown in detail below.',
  'map.caspian': 'The Caspian crossing',
  'map.caspianCaption':
    'The ports of the Middle Corridor, the Sangachal terminal, the Azeri–Chirag–Gunashli and Dunga fields, and the planned Aktau–Sumgayit cable.',
  'map.routes': 'Routes and their sources',
  'map.key':
    'Key: coloured lines are routes (solid: in use; dashed: planned), each named on the map; dots are places, each a link to its page; shaded land is Kazakhstan and Azerbaijan. Routes are schematic straight lines between the places the sources name.',
  'map.places': 'Places',
  'map.credits':
    'Country outlines: Natural Earth (public domain), 1:50 million, via the world-atlas package. Place positions are editorial: the articles give no coordinates, so each place’s file records approximate ones and says so.',
  'map.planned': '— planned, dashed line.',
  'map.solid': '— solid line.',
  'map.notDrawnLead': 'Not drawn',
  'map.notDrawnText': ', because the sources do not place them:',
  'map.placesCaption': 'Places on the maps',
  'map.place': 'Place',
  'map.type': 'Type',
  'map.country': 'Country',
  'map.coordinates': 'Coordinates',
  'map.shownOn': 'Shown on',
  'map.whereIs': 'Where {name} is.',
  'map.seeOnMap': 'See it on the map with the routes',

  // The sources page
  'sources.description': 'The source documents every entry and figure in the record is drawn from.',
  'sources.lede':
    'Every entry and every figure on this site comes from one of these documents. Each is listed with the entries that cite it.',
  'sources.downloads': 'For a reference manager, every source as',
  'sources.or': 'or',
  'sources.publisher': 'Publisher',
  'sources.author': 'Author',
  'sources.published': 'Published',
  'sources.address': 'Address',
  'sources.citedBy.one': 'Cited by {count} entry',
  'sources.citedBy.few': 'Cited by {count} entries',
  'sources.citedBy.many': 'Cited by {count} entries',
  'sources.citedBy.other': 'Cited by {count} entries',
  'sources.latestShown': '(the latest {count} shown)',

  // The year and kind pages
  'years.description': 'Kazakhstan–Azerbaijan relations in {year}: {count} entries.',
  'years.lede': '{entries}, oldest first.',
  'kinds.lede': '{count} in all, newest first.',

  // Issue #16 — translations of entries (src/components/TranslationNote.astro). Added as one block, for merging.
  'translation.from': 'Translated from English.',
  'translation.fromBy': 'Translated from English by {name}.',
  'translation.original': 'Read the original',
} as const;

export type MessageKey = keyof typeof en;
/** What every language's file must be: a string for every English key. */
export type Dictionary = Record<MessageKey, string>;
