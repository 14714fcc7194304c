/**
 * Highlight benchmark (issue 6): the cost of a toolbar click — content script analysis, live-node
 * mapping and painting — against Readability alone, per news page, in real Chromium.
 *
 * Usage: npx tsx tests/bench/highlights.ts [--data DIR] [--limit N] [--reps N] [--pages a,b,…]
 * [--scale SLUG] [--profile [cold]] (build first: npm run build:e2e)
 *
 * How it measures, in one tab per page of readability-pages whose MANIFEST says is_news True:
 *
 * - Readability alone: `new Readability(document.cloneNode(true)).parse()` in the page's main world,
 *   from an esbuild bundle evaluated through DevTools (no <script> tag, so no DOM change and no
 *   CSP).
 * - Full: the real e2e build injected as the popup does; the content script leaves
 *   performance.mark/measure entries (harmless in production) from the start of its analyzePage
 *   handler to highlights applied, which the bench reads from the page's performance timeline.
 * - Cold = the first run in the tab (what a click costs: fresh JIT in both worlds), including the
 *   loading of the engine script, which the content script asks the background for at a page's
 *   first analysis; warm = median of --reps further runs (restorePage between them, so each one
 *   analyses again).
 * - Phases: the same pipeline as lib/analyze.ts, timed step by step in the main world, after the
 *   content script's runs: its first run there (our code not yet compiled in that world) and its
 *   third (warm). The first is not a new tab's cost: V8 shares compiled regular expressions between
 *   the worlds of a tab, and the content script compiled them. The helper's Readability is the
 *   stock one, as the baseline must be: unlike the extension's build it copies the page for its
 *   retry on every parse, which 'A readability+text' includes. NOTE: keep `profilePhases` in step
 *   with readArticle() and completeAnalysis(); phases marked A are before the highlights, B after.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { ExtensionHarness } from '../e2e/harness';
import { clickToolbar, openDriver, sendToTab } from '../e2e/highlights-driver';
import { PERF_MARKS } from '../../entrypoints/content/perf-marks';

/** The harness, imported once --data is known (it reads SOURCELIGHT_DATA when loaded). */
type Harness = typeof import('../e2e/harness');
let harnessModule: Harness;

const PROJECT_DIR = resolve(import.meta.dirname, '../..');

/** Targets of issue 6. */
const TARGET_MEDIAN_RATIO = 1.3;
const TARGET_P95_RATIO = 1.6;
const TARGET_MAX_MS = 100;
const TARGET_BUNDLE_KB = 80;

/** Runs per page profiled by `--profile` (warm). */
const WARM_PROFILE_RUNS = 5;

interface Args {
  data: string;
  limit: number;
  reps: number;
  pages: string[] | null;
  scale: string;
  /**
   * Print the hottest functions of the analysis and exit: of warm runs, or with `--profile cold` of
   * each tab's first run (what a click on a new page costs).
   */
  profile: false | 'warm' | 'cold';
}

interface Row {
  slug: string;
  chars: number;
  readabilityCold: number;
  /** Loading the engine into the page, at the first click: part of fullCold and reportCold. */
  engineLoad: number;
  fullCold: number;
  analyzeCold: number;
  readabilityWarm: number;
  fullWarm: number;
  /** The warm runs' start → article read (readArticle), median: the rest of fullWarm is map + paint. */
  analyzeWarm: number;
  reportCold: number;
  reportWarm: number;
  quotes: number;
  /** Per phase, ms: the first run in the main world… */
  phasesFirst: Record<string, number>;
  /** …and the third. */
  phasesWarm: Record<string, number>;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    data: resolve(PROJECT_DIR, '../shared/data'),
    limit: Infinity,
    reps: 3,
    pages: null,
    scale: 'seattletimes-1',
    profile: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--data':
        args.data = resolve(value ?? '');
        i++;
        break;
      case '--limit':
        args.limit = Number(value);
        i++;
        break;
      case '--reps':
        args.reps = Number(value);
        i++;
        break;
      case '--pages':
        args.pages = (value ?? '').split(',').filter(Boolean);
        i++;
        break;
      case '--profile':
        args.profile = value === 'cold' ? 'cold' : 'warm';
        if (value === 'cold') i++;
        break;
      case '--scale':
        args.scale = value ?? args.scale;
        i++;
        break;
    }
  }
  return args;
}

/** The main-world helper: Readability alone, and the analysis pipeline step by step. */
const BENCH_ENTRY = `
import { Readability } from '@mozilla/readability';
import { extractArticle } from './lib/extract-article';
import { findJunk, findMarkupJunk, findTextJunk, outermost, removeJunk } from './lib/clean/find-junk';
import { traceCloneToLive } from './lib/highlight/trace-live';
import { mapSpanToLive, piecesToRanges } from './lib/highlight/live-ranges';
import { planHighlights } from './lib/highlight/plan';
import { findQuotes } from './lib/quotes';
import { findAttributions } from './lib/attribution';
import { findPeople } from './lib/people';
import { collectSources } from './lib/sources';
import { describeSourcing } from './lib/sourcing';
import { findTrustBadges } from './lib/trust-badge';

function readability() {
  const t = performance.now();
  new Readability(document.cloneNode(true)).parse();
  return performance.now() - t;
}

function profilePhases() {
  const times = {};
  let t = performance.now();
  const lap = (name) => { const now = performance.now(); times[name] = (times[name] || 0) + now - t; t = now; };
  // Before the highlights (readArticle in lib/analyze.ts).
  const clone = document.cloneNode(true); lap('A clone');
  const markup = findMarkupJunk(clone); const removed = outermost(markup); lap('A junk(markup)');
  const tracer = traceCloneToLive(document, clone, false, new Set(removed.map((m) => m.element)));
  lap('A trace');
  // Taking the matches out is the markup phase's too: a lap adds to its phase's time.
  removeJunk(removed); lap('A junk(markup)');
  let inner = 0;
  const extracted = extractArticle(clone, { cleanArticle: (root) => {
    const s = performance.now(); removeJunk(findTextJunk(root)); inner += performance.now() - s; } });
  lap('A readability+text'); times['A junk(article)'] = inner; times['A readability+text'] -= inner;
  if (extracted.status !== 'ok') return times;
  const { articleText } = extracted;
  const quotes = findQuotes(articleText); lap('A quotes');
  const attributions = findAttributions(articleText, quotes); lap('A attributions');
  const plan = planHighlights({ quotes, attributions, people: [] });
  for (const item of plan.items) for (const span of item.spans)
    piecesToRanges(document, mapSpanToLive(articleText, span, (n) => tracer.toLive(n)));
  lap('A plan+map');
  // After the highlights are on screen (completeAnalysis).
  const liveMarkup = new Map();
  for (const [element, kind] of markup) {
    const live = tracer.toLive(element);
    if (live) liveMarkup.set(live, kind);
  }
  findJunk(document, liveMarkup); lap('B junk(page)');
  const trustBadges = findTrustBadges(document); lap('B badges');
  const { people } = findPeople(articleText, quotes, attributions); lap('B people');
  collectSources(articleText, attributions, quotes, people); lap('B sources');
  describeSourcing({ articleText, quotes, attributions, people, trustBadges }); lap('B sourcing');
  return times;
}

globalThis.__sourcelightBench = { readability, profilePhases };
`;

async function bundleBenchHelper(minify = true): Promise<string> {
  const result = await build({
    stdin: { contents: BENCH_ENTRY, resolveDir: PROJECT_DIR, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify,
    write: false,
    logLevel: 'warning',
  });
  // A sourceURL gives profiled frames a file to be attributed to.
  return `${result.outputFiles[0]?.text ?? ''}\n//# sourceURL=sourcelight-bench.js`;
}

function readNewsPages(dataDir: string): string[] {
  const manifest = readFileSync(join(dataDir, 'readability-pages', 'MANIFEST.tsv'), 'utf8');
  const [header, ...lines] = manifest.trim().split('\n');
  const columns = (header ?? '').split('\t');
  const newsColumn = columns.indexOf('is_news(manual)');
  return lines
    .map((line) => line.split('\t'))
    .filter((cells) => cells[newsColumn] === 'True')
    .map((cells) => cells[0] as string);
}

async function lastDuration(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);
}

async function analyzeSplit(page: Page): Promise<number> {
  return page.evaluate(
    ({ start, analyzed }) => {
      const s = performance.getEntriesByName(start).at(-1)?.startTime ?? NaN;
      const a = performance.getEntriesByName(analyzed).at(-1)?.startTime ?? NaN;
      return a - s;
    },
    { start: PERF_MARKS.start, analyzed: PERF_MARKS.analyzed },
  );
}

function median(values: number[]): number {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const pad = (s: string, n: number) => s.padStart(n);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(join(args.data, 'readability-pages', 'MANIFEST.tsv'))) {
    console.error(
      `No corpus at ${args.data}: expected readability-pages/MANIFEST.tsv there. ` +
        'Pass --data DIR (the shared data folder) to run the benchmark.',
    );
    process.exitCode = 1;
    return;
  }
  // The harness serves /data from SOURCELIGHT_DATA (tests/test-data.ts reads it at import).
  process.env.SOURCELIGHT_DATA = args.data;
  harnessModule = await import('../e2e/harness');
  const { EXTENSION_DIR, launchExtension } = harnessModule;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No test build at ${EXTENSION_DIR}: run "npm run build:e2e" first.`);
    process.exitCode = 1;
    return;
  }

  const helper = await bundleBenchHelper(!args.profile);
  const slugs = (args.pages ?? readNewsPages(args.data)).slice(0, args.limit);
  const harness = await launchExtension();
  await harness.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  if (args.profile) {
    try {
      await printProfile(slugs, harness, helper, args.profile);
    } finally {
      await harness.close();
    }
    return;
  }
  const driver = await openDriver(harness);
  const rows: Row[] = [];
  try {
    for (const slug of slugs) {
      const row = await measurePage(slug, harness, driver, helper, args.reps);
      if (row) rows.push(row);
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    printTable(rows);
    await printScaling(args.scale, harness, driver, helper);
  } finally {
    await harness.close();
  }
  printBundle();
}

async function measurePage(
  slug: string,
  harness: ExtensionHarness,
  driver: Page,
  helper: string,
  reps: number,
  multiply = 1,
): Promise<Row | null> {
  const url = `${harness.baseUrl}/data/readability-pages/${slug}/source.html?bench=${multiply}`;
  const { page, tabId } = await harnessModule.openTab(harness, url);
  try {
    await page.waitForLoadState('load');
    if (multiply > 1) await multiplyParagraphs(page, multiply);
    await page.evaluate(helper);
    const readabilityCold = await page.evaluate(() =>
      (globalThis as never as Bench).__sourcelightBench.readability(),
    );
    const state = await clickToolbar(driver, tabId);
    const chars = state.report.article?.text.length ?? 0;
    const engineLoad = await lastDuration(page, PERF_MARKS.engineLoad);
    const fullCold = engineLoad + (await lastDuration(page, PERF_MARKS.measure));
    const analyzeCold = await analyzeSplit(page);
    const reportCold = engineLoad + (await lastDuration(page, PERF_MARKS.reportMeasure));
    const readabilityRuns: number[] = [];
    const fullRuns: number[] = [];
    const analyzeRuns: number[] = [];
    const reportRuns: number[] = [];
    for (let i = 0; i < reps; i++) {
      await sendToTab(driver, tabId, 'restorePage');
      readabilityRuns.push(
        await page.evaluate(() => (globalThis as never as Bench).__sourcelightBench.readability()),
      );
      await sendToTab(driver, tabId, 'analyzePage');
      fullRuns.push(await lastDuration(page, PERF_MARKS.measure));
      analyzeRuns.push(await analyzeSplit(page));
      reportRuns.push(await lastDuration(page, PERF_MARKS.reportMeasure));
    }
    await sendToTab(driver, tabId, 'restorePage');
    const phaseRuns: Record<string, number>[] = [];
    for (let i = 0; i < 3; i++) {
      phaseRuns.push(
        await page.evaluate(() =>
          (globalThis as never as Bench).__sourcelightBench.profilePhases(),
        ),
      );
    }
    return {
      slug: multiply > 1 ? `${slug} ×${multiply}` : slug,
      chars,
      readabilityCold,
      engineLoad,
      fullCold,
      analyzeCold,
      readabilityWarm: median(readabilityRuns),
      fullWarm: median(fullRuns),
      analyzeWarm: median(analyzeRuns),
      reportCold,
      reportWarm: median(reportRuns),
      quotes: state.report.quotes.length,
      phasesFirst: phaseRuns[0] ?? {},
      phasesWarm: phaseRuns[2] ?? {},
    };
  } catch (error) {
    console.error(`\n${slug}: ${(error as Error).message}`);
    return null;
  } finally {
    await page.close();
  }
}

interface Bench {
  __sourcelightBench: { readability(): number; profilePhases(): Record<string, number> };
}

/** Repeats the story's paragraphs in place, so the article (not the page furniture) grows. */
async function multiplyParagraphs(page: Page, factor: number): Promise<void> {
  await page.evaluate((k) => {
    // The element holding the most <p> children is the story body on every page we scale.
    let best: Element | null = null;
    let most = 0;
    for (const element of document.querySelectorAll('body *')) {
      const count = [...element.children].filter((child) => child.localName === 'p').length;
      if (count > most) {
        most = count;
        best = element;
      }
    }
    if (!best) return;
    const paragraphs = [...best.children].filter((child) => child.localName === 'p');
    for (let i = 1; i < k; i++) {
      for (const paragraph of paragraphs) best.append(paragraph.cloneNode(true));
    }
  }, factor);
}

function printTable(rows: Row[]): void {
  const ratiosCold = rows.map((row) => row.fullCold / row.readabilityCold);
  const ratiosWarm = rows.map((row) => row.fullWarm / row.readabilityWarm);
  console.log('\nPer page (ms; cold = first click in the tab, warm = median of later runs)');
  console.log(
    `${'page'.padEnd(34)}${pad('article', 8)}${pad('quotes', 7)}${pad('R cold', 8)}${pad('full cold', 10)}${pad('(engine)', 9)}${pad('(analyse)', 10)}${pad('ratio', 7)}${pad('R warm', 8)}${pad('full warm', 10)}${pad('ratio', 7)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.slug.padEnd(34)}${pad(String(row.chars), 8)}${pad(String(row.quotes), 7)}${pad(fmt(row.readabilityCold), 8)}${pad(fmt(row.fullCold), 10)}${pad(fmt(row.engineLoad), 9)}${pad(fmt(row.analyzeCold), 10)}${pad(fmt(row.fullCold / row.readabilityCold, 2), 7)}${pad(fmt(row.readabilityWarm), 8)}${pad(fmt(row.fullWarm), 10)}${pad(fmt(row.fullWarm / row.readabilityWarm, 2), 7)}`,
    );
  }
  const phaseNames = [...new Set(rows.flatMap((row) => Object.keys(row.phasesWarm)))];
  console.log(
    '\nWhere the time goes (ms per phase over all pages, main world: first run / warm run)',
  );
  for (const name of phaseNames) {
    const first = rows.map((row) => row.phasesFirst[name] ?? 0);
    const warm = rows.map((row) => row.phasesWarm[name] ?? 0);
    console.log(
      `  ${name.padEnd(20)} median ${pad(fmt(median(first), 2), 7)} / ${pad(fmt(median(warm), 2), 6)}  p95 ${pad(fmt(percentile(first, 95), 2), 7)} / ${pad(fmt(percentile(warm, 95), 2), 6)}`,
    );
  }
  const summary = (label: string, values: number[]) =>
    `${label.padEnd(26)} median ${pad(fmt(median(values), 2), 7)}  p95 ${pad(fmt(percentile(values, 95), 2), 7)}  max ${pad(fmt(Math.max(...values), 2), 7)}`;
  console.log(`\nSummary over ${rows.length} news pages`);
  console.log(
    summary(
      'Readability alone, cold ms',
      rows.map((row) => row.readabilityCold),
    ),
  );
  console.log(
    summary(
      'Engine load, cold ms',
      rows.map((row) => row.engineLoad),
    ),
  );
  console.log(
    summary(
      'Full, cold ms',
      rows.map((row) => row.fullCold),
    ),
  );
  console.log(summary('Ratio, cold', ratiosCold));
  console.log(
    summary(
      'Readability alone, warm ms',
      rows.map((row) => row.readabilityWarm),
    ),
  );
  console.log(
    summary(
      'Full, warm ms',
      rows.map((row) => row.fullWarm),
    ),
  );
  console.log(
    summary(
      '  of which read, warm ms',
      rows.map((row) => row.analyzeWarm),
    ),
  );
  console.log(summary('Ratio, warm', ratiosWarm));
  // Not a target: the popup's wait, which includes a frame for the highlights to be drawn.
  console.log(
    summary(
      'Report ready, cold ms',
      rows.map((row) => row.reportCold),
    ),
  );
  console.log(
    summary(
      'Report ready, warm ms',
      rows.map((row) => row.reportWarm),
    ),
  );
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `Targets: median ratio ≤ ${TARGET_MEDIAN_RATIO} cold ${verdict(median(ratiosCold) <= TARGET_MEDIAN_RATIO)} / warm ${verdict(median(ratiosWarm) <= TARGET_MEDIAN_RATIO)}; ` +
      `p95 ≤ ${TARGET_P95_RATIO} cold ${verdict(percentile(ratiosCold, 95) <= TARGET_P95_RATIO)} / warm ${verdict(percentile(ratiosWarm, 95) <= TARGET_P95_RATIO)}; ` +
      `no page over ${TARGET_MAX_MS} ms cold ${verdict(Math.max(...rows.map((r) => r.fullCold)) <= TARGET_MAX_MS)} / warm ${verdict(Math.max(...rows.map((r) => r.fullWarm)) <= TARGET_MAX_MS)}`,
  );
}

async function printScaling(
  slug: string,
  harness: ExtensionHarness,
  driver: Page,
  helper: string,
): Promise<void> {
  console.log(`\nGrowth with article length (${slug}, paragraphs repeated; warm medians)`);
  console.log(
    `${'size'.padEnd(8)}${pad('article', 9)}${pad('R warm', 9)}${pad('full warm', 11)}${pad('ratio', 7)}${pad('full cold', 11)}`,
  );
  for (const factor of [1, 4, 16]) {
    const row = await measurePage(slug, harness, driver, helper, 3, factor);
    if (!row) continue;
    console.log(
      `${`${factor}×`.padEnd(8)}${pad(String(row.chars), 9)}${pad(fmt(row.readabilityWarm), 9)}${pad(fmt(row.fullWarm), 11)}${pad(fmt(row.fullWarm / row.readabilityWarm, 2), 7)}${pad(fmt(row.fullCold), 11)}`,
    );
  }
}

/** Self time per function over warm runs of the pipeline on `slugs`, attributed to source files. */
async function printProfile(
  slugs: string[],
  harness: ExtensionHarness,
  helper: string,
  runs: 'warm' | 'cold',
): Promise<void> {
  // esbuild marks each module's start with a "// path" comment: map bundle lines to files.
  const fileStarts: [number, string][] = [];
  helper.split('\n').forEach((line, index) => {
    const match = /^\s*\/\/ (.+\.(?:ts|js|json))$/.exec(line);
    if (match) fileStarts.push([index, match[1] as string]);
  });
  const fileOf = (line: number) => {
    let name = '?';
    for (const [start, file] of fileStarts) if (start <= line) name = file;
    return name;
  };
  const self = new Map<string, number>();
  for (const slug of slugs) {
    const url = `${harness.baseUrl}/data/readability-pages/${slug}/source.html?profile=1`;
    const { page } = await harnessModule.openTab(harness, url);
    await page.waitForLoadState('load');
    await page.evaluate(helper);
    if (runs === 'warm') {
      await page.evaluate(() => (globalThis as never as Bench).__sourcelightBench.profilePhases());
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate((count) => {
      for (let i = 0; i < count; i++) {
        (globalThis as never as Bench).__sourcelightBench.profilePhases();
      }
    }, WARM_PROFILE_RUNS);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, index) => {
      const node = byId.get(id);
      if (!node) return;
      const { functionName, lineNumber } = node.callFrame;
      const where = node.callFrame.url ? fileOf(lineNumber) : '(browser)';
      const key = `${functionName || '(anonymous)'} @ ${where}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
    });
    await cdp.detach();
    await page.close();
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\nHottest functions (self time, ${slugs.length} pages × ${runs === 'warm' ? `${WARM_PROFILE_RUNS} warm runs` : '1 cold run'}, ${fmt(total, 0)} ms sampled)`,
  );
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${pad(fmt(ms, 0), 7)} ms ${pad(fmt((100 * ms) / total, 1), 5)}%  ${key}`);
  }
  const byFile = new Map<string, number>();
  for (const [key, ms] of self) {
    const file = key.split(' @ ')[1] ?? '?';
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  console.log('\nSelf time by file');
  for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`${pad(fmt(ms, 0), 7)} ms ${pad(fmt((100 * ms) / total, 1), 5)}%  ${file}`);
  }
}

function printBundle(): void {
  const newest = (file: string) =>
    [join(PROJECT_DIR, '.output/chrome-mv3', file), join(harnessModule.EXTENSION_DIR, file)]
      .filter((path) => existsSync(path))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  const content = newest('content-scripts/content.js');
  const engine = newest('engine.js');
  if (!content) return;
  const kb = (path: string) => statSync(path).size / 1000;
  const contentKb = kb(content);
  console.log(
    `\nContent script bundle: ${fmt(contentKb)} kB minified (${content.replace(`${PROJECT_DIR}/`, '')}); target ≤ ${TARGET_BUNDLE_KB} kB ${contentKb <= TARGET_BUNDLE_KB ? 'met' : 'MISSED'}`,
  );
  if (engine) {
    console.log(
      `Engine script: ${fmt(kb(engine))} kB minified (${engine.replace(`${PROJECT_DIR}/`, '')}), loaded once per page at its first analysis (in the cold times above)`,
    );
  }
}

void main();
