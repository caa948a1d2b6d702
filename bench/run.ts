/**
 * `npm run bench`: builds the full site and a bare Astro baseline from the same N
 * synthetic entries, for each size, and reports time, peak memory, output size, the
 * largest page, the Pagefind index, a one-entry rebuild, and the budgets.
 *
 *   npm run bench                 sizes 100, 1000, 5000
 *   npm run bench -- 100 1000     other sizes
 *
 * Writes bench/results.json and docs/benchmarks.md. Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from './generate';

const ROOT = path.resolve(import.meta.dirname, '..');
const TMP = path.join(ROOT, 'bench', 'tmp');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(100, 1000, 5000);

interface BuildRun {
  seconds: number;
  peakMB: number;
  log: string;
}

function build(root: string, content: string, out: string, cache: string): BuildRun {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, ASTRO, 'build', '--root', root], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: cache,
      // English only: the benchmark measures one site (the other languages: README, "Languages").
      SITE_LOCALES: 'en',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const log = `${r.stdout}\n${r.stderr}`;
  const m = /TIME ([\d.]+) (\d+)/.exec(log);
  if (r.status !== 0 || !m) throw new Error(`build of ${root} failed:\n${log.slice(-4000)}`);
  return { seconds: Number(m[1]), peakMB: Math.round(Number(m[2]) / 1024), log };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}
const bytes = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);
const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;

function inspect(out: string) {
  const files = walk(out);
  const html = files.filter((f) => f.endsWith('.html'));
  let largest = { path: '', bytes: 0 };
  for (const f of html) {
    const size = statSync(f).size;
    if (size > largest.bytes) largest = { path: '/' + path.relative(out, f).replace(/index\.html$/, ''), bytes: size };
  }
  const entryPages = html.filter((f) => f.includes(`${path.sep}entries${path.sep}`)).map((f) => statSync(f).size);
  entryPages.sort((a, b) => a - b);
  // Pages that load a script file (inline scripts such as the theme switch are not counted).
  const withScripts = html
    .filter((f) => /<script[^>]*\ssrc=/.test(readFileSync(f, 'utf8')))
    .map((f) => '/' + path.relative(out, f).replace(/index\.html$/, ''));
  const pagefindDir = path.join(out, 'pagefind');
  return {
    pages: html.length,
    outputMB: mb(bytes(files)),
    largestPage: largest,
    medianEntryPageBytes: entryPages[Math.floor(entryPages.length / 2)] ?? 0,
    maxEntryPageBytes: entryPages.at(-1) ?? 0,
    pagesWithScriptFiles: withScripts,
    pagefindMB: existsSync(pagefindDir) ? mb(bytes(walk(pagefindDir))) : 0,
  };
}

interface SizeResult {
  entries: number;
  bare: { seconds: number; peakMB: number };
  full: { seconds: number; peakMB: number; pagefindIndexMs: number | null } & ReturnType<typeof inspect>;
  ratio: number;
  rebuildOneEntrySeconds: number;
}

const results: SizeResult[] = [];
const realContent = path.join(ROOT, 'content');
for (const n of sizes) {
  const dir = path.join(TMP, String(n));
  const content = path.join(dir, 'content');
  console.log(`\n== ${n} entries: generating`);
  generateCorpus(content, n, realContent);
  console.log(`== ${n} entries: bare build`);
  const bare = build(
    path.join(ROOT, 'bench', 'bare'),
    content,
    path.join(dir, 'bare-out'),
    path.join(dir, 'bare-cache'),
  );
  console.log(`   ${bare.seconds} s, ${bare.peakMB} MB`);
  console.log(`== ${n} entries: full build`);
  const fullOut = path.join(dir, 'full-out');
  const full = build(ROOT, content, fullOut, path.join(dir, 'full-cache'));
  const pf = /indexed \d+ pages in (\d+) ms/.exec(full.log);
  console.log(`   ${full.seconds} s, ${full.peakMB} MB`);

  // One entry changes; the site is built again with the same cache.
  const changed = walk(path.join(content, 'entries'))[0]!;
  appendFileSync(changed, '\nOne more sentence, added to measure a rebuild.\n');
  const again = build(ROOT, content, fullOut, path.join(dir, 'full-cache'));
  console.log(`   rebuild after one change: ${again.seconds} s`);

  results.push({
    entries: n,
    bare: { seconds: bare.seconds, peakMB: bare.peakMB },
    full: {
      seconds: full.seconds,
      peakMB: full.peakMB,
      pagefindIndexMs: pf ? Number(pf[1]) : null,
      ...inspect(fullOut),
    },
    ratio: Math.round((full.seconds / bare.seconds) * 100) / 100,
    rebuildOneEntrySeconds: again.seconds,
  });
  rmSync(dir, { recursive: true, force: true });
}

// Search: bytes and time of a first query in Chromium, when the search benchmark exists.
let search: unknown = null;
const searchBench = path.join(ROOT, 'bench', 'search.ts');
if (existsSync(searchBench) && existsSync(path.join(ROOT, 'dist', 'pagefind'))) {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), searchBench, 'dist'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const json = /^\{[\s\S]*\}$/m.exec(r.stdout);
  search = json ? JSON.parse(json[0]) : { error: r.stderr.slice(-500) };
}

// Budgets.
const at = (n: number) => results.find((r) => r.entries === n);
const budgets: { budget: string; value: string; met: boolean | null }[] = [];
const r1k = at(1000);
const r5k = at(5000);
if (r1k && r5k) {
  const growth = r5k.full.seconds / r1k.full.seconds;
  budgets.push({ budget: 'build time 5,000 / 1,000 entries ≤ 5.5', value: growth.toFixed(2), met: growth <= 5.5 });
}
if (r1k)
  budgets.push({
    budget: 'full / bare build at 1,000 entries ≤ 1.5',
    value: r1k.ratio.toFixed(2),
    met: r1k.ratio <= 1.5,
  });
if (results.length > 1) {
  const first = results[0]!;
  const last = results.at(-1)!;
  const growth = last.full.maxEntryPageBytes / first.full.maxEntryPageBytes;
  budgets.push({
    budget: `largest entry page at ${last.entries} / at ${first.entries} entries ≤ 1.2 (pages do not grow with the corpus)`,
    value: growth.toFixed(2),
    met: growth <= 1.2,
  });
  const homeGrowth = last.full.largestPage.bytes / first.full.largestPage.bytes;
  budgets.push({
    budget: `largest page of any kind at ${last.entries} / at ${first.entries} entries (${last.full.largestPage.path})`,
    value: homeGrowth.toFixed(2),
    met: null,
  });
}
const scripted = [...new Set(results.flatMap((r) => r.full.pagesWithScriptFiles))];
budgets.push({
  budget: 'no page loads a script file except /search/',
  value: scripted.join(', ') || 'none',
  met: scripted.every((p) => p === '/search/'),
});

const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
const report = { date: new Date().toISOString().slice(0, 10), machine, results, budgets, search };
writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(report, null, 2) + '\n');

const rows = results.map(
  (r) =>
    `| ${r.entries.toLocaleString('en')} | ${r.bare.seconds} s / ${r.bare.peakMB} MB | ${r.full.seconds} s / ${r.full.peakMB} MB | **${r.ratio}×** | ${r.rebuildOneEntrySeconds} s | ${r.full.pages} | ${r.full.outputMB} MB | ${Math.round(r.full.medianEntryPageBytes / 1024)} / ${Math.round(r.full.maxEntryPageBytes / 1024)} KB | ${Math.round(r.full.largestPage.bytes / 1024)} KB \`${r.full.largestPage.path}\` | ${r.full.pagefindMB} MB / ${r.full.pagefindIndexMs ?? '?'} ms |`,
);
const md = `# Benchmarks

Measured by \`npm run bench\` on ${report.date} (${machine}). Each size builds the same
synthetic entries twice in one run: a bare Astro 7 site with the same Markdown processor
(\`unified()\` + remark-gfm, MDX) and one plain page per entry, as the baseline; then the full site.
Times are wall-clock seconds of the whole \`astro build\` (the full one includes the content check and
Pagefind); memory is the peak resident set size of the build process.

| entries | bare build | full build | full / bare | rebuild after one entry changed | pages | output | entry page median / max | largest page | Pagefind index / indexing |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

## Budgets

| budget | measured | met |
| --- | ---: | :---: |
${budgets.map((b) => `| ${b.budget} | ${b.value} | ${b.met === null ? '—' : b.met ? 'yes' : '**no**'} |`).join('\n')}

## Where the full build's extra time goes

${results
  .map((r) => {
    const extra = r.full.seconds - r.bare.seconds;
    const pagefind = (r.full.pagefindIndexMs ?? 0) / 1000;
    return `- ${r.entries.toLocaleString('en')} entries: ${extra.toFixed(1)} s more than the bare build, of which Pagefind indexing ${pagefind.toFixed(1)} s; ${r.full.pages - r.entries} pages more than the bare site's one per entry (topic, person, organisation, place, kind, year and register pages, paginated).`;
  })
  .join('\n')}
- The rest is the content check before the build, the richer entry pages (facts, figures, citations,
  related entries, search metadata) and constant pages (the map and the charts).
${search ? `\n## Search (first query in Chromium, on dist/)\n\n\`\`\`json\n${JSON.stringify(search, null, 2)}\n\`\`\`\n` : ''}
`;
writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), md);
console.log(`\n${md}`);
