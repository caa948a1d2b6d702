/**
 * Source verification (issue #13): every number and every quotation on the site must
 * occur in the archived text of the article it is attributed to.
 *
 * - Figures (`figures[]` of entries) and series points (`points[]`) are looked up in the
 *   archive of their `source`: the value in digits ("470", "150,000", "1.5") or in words
 *   ("seven", "three times", "doubling"), with its unit near it ("$… million", "million
 *   tons", "percent" or "%", "barrels", …).
 * - Quotations (text in double quotes, straight or curly) in entry bodies and in string
 *   fields (dateNote, notes, descriptions, publishedNote, …) must occur word for word,
 *   ignoring case, quote style, dashes and whitespace. A body quotation is looked up in
 *   the source of the next footnote after it (matched by the source's title in the
 *   footnote), otherwise in any of the entry's sources.
 *
 * Pure apart from reading the archive folder with plain `fs`; independent of Astro. The
 * input is the parsed content, as `loadContent` (src/check/load-content.ts) gives it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type FieldPath = ReadonlyArray<string | number>;

/** One content file, parsed (the shape of `ContentFile` in src/check/types.ts). */
export interface VerifyFile {
  collection: string;
  id: string;
  /** Path shown to the contributor, relative to the project root. */
  file: string;
  data: unknown;
  /** Entries: the Markdown after the frontmatter, and the file line it starts on. */
  body?: { text: string; line: number } | undefined;
  /** Line of the value at a field path; line 1 when absent. */
  lineOf?: (path: FieldPath) => number;
}

export interface VerifyInput {
  /** Every content file (entries, series and sources are read; the rest are ignored). */
  files: readonly VerifyFile[];
  /** Folder holding the archived copies named by each source's `archive` field. */
  archiveDir: string;
  /** When true (CI), a missing archive folder is a problem rather than a notice. */
  requireArchive?: boolean;
}

export interface SourceProblem {
  file: string;
  line: number;
  field: string;
  message: string;
  fix: string;
}

export interface VerifyResult {
  problems: SourceProblem[];
  /** Things the reader should know that are not errors (e.g. no archive folder here). */
  notices: string[];
}

/** The archive folder: $SOURCES_ARCHIVE, or `../shared/seeds` relative to the project root. */
export function defaultArchiveDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return env.SOURCES_ARCHIVE ? path.resolve(root, env.SOURCES_ARCHIVE) : path.resolve(root, '..', 'shared', 'seeds');
}

// ---------------------------------------------------------------------------------------
// Text normalisation

/** Lower case, straight quotes and apostrophes, hyphens for dashes, single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalised text with thousands separators removed from numbers ("150,000" → "150000"). */
function numericText(text: string): string {
  let t = normaliseText(text);
  let prev;
  do {
    prev = t;
    t = t.replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
  } while (t !== prev);
  return t;
}

const WORDS: Record<number, string[]> = {
  1: ['one', 'a single'],
  2: ['two', 'twice', 'double', 'doubling', 'doubled'],
  3: ['three', 'triple', 'tripled', 'threefold', 'third'],
  4: ['four'],
  5: ['five'],
  6: ['six'],
  7: ['seven'],
  8: ['eight'],
  9: ['nine'],
  10: ['ten'],
  11: ['eleven'],
  12: ['twelve'],
  14: ['fourteen'],
  15: ['fifteen'],
  19: ['nineteen'],
  20: ['twenty'],
  30: ['thirty'],
  40: ['forty'],
  50: ['fifty', 'half'],
  60: ['sixty'],
  70: ['seventy'],
  80: ['eighty'],
  90: ['ninety'],
  100: ['a hundred', 'one hundred'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every way the value may be written: digits (also scaled by a million) and words. */
function valueForms(value: number, unit: string): RegExp[] {
  const forms: RegExp[] = [];
  const digits = (n: number) => {
    const s = String(n);
    forms.push(new RegExp(`(?<![\\d.])${escape(s)}(?!\\d|\\.\\d)`, 'g'));
  };
  digits(value);
  // "70 million tons" may be stored as 70 with unit "million tonnes"; a value stored in
  // plain units (700000 tonnes) may be written "700,000" — both are digits(value).
  if (/^(million|billion)\b/i.test(unit) === false && value >= 1_000_000 && value % 1_000_000 === 0)
    digits(value / 1_000_000);
  for (const w of WORDS[value] ?? []) forms.push(new RegExp(`\\b${escape(w)}\\b`, 'g'));
  return forms;
}

const MULTIPLIER_WORDS = /^(twice|double|doubling|doubled|triple|tripled|threefold)$/;

/** What must stand near the number for the unit to count as stated. */
function unitTest(unit: string): (before: string, token: string, after: string) => boolean {
  const u = unit.toLowerCase();
  if (u.startsWith('times'))
    return (_b, token, a) => MULTIPLIER_WORDS.test(token) || /^\s*(-?\s*times\b|-?fold\b)/.test(a);
  const scale = /^(million|billion)\b/.exec(u)?.[1];
  const money = /\busd\b|\$|dollar/.test(u);
  // A rate per year may be written "annually", "each year", "a year" or "per year".
  const rest = u
    .replace(/^(million|billion)\s*/, '')
    .replace(/\busd\b/, '')
    .replace(/\s*per year$/, '')
    .trim();
  let tail: RegExp | undefined;
  if (rest.startsWith('%')) tail = /(%|percent|per cent)/;
  else if (/^tonnes?/.test(rest)) tail = /\btons?\b|\btonnes?\b/;
  else if (rest) {
    const word = rest.split(/\s+/)[0]!.replace(/(ies|es|s)$/, '');
    tail = new RegExp(escape(word.slice(0, Math.max(3, word.length - 1))));
  }
  return (before, _token, after) => {
    if (scale && !new RegExp(`^[^.;]{0,30}?\\b${scale}\\b`).test(after)) return false;
    if (money && !(/\$\s*$/.test(before) || /^[^.;]{0,40}(dollar|usd)/.test(after))) return false;
    if (tail && !new RegExp(`^[^;]{0,45}?${tail.source}`).test(after)) return false;
    return true;
  };
}

/** Whether `value` with `unit` occurs in the (numeric-normalised) archive text. */
export function figureOccurs(value: number, unit: string, archive: string): boolean {
  const text = numericText(archive);
  const ok = unitTest(unit);
  for (const re of valueForms(value, unit)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 3), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      if (ok(before, m[0], after)) return true;
    }
  }
  return false;
}

/** Whether the quotation occurs word for word (case, quote style, dashes and spacing aside). */
export function quoteOccurs(quote: string, archive: string): boolean {
  const text = normaliseText(archive);
  return quoteFragments(quote).every((frag) => text.includes(frag));
}

/** A quotation split at ellipses, each part normalised, outer punctuation dropped. */
function quoteFragments(quote: string): string[] {
  return quote
    .split(/\u2026|\.\.\./)
    .map((s) =>
      normaliseText(s)
        .replace(/^[\s"'\-.,;:]+/, '')
        .replace(/[\s"'.,;:!?]+$/, ''),
    )
    .filter((s) => s.length > 0);
}

/** Quotations in a text: straight or curly double quotes, with their offsets. */
export function quotationsIn(text: string): { quote: string; index: number }[] {
  const out: { quote: string; index: number }[] = [];
  const re = /"([^"\n]*(?:\n(?!\n)[^"\n]*)*)"|\u201c([^\u201d]*)\u201d/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const q = (m[1] ?? m[2] ?? '').trim();
    if (q) out.push({ quote: q, index: m.index });
  }
  return out;
}

// ---------------------------------------------------------------------------------------

interface SourceInfo {
  id: string;
  title: string;
  archive?: string | undefined;
  text?: string | undefined;
}

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const refId = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof asRecord(v).id === 'string' ? (asRecord(v).id as string) : undefined;
const fieldName = (p: FieldPath): string =>
  p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '') || '(file)';

/** Every string in a parsed value with its path (skipping ids and references). */
function* stringsIn(value: unknown, p: FieldPath = []): Generator<{ path: FieldPath; text: string }> {
  if (typeof value === 'string') yield { path: p, text: value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* stringsIn(v, [...p, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* stringsIn(v, [...p, k]);
}

export function verifySources(input: VerifyInput): VerifyResult {
  const problems: SourceProblem[] = [];
  const notices: string[] = [];
  const dir = input.archiveDir;
  const haveDir = existsSync(dir) && statSync(dir).isDirectory();
  if (!haveDir) {
    const message = `source verification skipped: no archive folder at ${dir}`;
    const fix = 'set SOURCES_ARCHIVE to the folder of archived articles, or check out shared/seeds beside the project';
    if (input.requireArchive) problems.push({ file: dir, line: 1, field: '(archive)', message, fix });
    else notices.push(`${message} — ${fix}`);
    return { problems, notices };
  }

  const line = (f: VerifyFile, p: FieldPath) => f.lineOf?.(p) ?? 1;
  const sources = new Map<string, SourceInfo>();
  for (const f of input.files.filter((f) => f.collection === 'sources')) {
    const d = asRecord(f.data);
    const info: SourceInfo = { id: f.id, title: String(d.title ?? ''), archive: d.archive as string | undefined };
    if (typeof d.archive !== 'string' || !d.archive) {
      notices.push(`${f.file}: no archive field, so figures and quotations citing "${f.id}" are not verified`);
    } else {
      const abs = path.join(dir, d.archive);
      if (existsSync(abs)) info.text = readFileSync(abs, 'utf8');
      else
        problems.push({
          file: f.file,
          line: line(f, ['archive']),
          field: 'archive',
          message: `archive file ${d.archive} is not in ${dir}`,
          fix: 'correct the file name, or add the archived copy to the archive folder',
        });
    }
    sources.set(f.id, info);
  }
  const allTexts = () => [...sources.values()].filter((s) => s.text);

  const checkFigure = (f: VerifyFile, p: FieldPath, value: unknown, unit: unknown, sourceRef: unknown) => {
    const id = refId(sourceRef);
    const src = id ? sources.get(id) : undefined;
    if (typeof value !== 'number' || !src?.text) return;
    const u = typeof unit === 'string' ? unit : '';
    if (!figureOccurs(value, u, src.text))
      problems.push({
        file: f.file,
        line: line(f, [...p, 'value']),
        field: fieldName([...p, 'value']),
        message: `${value} ${u} does not occur in ${src.archive}, the archived text of "${id}"`,
        fix: 'check the number and unit against the article (digits or words, with the unit near them), or cite the source that gives it',
      });
  };

  const checkQuote = (f: VerifyFile, lineNo: number, field: string, quote: string, candidates: SourceInfo[]) => {
    const withText = candidates.filter((s) => s.text);
    if (!withText.length) return;
    if (withText.some((s) => quoteOccurs(quote, s.text!))) return;
    const short = quote.length > 70 ? `${quote.slice(0, 67)}…` : quote;
    problems.push({
      file: f.file,
      line: lineNo,
      field,
      message: `quotation "${short}" does not occur word for word in ${withText.map((s) => s.archive).join(' or ')}`,
      fix: 'copy the words exactly from the article, or paraphrase without quotation marks',
    });
  };

  for (const f of input.files) {
    const d = asRecord(f.data);
    if (f.collection === 'entries') {
      const entrySources = (Array.isArray(d.sources) ? d.sources : [])
        .map(refId)
        .flatMap((id) => (id && sources.has(id) ? [sources.get(id)!] : []));
      const figures = Array.isArray(d.figures) ? d.figures : [];
      figures.forEach((fig, i) => {
        const g = asRecord(fig);
        checkFigure(f, ['figures', i], g.value, g.unit, g.source);
      });
      // Quotations in frontmatter strings: a figure's note against its source, the rest
      // against the entry's sources.
      for (const { path: p, text } of stringsIn(d)) {
        if (p[0] === 'sources' || p[0] === 'related' || p.at(-1) === 'source' || p.at(-1) === 'series') continue;
        const figSource = p[0] === 'figures' ? refId(asRecord(figures[p[1] as number]).source) : undefined;
        const cands = figSource && sources.has(figSource) ? [sources.get(figSource)!] : entrySources;
        for (const q of quotationsIn(text)) checkQuote(f, line(f, p), fieldName(p), q.quote, cands);
      }
      if (f.body) checkBody(f, f.body, entrySources);
    } else if (f.collection === 'series') {
      const points = Array.isArray(d.points) ? d.points : [];
      const seriesUnit = typeof d.unit === 'string' ? d.unit : '';
      const pointSources = new Map<string, SourceInfo>();
      points.forEach((pt, i) => {
        const g = asRecord(pt);
        checkFigure(f, ['points', i], g.value, g.unit ?? seriesUnit, g.source);
        const id = refId(g.source);
        if (id && sources.has(id)) pointSources.set(id, sources.get(id)!);
        if (typeof g.note === 'string')
          for (const q of quotationsIn(g.note))
            checkQuote(
              f,
              line(f, ['points', i, 'note']),
              fieldName(['points', i, 'note']),
              q.quote,
              id && sources.has(id) ? [sources.get(id)!] : [],
            );
      });
      if (typeof d.description === 'string')
        for (const q of quotationsIn(d.description))
          checkQuote(f, line(f, ['description']), 'description', q.quote, [...pointSources.values()]);
    } else if (f.collection === 'sources') {
      // A publishedNote may quote other articles (to date this one): any archive will do.
      for (const key of ['publishedNote']) {
        if (typeof d[key] === 'string')
          for (const q of quotationsIn(d[key] as string)) checkQuote(f, line(f, [key]), key, q.quote, allTexts());
      }
    } else {
      // People, organisations, places, topics: quotations against any archive.
      for (const { path: p, text } of stringsIn(d))
        for (const q of quotationsIn(text)) checkQuote(f, line(f, p), fieldName(p), q.quote, allTexts());
    }
  }

  function checkBody(f: VerifyFile, body: { text: string; line: number }, entrySources: SourceInfo[]) {
    const text = body.text;
    const defs = new Map<string, string>();
    for (const m of text.matchAll(/^\[\^([^\]]+)\]:(.*)$/gm)) defs.set(m[1]!, normaliseText(m[2]!));
    const sourceOfLabel = (label: string): SourceInfo | undefined => {
      const def = defs.get(label);
      if (!def) return undefined;
      return entrySources.find((s) => s.title && def.includes(normaliseText(s.title)));
    };
    // Footnote definitions hold titles, not quotations from the text.
    const prose = text.replace(/^\[\^[^\]]+\]:.*$/gm, (s) => ' '.repeat(s.length));
    for (const q of quotationsIn(prose)) {
      const next = /\[\^([^\]]+)\]/.exec(prose.slice(q.index));
      const src = next ? sourceOfLabel(next[1]!) : undefined;
      const lineNo = body.line + (text.slice(0, q.index).match(/\n/g)?.length ?? 0);
      checkQuote(f, lineNo, '(body) quotation', q.quote, src ? [src] : entrySources);
    }
  }

  return {
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    notices,
  };
}

/** `file:line: field: message — fix`, the shape of every line `npm run check` prints. */
export const formatSourceProblem = (p: SourceProblem): string =>
  `${p.file}:${p.line}: ${p.field}: ${p.message} — ${p.fix}`;
