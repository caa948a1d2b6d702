/**
 * Source verification: every number and every quotation in the record occurs in the
 * archived text of the article it is attributed to.
 *
 * - Figures (`figures[]` of entries) and series points (`points[]`) are looked up in the
 *   archive of their `source` (./figures.ts).
 * - Quotations (double quotes, straight or curly) in entry bodies and string fields must
 *   occur word for word (./quotes.ts). A body quotation is looked up in the source of the
 *   next footnote after it (matched by the source's title in the footnote), otherwise in
 *   any of the entry's sources; a map route's `says` in its own source.
 *
 * Pure apart from reading the archive folder; independent of Astro. The input is the
 * parsed content, as the loader (src/check/load-content.ts) gives it.
 */
import { archivePresent, readArchive, type SourceInfo } from './archive';
import { figureOccurs } from './figures';
import {
  asRecord,
  fieldName,
  line,
  list,
  refId,
  stringsIn,
  type FieldPath,
  type SourceProblem,
  type VerifyFile,
  type VerifyInput,
  type VerifyResult,
} from './model';
import { quotationsIn, quoteOccurs } from './quotes';
import { normaliseText } from './text';

/** The checks, over the sources' archived texts, collecting problems. */
class Verifier {
  readonly problems: SourceProblem[] = [];
  constructor(private readonly sources: ReadonlyMap<string, SourceInfo>) {}

  source = (ref: unknown): SourceInfo | undefined => {
    const id = refId(ref);
    return id ? this.sources.get(id) : undefined;
  };
  all = (): SourceInfo[] => [...this.sources.values()].filter((s) => s.text);

  figure(f: VerifyFile, p: FieldPath, value: unknown, unit: unknown, sourceRef: unknown): void {
    const src = this.source(sourceRef);
    if (typeof value !== 'number' || !src?.text) return;
    const u = typeof unit === 'string' ? unit : '';
    if (figureOccurs(value, u, src.text)) return;
    this.problems.push({
      file: f.file,
      line: line(f, [...p, 'value']),
      field: fieldName([...p, 'value']),
      message: `${value} ${u} does not occur in ${src.archive}, the archived text of "${src.id}"`,
      fix: 'check the number and unit against the article (digits or words, with the unit near them), or cite the source that gives it',
    });
  }

  quote(f: VerifyFile, lineNo: number, field: string, quote: string, candidates: readonly SourceInfo[]): void {
    const withText = candidates.filter((s) => s.text);
    if (!withText.length || withText.some((s) => quoteOccurs(quote, s.text!))) return;
    const short = quote.length > 70 ? `${quote.slice(0, 67)}…` : quote;
    this.problems.push({
      file: f.file,
      line: lineNo,
      field,
      message: `quotation "${short}" does not occur word for word in ${withText.map((s) => s.archive).join(' or ')}`,
      fix: 'copy the words exactly from the article, or paraphrase without quotation marks',
    });
  }

  /** Every quotation in a string field, against the given sources. */
  quotesIn(f: VerifyFile, p: FieldPath, text: string, candidates: readonly SourceInfo[]): void {
    for (const q of quotationsIn(text)) this.quote(f, line(f, p), fieldName(p), q.quote, candidates);
  }

  entry(f: VerifyFile): void {
    const d = asRecord(f.data);
    const own = list(d.sources).flatMap((ref) => this.source(ref) ?? []);
    const figures = list(d.figures);
    figures.forEach((fig, i) => {
      const g = asRecord(fig);
      this.figure(f, ['figures', i], g.value, g.unit, g.source);
    });
    // Quotations in frontmatter strings: a figure's note against its source, the rest against the entry's sources.
    for (const { path: p, text } of stringsIn(d)) {
      if (p[0] === 'sources' || p[0] === 'related' || p.at(-1) === 'source' || p.at(-1) === 'series') continue;
      const figSource = p[0] === 'figures' ? this.source(asRecord(figures[p[1] as number]).source) : undefined;
      this.quotesIn(f, p, text, figSource ? [figSource] : own);
    }
    if (f.body) this.body(f, f.body, own);
  }

  body(f: VerifyFile, body: { text: string; line: number }, own: readonly SourceInfo[]): void {
    const text = body.text;
    const defs = new Map<string, string>();
    for (const m of text.matchAll(/^\[\^([^\]]+)\]:(.*)$/gm)) defs.set(m[1]!, normaliseText(m[2]!));
    const sourceOfLabel = (label: string) => {
      const def = defs.get(label);
      return def ? own.find((s) => s.title && def.includes(normaliseText(s.title))) : undefined;
    };
    // Footnote definitions hold titles, not quotations from the text.
    const prose = text.replace(/^\[\^[^\]]+\]:.*$/gm, (s) => ' '.repeat(s.length));
    for (const q of quotationsIn(prose)) {
      const next = /\[\^([^\]]+)\]/.exec(prose.slice(q.index));
      const src = next ? sourceOfLabel(next[1]!) : undefined;
      const lineNo = body.line + (text.slice(0, q.index).match(/\n/g)?.length ?? 0);
      this.quote(f, lineNo, '(body) quotation', q.quote, src ? [src] : own);
    }
  }

  series(f: VerifyFile): void {
    const d = asRecord(f.data);
    const seriesUnit = typeof d.unit === 'string' ? d.unit : '';
    const used = new Map<string, SourceInfo>();
    list(d.points).forEach((pt, i) => {
      const g = asRecord(pt);
      this.figure(f, ['points', i], g.value, g.unit ?? seriesUnit, g.source);
      const src = this.source(g.source);
      if (src) used.set(src.id, src);
      if (typeof g.note === 'string') this.quotesIn(f, ['points', i, 'note'], g.note, src ? [src] : []);
    });
    if (typeof d.description === 'string') this.quotesIn(f, ['description'], d.description, [...used.values()]);
  }

  /** A map route: each source's `says` is the sentence of that source that describes it, word for word. */
  route(f: VerifyFile): void {
    list(asRecord(f.data).sources).forEach((s, i) => {
      const g = asRecord(s);
      const src = this.source(g.source);
      if (typeof g.says === 'string' && src)
        this.quote(f, line(f, ['sources', i, 'says']), fieldName(['sources', i, 'says']), g.says, [src]);
    });
  }

  /** Any other file: quotations against any archive (a source's publishedNote may quote other articles to date it). */
  other(f: VerifyFile): void {
    const d = asRecord(f.data);
    if (f.collection === 'sources') {
      if (typeof d.publishedNote === 'string') this.quotesIn(f, ['publishedNote'], d.publishedNote, this.all());
      return;
    }
    for (const { path: p, text } of stringsIn(d)) this.quotesIn(f, p, text, this.all());
  }
}

export function verifySources(input: VerifyInput): VerifyResult {
  const dir = input.archiveDir;
  if (!archivePresent(dir)) {
    const message = `source verification skipped: no archive folder at ${dir}`;
    const fix = 'set SOURCES_ARCHIVE to the folder of archived articles, or check out shared/seeds beside the project';
    return input.requireArchive
      ? { problems: [{ file: dir, line: 1, field: '(archive)', message, fix }], notices: [] }
      : { problems: [], notices: [`${message} — ${fix}`] };
  }
  const archive = readArchive(input.files, dir);
  const v = new Verifier(archive.sources);
  for (const f of input.files) {
    if (f.collection === 'entries') v.entry(f);
    else if (f.collection === 'series') v.series(f);
    else if (f.collection === 'routes') v.route(f);
    else v.other(f);
  }
  return {
    problems: [...archive.problems, ...v.problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
    notices: archive.notices,
  };
}

/** `file:line: field: message — fix`, the shape of every line `npm run check` prints. */
export const formatSourceProblem = (p: SourceProblem): string =>
  `${p.file}:${p.line}: ${p.field}: ${p.message} — ${p.fix}`;
