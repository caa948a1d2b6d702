/**
 * `npm run bench`: builds the full site and a bare Astro baseline from the same N
 * synthetic entries, for each size, and reports time, peak memory, output size, the
 * largest page, the Pagefind index, a one-entry rebuild, and the budgets.
 *
 *   npm run bench                 sizes 1000, 5000, 10000, then times `npm test`
 *   npm run bench -- 100 1000     other sizes
 *   npm run bench -- --no-tests   without timing the tests
 *   npm run bench -- --no-variants  without the share-image, locale and unchanged builds
 *   npm run bench -- --report-only  writes the report again from bench/results.json, building
 *                                   nothing (after a change to how the report is written)
 *
 * Writes bench/results.json and docs/benchmarks.md (after each size, so a long run
 * that is stopped still leaves its report). Not part of `npm test`.
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
if (sizes.length === 0) sizes.push(1000, 5000, 10000);

interface BuildRun {
  seconds: number;
  peakMB: number;
  log: string;
}

/** The settings the speed targets are measured with: English only (SITE_LOCALES), share images on. */
const TARGET_ENV = { SITE_LOCALES: 'en' };

function build(root: string, content: string, out: string, cache: string, env: Record<string, string> = {}): BuildRun {
  // Node's default heap: no --max-old-space-size, also not from the caller's NODE_OPTIONS.
  const { NODE_OPTIONS: _ignored, ...inherited } = process.env;
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, ASTRO, 'build', '--root', root], {
    cwd: ROOT,
    env: {
      ...inherited,
      CONTENT_DIR: content,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: cache,
      // English only: the benchmark measures one site (the other languages: README, "Languages").
      SITE_LOCALES: 'en',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      BUILD_TIMINGS: '1',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const log = `${r.stdout}\n${r.stderr}`;
  const m = /TIME ([\d.]+) (\d+)/.exec(log);
  if (r.status !== 0 || !m) throw new Error(`build of ${root} failed:\n${log.slice(-4000)}`);
  return { seconds: Number(m[1]), peakMB: Math.round(Number(m[2]) / 1024), log };
}

/** Load average over the last minute, sampled around each build (the machines are shared). */
const load = () => Math.round(os.loadavg()[0]! * 10) / 10;

/**
 * Waits, up to two minutes, until the last minute's load average is below 1: the work
 * before a measurement (an earlier size's builds, deleting a gigabyte of output, a test
 * run just before the bench) is still being written to disk for a while, and slowed the
 * first build measured after it by half. Returns the seconds waited.
 */
function settle(): number {
  const started = performance.now();
  while (os.loadavg()[0]! >= 1 && performance.now() - started < 120_000) spawnSync('sleep', ['5']);
  return Math.round((performance.now() - started) / 1000);
}

type PhaseName =
  'contentCheck' | 'graph' | 'vite' | 'entryPages' | 'entityPages' | 'mapAndCharts' | 'otherPages' | 'pagefind';

const ENTITY_DIRS = new Set(['topics', 'people', 'organizations', 'places']);
/** Which phase a rendered file belongs to. */
function pagePhase(file: string): PhaseName {
  const first = file.split('/')[1] ?? '';
  if (first === 'entries') return 'entryPages';
  if (ENTITY_DIRS.has(first)) return 'entityPages';
  if (first === 'map' || first === 'data') return 'mapAndCharts';
  return 'otherPages';
}

/**
 * Where a build's time went, in seconds, from its log: the content check and the graph
 * ([timing] lines, BUILD_TIMINGS=1), Vite's bundling, the rendering of each kind of page
 * (Astro prints each file's render time; pages kept from the last build print none),
 * Pagefind; the rest is Astro's start, the content sync and writing.
 */
function phases(run: BuildRun) {
  const s = (ms: number) => Math.round(ms / 100) / 10;
  const out: Record<PhaseName, number> = {
    contentCheck: 0,
    graph: 0,
    vite: 0,
    entryPages: 0,
    entityPages: 0,
    mapAndCharts: 0,
    otherPages: 0,
    pagefind: 0,
  };
  let renderedPages = 0;

  for (const m of run.log.matchAll(/\[timing\] (content-check|graph) (\d+)/g))
    out[m[1] === 'graph' ? 'graph' : 'contentCheck'] += Number(m[2]);
  for (const m of run.log.matchAll(/\[vite\] ✓ built in (?:(\d+)m ?)?([\d.]+)(ms|s)/g))
    out.vite += Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 's' ? 1000 : 1);
  for (const m of run.log.matchAll(/├─ (\S+) \(\+(?:(\d+)m ?)?([\d.]+)(ms|s)\)/g)) {
    out[pagePhase(m[1]!)] += Number(m[2] ?? 0) * 60_000 + Number(m[3]) * (m[4] === 's' ? 1000 : 1);
    renderedPages++;
  }
  const keptPages = [...run.log.matchAll(/├─ \S+ \((cached|restored)\)/g)].length;
  const pf = /\[pagefind\] (?:indexed \d+ pages|no indexed page changed: reused the index) in (\d+) ms/.exec(run.log);
  if (pf) out.pagefind = Number(pf[1]);
  const seconds = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, s(v)])) as Record<PhaseName, number>;
  const known = Object.values(seconds).reduce((a, b) => a + b, 0);
  return { ...seconds, rest: Math.round((run.seconds - known) * 10) / 10, renderedPages, keptPages };
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

type Phases = ReturnType<typeof phases>;

interface SizeResult {
  entries: number;
  bare: { seconds: number; peakMB: number };
  full: { seconds: number; peakMB: number; pagefindIndexMs: number | null } & ReturnType<typeof inspect>;
  ratio: number;
  rebuildOneEntrySeconds: number;
  /** One-entry rebuild / cold full build. */
  rebuildRatio: number;
  /** full / bare peak memory. */
  memoryRatio: number;
  phases: { full: Phases; bare: Phases; rebuild: Phases };
  /** Load average (1 min) before the bare build, the full build and the rebuild. */
  load: number[];
  /** At one size only: a warm rebuild with nothing changed, share images off, all locales. */
  variants?: {
    unchangedRebuildSeconds: number;
    shareImagesOffSeconds: number;
    /** The SHARE_IMAGES=off build built again with nothing changed: what the unchanged rebuild is without images. */
    unchangedRebuildImagesOffSeconds: number;
    allLocalesSeconds: number;
    allLocalesPeakMB: number;
  };
}

const VARIANT_SIZE = sizes.includes(1000) ? 1000 : sizes[0]!;
const runTests = !process.argv.includes('--no-tests');
const runVariants = !process.argv.includes('--no-variants');
const results: SizeResult[] = [];
const realContent = path.join(ROOT, 'content');
let tests: { unitSeconds: number; allSeconds: number; allPassed: boolean } | null = null;

function main(): void {
  for (const n of sizes) {
    const dir = path.join(TMP, String(n));
    rmSync(dir, { recursive: true, force: true });
    const content = path.join(dir, 'content');
    const fresh = (name: string) => [path.join(dir, `${name}-out`), path.join(dir, `${name}-cache`)] as const;
    console.log(`\n== ${n} entries: generating`);
    generateCorpus(content, n, realContent);
    const waited = settle();
    if (waited) console.log(`   waited ${waited} s for the load to settle`);
    const loads = [load()];
    console.log(`== ${n} entries: bare build (load ${loads[0]})`);
    const bare = build(path.join(ROOT, 'bench', 'bare'), content, ...fresh('bare'));
    console.log(`   ${bare.seconds} s, ${bare.peakMB} MB`);
    loads.push(load());
    console.log(`== ${n} entries: full build, cold (load ${loads[1]})`);
    const [fullOut, fullCache] = fresh('full');
    const full = build(ROOT, content, fullOut, fullCache, TARGET_ENV);
    console.log(`   ${full.seconds} s, ${full.peakMB} MB`);
    const facts = inspect(fullOut);

    let variants: SizeResult['variants'];
    let unchanged: BuildRun | undefined;
    let noImages: BuildRun | undefined;
    let unchangedNoImages: BuildRun | undefined;
    if (n === VARIANT_SIZE && runVariants) {
      // Right after the cold build, so that the two builds the share-image budget compares
      // run under the same load.
      noImages = build(ROOT, content, ...fresh('no-images'), { ...TARGET_ENV, SHARE_IMAGES: 'off' });
      console.log(`   cold, SHARE_IMAGES=off: ${noImages.seconds} s`);
      unchanged = build(ROOT, content, fullOut, fullCache, TARGET_ENV);
      console.log(`   rebuild with nothing changed: ${unchanged.seconds} s`);
      unchangedNoImages = build(ROOT, content, ...fresh('no-images'), { ...TARGET_ENV, SHARE_IMAGES: 'off' });
      console.log(`   rebuild with nothing changed, SHARE_IMAGES=off: ${unchangedNoImages.seconds} s`);
    }

    // One entry changes (a sentence more in its body); the site is built again with the same cache.
    const changed = walk(path.join(content, 'entries')).sort()[0]!;
    appendFileSync(changed, '\nOne more sentence, added to measure a rebuild.\n');
    loads.push(load());
    const again = build(ROOT, content, fullOut, fullCache, TARGET_ENV);
    console.log(`   rebuild after one change: ${again.seconds} s (load ${loads[2]})`);

    if (n === VARIANT_SIZE && unchanged && noImages && unchangedNoImages) {
      const locales = build(ROOT, content, ...fresh('locales'), { SITE_LOCALES: 'en,ru,kk,az' });
      console.log(`   cold, all locales: ${locales.seconds} s, ${locales.peakMB} MB`);
      variants = {
        unchangedRebuildSeconds: unchanged.seconds,
        shareImagesOffSeconds: noImages.seconds,
        unchangedRebuildImagesOffSeconds: unchangedNoImages.seconds,
        allLocalesSeconds: locales.seconds,
        allLocalesPeakMB: locales.peakMB,
      };
    }

    const pf = /indexed \d+ pages in (\d+) ms/.exec(full.log);
    results.push({
      entries: n,
      bare: { seconds: bare.seconds, peakMB: bare.peakMB },
      full: { seconds: full.seconds, peakMB: full.peakMB, pagefindIndexMs: pf ? Number(pf[1]) : null, ...facts },
      ratio: round2(full.seconds / bare.seconds),
      rebuildOneEntrySeconds: again.seconds,
      rebuildRatio: round2(again.seconds / full.seconds),
      memoryRatio: round2(full.peakMB / bare.peakMB),
      phases: { full: phases(full), bare: phases(bare), rebuild: phases(again) },
      load: loads,
      ...(variants ? { variants } : {}),
    });
    rmSync(dir, { recursive: true, force: true });
    writeReport();
  }

  // The test loop: `npm run test:unit`, then `npm test` (skip with --no-tests).
  if (runTests) {
    const timedRun = (script: string) => {
      const started = performance.now();
      const r = spawnSync('npm', ['run', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      return { seconds: Math.round((performance.now() - started) / 100) / 10, ok: r.status === 0 };
    };
    const waited = settle();
    console.log(`\n== npm run test:unit${waited ? ` (after waiting ${waited} s for the load to settle)` : ''}`);
    const unit = timedRun('test:unit');
    console.log(`== npm test (after ${unit.seconds} s)`);
    const all = timedRun('test');
    tests = { unitSeconds: unit.seconds, allSeconds: all.seconds, allPassed: all.ok && unit.ok };
    console.log(`   ${all.seconds} s`);
    writeReport();
  }
}

function round2(x: number) {
  return Math.round(x * 100) / 100;
}

function searchReport(): unknown {
  // Search: bytes and time of a first query in Chromium, when the search benchmark exists.
  const searchBench = path.join(ROOT, 'bench', 'search.ts');
  if (!existsSync(searchBench) || !existsSync(path.join(ROOT, 'dist', 'pagefind'))) return null;
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), searchBench, 'dist'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const json = /^\{[\s\S]*\}$/m.exec(r.stdout);
  return json ? JSON.parse(json[0]) : { error: r.stderr.slice(-500) };
}

interface Target {
  target: string;
  value: string;
  met: boolean | null;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Each target is judged on the measured seconds and megabytes, not on a rounded ratio (0.505 is not ≤ 0.5). */
function targets(): Target[] {
  const out: Target[] = [];
  const at = (n: number) => results.find((r) => r.entries === n);
  for (const n of [1000, 5000]) {
    const r = at(n);
    if (!r) continue;
    out.push({
      target: `one-entry rebuild ≤ 0.5× the cold full build at ${n.toLocaleString('en')} entries (aim 0.3×)`,
      value: `${round3(r.rebuildOneEntrySeconds / r.full.seconds)}× (${r.rebuildOneEntrySeconds} s / ${r.full.seconds} s)`,
      met: r.rebuildOneEntrySeconds / r.full.seconds <= 0.5,
    });
    out.push({
      target: `full / bare build ≤ 1.25× at ${n.toLocaleString('en')} entries`,
      value: `${round3(r.full.seconds / r.bare.seconds)}× (${r.full.seconds} s / ${r.bare.seconds} s)`,
      met: r.full.seconds / r.bare.seconds <= 1.25,
    });
  }
  const big = at(10000);
  if (big) {
    out.push({
      target: '10,000 entries: full build ≤ 1.3× the bare build’s time (Node’s default heap)',
      value: `${round3(big.full.seconds / big.bare.seconds)}× (${big.full.seconds} s / ${big.bare.seconds} s)`,
      met: big.full.seconds / big.bare.seconds <= 1.3,
    });
    out.push({
      target: '10,000 entries: full build ≤ 0.8× the bare build’s peak memory',
      value: `${big.memoryRatio}× (${big.full.peakMB} MB / ${big.bare.peakMB} MB)`,
      met: big.full.peakMB / big.bare.peakMB <= 0.8,
    });
  }
  const v = at(VARIANT_SIZE);
  if (v?.variants) {
    const images = round2(v.full.seconds / v.variants.shareImagesOffSeconds - 1);
    out.push({
      target: `share images add ≤ 10% to a cold build at ${VARIANT_SIZE.toLocaleString('en')} entries (SHARE_IMAGES=off beside it)`,
      value: `${Math.round(images * 100)}% (${v.full.seconds} s / ${v.variants.shareImagesOffSeconds} s)`,
      met: v.full.seconds / v.variants.shareImagesOffSeconds - 1 <= 0.1,
    });
    const warm = round2(v.variants.unchangedRebuildSeconds / v.variants.unchangedRebuildImagesOffSeconds - 1);
    out.push({
      target: `warm and unchanged, share images add nothing at ${VARIANT_SIZE.toLocaleString('en')} entries (≤ 5%, one run's noise; the same rebuild with SHARE_IMAGES=off beside it)`,
      value: `${Math.round(warm * 100)}% (${v.variants.unchangedRebuildSeconds} s / ${v.variants.unchangedRebuildImagesOffSeconds} s)`,
      met: v.variants.unchangedRebuildSeconds / v.variants.unchangedRebuildImagesOffSeconds - 1 <= 0.05,
    });
    const locales = round2(v.variants.allLocalesSeconds / v.bare.seconds);
    out.push({
      target: `all four locales ≤ 2× the bare build at ${VARIANT_SIZE.toLocaleString('en')} entries`,
      value: `${locales}× (${v.variants.allLocalesSeconds} s / ${v.bare.seconds} s)`,
      met: v.variants.allLocalesSeconds / v.bare.seconds <= 2,
    });
  }
  if (tests) {
    out.push({
      target: '`npm test` under 150 s',
      value: `${tests.allSeconds} s${tests.allPassed ? '' : ' (failures)'}`,
      met: tests.allSeconds < 150,
    });
    out.push({
      target: '`npm run test:unit` under 15 s',
      value: `${tests.unitSeconds} s`,
      met: tests.unitSeconds < 15,
    });
  }
  return out;
}

/** The older budgets, kept. */
function budgets(): { budget: string; value: string; met: boolean | null }[] {
  const out: { budget: string; value: string; met: boolean | null }[] = [];
  const at = (n: number) => results.find((r) => r.entries === n);
  const r1k = at(1000);
  const r5k = at(5000);
  if (r1k && r5k) {
    const growth = r5k.full.seconds / r1k.full.seconds;
    out.push({ budget: 'build time 5,000 / 1,000 entries ≤ 5.5', value: growth.toFixed(2), met: growth <= 5.5 });
  }
  if (results.length > 1) {
    const first = results[0]!;
    const last = results.at(-1)!;
    const growth = last.full.maxEntryPageBytes / first.full.maxEntryPageBytes;
    out.push({
      budget: `largest entry page at ${last.entries} / at ${first.entries} entries ≤ 1.2 (pages do not grow with the corpus)`,
      value: growth.toFixed(2),
      met: growth <= 1.2,
    });
    out.push({
      budget: `largest page of any kind at ${last.entries} / at ${first.entries} entries (${last.full.largestPage.path})`,
      value: (last.full.largestPage.bytes / first.full.largestPage.bytes).toFixed(2),
      met: null,
    });
  }
  const scripted = [...new Set(results.flatMap((r) => r.full.pagesWithScriptFiles))];
  out.push({
    budget: 'no page loads a script file except /search/',
    value: scripted.join(', ') || 'none',
    met: scripted.every((p) => p === '/search/'),
  });
  return out;
}

const yesNo = (met: boolean | null) => (met === null ? '—' : met ? 'yes' : '**no**');
const PHASES: [keyof Phases, string][] = [
  ['contentCheck', 'content check'],
  ['graph', 'related-entry graph'],
  ['vite', 'Vite bundling'],
  ['entryPages', 'entry pages'],
  ['entityPages', 'entity pages'],
  ['mapAndCharts', 'map and charts'],
  ['otherPages', 'other pages'],
  ['pagefind', 'Pagefind'],
  ['rest', 'the rest (start, content sync, writing)'],
];

/** What an earlier run measured, for --report-only. */
interface Measured {
  date: string;
  machine: string;
  results: SizeResult[];
  tests: typeof tests;
  search: unknown;
}
let measured: Measured | undefined;

function writeReport(): void {
  const machine =
    measured?.machine ??
    `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
  const search = measured ? measured.search : searchReport();
  const report = {
    date: measured?.date ?? new Date().toISOString().slice(0, 10),
    machine,
    results,
    targets: targets(),
    budgets: budgets(),
    tests,
    search,
  };
  writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(report, null, 2) + '\n');

  const rows = results.map(
    (r) =>
      `| ${r.entries.toLocaleString('en')} | ${r.bare.seconds} s / ${r.bare.peakMB} MB | ${r.full.seconds} s / ${r.full.peakMB} MB | **${r.ratio}×** / ${r.memoryRatio}× | ${r.rebuildOneEntrySeconds} s (**${r.rebuildRatio}×**) | ${r.full.pages} | ${r.full.outputMB} MB | ${Math.round(r.full.medianEntryPageBytes / 1024)} / ${Math.round(r.full.maxEntryPageBytes / 1024)} KB | ${Math.round(r.full.largestPage.bytes / 1024)} KB \`${r.full.largestPage.path}\` | ${r.full.pagefindMB} MB | ${r.load.join(' / ')} |`,
  );
  const phaseRows = PHASES.map(
    ([key, label]) =>
      `| ${label} | ${results.map((r) => `${r.phases.full[key]} s | ${r.phases.rebuild[key]} s`).join(' | ')} |`,
  );
  const v = results.find((r) => r.variants);
  const md = `# Benchmarks

Written by \`npm run bench\` (bench/run.ts; do not edit by hand) on ${report.date} (${machine}).
Each size builds the same synthetic entries (bench/generate.ts): a bare Astro 7 site with the same
Markdown processor (\`unified()\` + remark-gfm, MDX) and one plain page per entry, as the baseline;
then the full site cold (fresh output folder and cache), then again after one entry's body changed,
with the same output folder and cache (the incremental build, docs/incremental-builds.md). Full builds
use \`SITE_LOCALES=en\`, the settings the speed targets are set for; every build runs with Node's default
heap. Times are wall-clock seconds of the whole \`astro build\` (the full one includes the content check
and Pagefind); memory is the peak resident set size of the build process. The machine is shared: each
size (and the test run) starts once the 1-minute load average is below 1 (or after two minutes), and
the load column is that average before the bare build, the cold build and the rebuild. One run, so
ratios within a size are what counts.

| entries | bare build | full build, cold | full / bare: time / memory | one-entry rebuild (/ cold) | pages | output | entry page median / max | largest page | Pagefind index | load |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

## Targets (issue #15)

| target | measured | met |
| --- | ---: | :---: |
${report.targets.map((t) => `| ${t.target} | ${t.value} | ${yesNo(t.met)} |`).join('\n')}
${tests ? '' : '\n(`npm test` and `npm run test:unit` were not timed in this run: `--no-tests`.)\n'}
## Where the time goes

Seconds per phase of the full build, cold and in the one-entry rebuild, from the build's log:
the content check and the graph print \`[timing]\` lines (\`BUILD_TIMINGS=1\`), Astro prints every
page's render time (pages kept from the last build print none) and Vite's bundling time, the
Pagefind integration its indexing (or reuse) time.

| phase | ${results.map((r) => `${r.entries.toLocaleString('en')} cold | ${r.entries.toLocaleString('en')} rebuild`).join(' | ')} |
| --- | ${results.map(() => '---: | ---:').join(' | ')} |
${phaseRows.join('\n')}
| pages rendered / kept | ${results.map((r) => `${r.phases.full.renderedPages} / ${r.phases.full.keptPages} | ${r.phases.rebuild.renderedPages} / ${r.phases.rebuild.keptPages}`).join(' | ')} |
| **extra over the bare build** | ${results.map((r) => `${round2(r.full.seconds - r.bare.seconds)} s | `).join(' | ')} |
${
  v?.variants
    ? `
## Share images and locales (${v.entries.toLocaleString('en')} entries)

| build | time |
| --- | ---: |
| full, cold (\`SITE_LOCALES=en\`) | ${v.full.seconds} s |
| full, cold, \`SHARE_IMAGES=off\` | ${v.variants.shareImagesOffSeconds} s |
| full, rebuild with nothing changed | ${v.variants.unchangedRebuildSeconds} s |
| full, rebuild with nothing changed, \`SHARE_IMAGES=off\` | ${v.variants.unchangedRebuildImagesOffSeconds} s |
| full, cold, all four locales (\`SITE_LOCALES=en,ru,kk,az\`) | ${v.variants.allLocalesSeconds} s / ${v.variants.allLocalesPeakMB} MB |
| bare | ${v.bare.seconds} s |
`
    : ''
}
## Budgets

| budget | measured | met |
| --- | ---: | :---: |
${report.budgets.map((b) => `| ${b.budget} | ${b.value} | ${yesNo(b.met)} |`).join('\n')}
${search ? `\n## Search (first query in Chromium, on dist/)\n\n\`\`\`json\n${JSON.stringify(search, null, 2)}\n\`\`\`\n` : ''}`;
  writeFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), md);
  console.log(`\n${md}`);
}

if (process.argv.includes('--report-only')) {
  measured = JSON.parse(readFileSync(path.join(ROOT, 'bench', 'results.json'), 'utf8')) as Measured;
  results.push(...measured.results);
  tests = measured.tests;
  writeReport();
} else main();
