/**
 * Corpus sweep: every page of the shared corpora through the engine in Node (jsdom), counting
 * failures, articles and quotes, and timing each page.
 *
 * Usage: npx tsx tests/bench/sweep.ts [--data DIR] [--set readability|zyte|trafilatura] [--limit N]
 * [--readability-patches]
 *
 * --readability-patches also parses each page with Readability as published and as the extension
 * ships it (wxt.config.ts), and counts the pages where their parse() results differ. The speed
 * patches change nothing; the DOM copy our build restores on a retry (no HTML sink) keeps apart
 * text nodes that the published HTML round trip merges or renormalises: on 2 trafilatura pages the
 * two differ in whitespace, and in the text length that counts it.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHtml, InputError } from '../../bin/parse-html';
import { analyzeDocument } from '../../lib/analyze';
import { loadPatchedReadability } from '../patched-readability';

/** A page that takes longer than this in Node is reported as slow. */
const SLOW_PAGE_MS = 10_000;

/** Pages one worker analyses before it is replaced (see analyseInChild). */
const PAGES_PER_WORKER = 100;

/** Marks the child processes that analyse a batch. */
const WORKER_FLAG = '--sweep-worker';

const PATCHES_FLAG = '--readability-patches';

interface Args {
  data: string;
  sets: string[];
  limit: number;
  readabilityPatches: boolean;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const projectRoot = resolve(import.meta.dirname, '../..');
  return {
    data: resolve(
      value('--data') ?? process.env.SOURCELIGHT_DATA ?? join(projectRoot, '../shared/data'),
    ),
    sets: value('--set')?.split(',') ?? ['readability', 'zyte', 'trafilatura'],
    limit: Number(value('--limit') ?? Infinity),
    readabilityPatches: argv.includes(PATCHES_FLAG),
  };
}

function listFiles(dir: string, match: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listFiles(path, match);
      return match.test(name) ? [path] : [];
    });
}

function listPages(data: string, set: string): string[] {
  if (set === 'readability') return listFiles(join(data, 'readability-pages'), /^source\.html$/);
  if (set === 'zyte') return listFiles(join(data, 'zyte/html'), /\.html\.gz$/);
  if (set === 'trafilatura')
    return listFiles(join(data, 'trafilatura-eval/html'), /\.html?(\.gz)?$/);
  throw new Error(`unknown set '${set}' (readability, zyte, trafilatura)`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.data)) {
    console.error(`sweep: no corpus at ${args.data} — pass --data DIR or set SOURCELIGHT_DATA`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `set          pages  articles  quotes  failures  slow(>${SLOW_PAGE_MS / 1000}s)  median ms  slowest`,
  );
  for (const set of args.sets) {
    const pages = listPages(args.data, set).slice(0, args.limit);
    const results: PageResult[] = [];
    for (let at = 0; at < pages.length; at += PAGES_PER_WORKER) {
      results.push(
        ...(await analyseInChild(pages.slice(at, at + PAGES_PER_WORKER), args.readabilityPatches)),
      );
    }
    const failures = results.filter((result) => result.failure !== null);
    const times = results.map((result) => result.ms).sort((a, b) => a - b);
    const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a), { page: '', ms: 0 });
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const slow = times.filter((ms) => ms > SLOW_PAGE_MS).length;
    const articles = results.filter((result) => result.article).length;
    const quotes = results.reduce((sum, result) => sum + result.quotes, 0);
    console.log(
      `${set.padEnd(12)} ${String(pages.length).padStart(5)}  ${String(articles).padStart(8)}  ${String(quotes).padStart(6)}  ${String(failures.length).padStart(8)}  ${String(slow).padStart(11)}  ${median.toFixed(0).padStart(9)}  ${slowest.ms.toFixed(0)} ms ${slowest.page.slice(args.data.length + 1)}`,
    );
    for (const { page, failure } of failures) console.log(`  FAILED ${page}: ${failure}`);
    if (failures.length > 0) process.exitCode = 1;
    if (args.readabilityPatches) {
      const differ = results.filter((result) => result.patchesDiffer);
      console.log(
        `  Readability patches: parse() identical on ${results.length - differ.length} of ${results.length} pages`,
      );
      for (const { page } of differ) console.log(`  PATCHED READABILITY DIFFERS ${page}`);
      if (differ.length > 0) process.exitCode = 1;
    }
  }
}

interface PageResult {
  page: string;
  ms: number;
  article: boolean;
  quotes: number;
  /** The error's stack when the engine threw (bad input is not a failure). */
  failure: string | null;
  /** With --readability-patches: whether the shipped Readability's parse() differs. */
  patchesDiffer: boolean;
}

function analysePage(page: string, patched: typeof Readability | null): PageResult {
  const started = performance.now();
  const result: PageResult = {
    page,
    ms: 0,
    article: false,
    quotes: 0,
    failure: null,
    patchesDiffer: false,
  };
  let bytes: Uint8Array | null = null;
  let window: Window | null = null;
  try {
    bytes = readFileSync(page);
    const { document } = parseHtml(bytes);
    window = document.defaultView;
    const { report } = analyzeDocument(document);
    result.article = report.article !== null;
    result.quotes = report.quotes.length;
  } catch (error) {
    if (!(error instanceof InputError)) result.failure = String((error as Error).stack);
  } finally {
    window?.close();
  }
  result.ms = performance.now() - started;
  if (patched && bytes)
    result.patchesDiffer = parseWith(Readability, bytes) !== parseWith(patched, bytes);
  return result;
}

/** Readability's parse() of the page `bytes`, or its error, as a string to compare. */
function parseWith(readability: typeof Readability, bytes: Uint8Array): string {
  let window: Window | null = null;
  try {
    const { document } = parseHtml(bytes);
    window = document.defaultView;
    return JSON.stringify(new readability(document).parse());
  } catch (error) {
    return `threw ${String(error)}`;
  } finally {
    window?.close();
  }
}

/**
 * Jsdom keeps a few MB of every page it parsed even after window.close(), so a thousand pages
 * exhaust the heap: each batch runs in a child process whose memory goes when it exits.
 */
function analyseInChild(pages: string[], readabilityPatches: boolean): Promise<PageResult[]> {
  return new Promise((resolveResults, reject) => {
    const flags = readabilityPatches ? [WORKER_FLAG, PATCHES_FLAG] : [WORKER_FLAG];
    const child = fork(fileURLToPath(import.meta.url), flags, {
      execArgv: ['--import', 'tsx'],
    });
    child.once('message', (results) => {
      resolveResults(results as PageResult[]);
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`sweep worker exited with code ${code}`));
    });
    child.send(pages);
  });
}

if (process.argv.includes(WORKER_FLAG)) {
  const patched = process.argv.includes(PATCHES_FLAG) ? loadPatchedReadability() : null;
  process.once('message', (pages) =>
    process.send?.((pages as string[]).map((page) => analysePage(page, patched))),
  );
} else {
  await main();
}
