/**
 * Corpus sweep: every page of the shared corpora through the engine in Node (jsdom), counting
 * failures, articles and quotes, and timing each page.
 *
 * Usage: npx tsx tests/bench/sweep.ts [--data DIR] [--set readability|zyte|trafilatura] [--limit N]
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHtml, InputError } from '../../bin/parse-html';
import { analyzeDocument } from '../../lib/analyze';

/** A page that takes longer than this in Node is reported as slow. */
const SLOW_PAGE_MS = 10_000;

interface Args {
  data: string;
  sets: string[];
  limit: number;
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

function main(): void {
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
    let articles = 0;
    let quotes = 0;
    const failures: string[] = [];
    const times: number[] = [];
    let slowest = { page: '', ms: 0 };
    for (const page of pages) {
      const started = performance.now();
      let window: Window | null = null;
      try {
        const { document } = parseHtml(readFileSync(page));
        window = document.defaultView;
        const { report } = analyzeDocument(document);
        if (report.article) articles++;
        quotes += report.quotes.length;
      } catch (error) {
        if (!(error instanceof InputError)) failures.push(`${page}: ${(error as Error).stack}`);
      } finally {
        // An open jsdom window outlives its page: a thousand of them exhaust the heap.
        window?.close();
      }
      const ms = performance.now() - started;
      times.push(ms);
      if (ms > slowest.ms) slowest = { page, ms };
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const slow = times.filter((ms) => ms > SLOW_PAGE_MS).length;
    console.log(
      `${set.padEnd(12)} ${String(pages.length).padStart(5)}  ${String(articles).padStart(8)}  ${String(quotes).padStart(6)}  ${String(failures.length).padStart(8)}  ${String(slow).padStart(11)}  ${median.toFixed(0).padStart(9)}  ${slowest.ms.toFixed(0)} ms ${slowest.page.slice(args.data.length + 1)}`,
    );
    for (const failure of failures) console.log(`  FAILED ${failure}`);
    if (failures.length > 0) process.exitCode = 1;
  }
}

main();
