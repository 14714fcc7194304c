/**
 * Cleaning benchmark (issue 3): raw Readability against Sourcelight on two shared corpora.
 *
 * Usage: npx tsx tests/bench/cleaning.ts [--data DIR] [--set comments|zyte|all] [--limit N]
 * [--worst N] [--dump DIR]
 *
 * 1. Trafilatura-eval comment subset: share of boilerplate ("without") snippets absent from the text
 *    and of content ("with") snippets present, compared as trafilatura's own evaluation does (plain
 *    substring test), on whitespace-normalised text.
 * 2. Zyte article-extraction-benchmark: word 4-gram shingle precision / recall / F1 against
 *    ground-truth articleBody, with the benchmark's per-page normalisation.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { analyzeDocument } from '../../lib/analyze';
import { parseHtml } from '../../bin/parse-html';

/** Shingle length of the zyte benchmark's metric. */
const SHINGLE_N = 4;

/** Python's `\w+` (re.UNICODE), the zyte benchmark's tokens. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** Strict UTF-8 decoder: throws on bytes that are not UTF-8. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 byte-order mark. */
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Any run of whitespace, collapsed before substring tests. */
const SPACES_RE = /\s+/g;

interface Args {
  data: string;
  set: 'comments' | 'zyte' | 'all';
  limit: number;
  worst: number;
  /** Folder to write each page's texts to, for inspecting differences. */
  dump: string | null;
}

/** Pages jsdom could not parse; both extractors score them as empty. */
let parseFailures = 0;

interface Texts {
  raw: string;
  sourcelight: string;
}

interface SnippetCounts {
  withTotal: number;
  withPresent: number;
  withoutTotal: number;
  withoutAbsent: number;
}

interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function parseArgs(argv: string[]): Args {
  const projectRoot = resolve(import.meta.dirname, '../..');
  const args: Args = {
    data: process.env.SOURCELIGHT_DATA ?? resolve(projectRoot, '../shared/data'),
    set: 'all',
    limit: Infinity,
    worst: 0,
    dump: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--data' && value) args.data = resolve(value);
    else if (flag === '--limit' && value) args.limit = Number(value);
    else if (flag === '--worst' && value) args.worst = Number(value);
    else if (flag === '--dump' && value) args.dump = resolve(value);
    else if (flag === '--set' && (value === 'comments' || value === 'zyte' || value === 'all')) {
      args.set = value;
    } else {
      throw new Error(`unknown or incomplete argument '${flag}'`);
    }
    i++;
  }
  return args;
}

/** Extracts the page's text both ways; a page with no article yields empty text. */
function extractTexts(path: string, url: string): Texts {
  let doc: Document;
  try {
    doc = parseHtml(asUtf8(readFileSync(path)), url).document;
  } catch (error) {
    // jsdom itself can throw (e.g. css-tree on a malformed calc() in a style attribute).
    console.warn(`  jsdom could not parse ${url}: ${String(error).split('\n')[0]}`);
    parseFailures++;
    return { raw: '', sourcelight: '' };
  }
  let raw = '';
  try {
    raw = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  } catch {
    raw = '';
  }
  let sourcelight = '';
  try {
    sourcelight = analyzeDocument(doc).report.article?.text ?? '';
  } catch (error) {
    // Counted as an empty extraction, but said, since it is a Sourcelight bug.
    console.warn(`  Sourcelight threw on ${url}: ${String(error).split('\n')[0]}`);
  }
  return { raw, sourcelight };
}

/**
 * Both benchmarks read their pages as UTF-8 (the corpora were saved without HTTP headers), so a
 * page whose bytes are valid UTF-8 gets a BOM, which beats a stale <meta charset> in parseHtml's
 * sniffing. With this, raw Readability reproduces the reference figures (0.893 / 0.957).
 */
function asUtf8(bytes: Buffer): Buffer {
  const data = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data;
  try {
    UTF8.decode(data);
  } catch {
    return data;
  }
  return Buffer.concat([UTF8_BOM, data]);
}

function normaliseSpaces(text: string): string {
  return text.replace(SPACES_RE, ' ').trim();
}

function countSnippets(text: string, withSnippets: string[], without: string[]): SnippetCounts {
  const normalised = normaliseSpaces(text);
  const has = (snippet: string) => normalised.includes(normaliseSpaces(snippet));
  return {
    withTotal: withSnippets.length,
    withPresent: withSnippets.filter(has).length,
    withoutTotal: without.length,
    withoutAbsent: without.filter((s) => !has(s)).length,
  };
}

function addCounts(a: SnippetCounts, b: SnippetCounts): SnippetCounts {
  return {
    withTotal: a.withTotal + b.withTotal,
    withPresent: a.withPresent + b.withPresent,
    withoutTotal: a.withoutTotal + b.withoutTotal,
    withoutAbsent: a.withoutAbsent + b.withoutAbsent,
  };
}

const ZERO_COUNTS: SnippetCounts = {
  withTotal: 0,
  withPresent: 0,
  withoutTotal: 0,
  withoutAbsent: 0,
};

interface CommentPage {
  with: string[];
  without: string[];
  html_path: string;
}

function runComments(args: Args): void {
  const dir = join(args.data, 'trafilatura-eval');
  const subsetPath = join(dir, 'comment_subset.json');
  if (!existsSync(subsetPath)) {
    console.log(`trafilatura-eval: MISSING (${subsetPath} not found) — set skipped`);
    return;
  }
  const subset = JSON.parse(readFileSync(subsetPath, 'utf8')) as Record<string, CommentPage>;
  let raw = ZERO_COUNTS;
  let ours = ZERO_COUNTS;
  let pages = 0;
  const leaks: string[] = [];
  for (const [url, page] of Object.entries(subset).slice(0, args.limit)) {
    const texts = extractTexts(join(dir, page.html_path), url);
    const rawCounts = countSnippets(texts.raw, page.with, page.without);
    const ourCounts = countSnippets(texts.sourcelight, page.with, page.without);
    raw = addCounts(raw, rawCounts);
    ours = addCounts(ours, ourCounts);
    pages++;
    if (args.worst > 0) {
      const text = normaliseSpaces(texts.sourcelight);
      const rawText = normaliseSpaces(texts.raw);
      const note = (s: string) =>
        rawText.includes(normaliseSpaces(s)) ? 'raw has it' : 'raw lacks';
      for (const s of page.without) {
        if (text.includes(normaliseSpaces(s))) leaks.push(`  leaked  (${note(s)})  ${url}  «${s}»`);
      }
      for (const s of page.with) {
        if (!text.includes(normaliseSpaces(s)))
          leaks.push(`  missing (${note(s)})  ${url}  «${s}»`);
      }
    }
    if (args.dump) {
      const name = page.html_path.replace(/^.*\//, '').replace(/\.html\.gz$/, '');
      mkdirSync(args.dump, { recursive: true });
      writeFileSync(join(args.dump, `${name}.raw.txt`), texts.raw);
      writeFileSync(join(args.dump, `${name}.ours.txt`), texts.sourcelight);
    }
  }
  const share = (n: number, d: number) => (d ? n / d : 0).toFixed(3);
  console.log(`\ntrafilatura-eval comment subset: ${pages} pages`);
  console.log(
    `${'extractor'.padEnd(22)}${'without absent'.padStart(22)}${'with present'.padStart(22)}`,
  );
  for (const [name, c] of [
    ['raw Readability', raw],
    ['Sourcelight', ours],
  ] as const) {
    console.log(
      `${name.padEnd(22)}${`${share(c.withoutAbsent, c.withoutTotal)} (${c.withoutAbsent}/${c.withoutTotal})`.padStart(22)}${`${share(c.withPresent, c.withTotal)} (${c.withPresent}/${c.withTotal})`.padStart(22)}`,
    );
  }
  if (leaks.length) console.log(leaks.join('\n'));
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN_RE) ?? [];
  const counts = new Map<string, number>();
  // As the benchmark's _ngrams: a text shorter than N words is one (short) shingle.
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE_N + 1); i++) {
    const shingle = tokens.slice(i, i + SHINGLE_N);
    if (!shingle.length) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The benchmark's per-page tp/fp/fn, normalised to sum 1. */
function matchShingles(truth: string, predicted: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function precisionOf(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Mean precision and recall over eligible pages, F1 of the two means (as the benchmark). */
function summarise(rows: [number, number, number][]): Prf {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(rows.filter(([tp, fp]) => tp + fp > 0).map((r) => precisionOf(...r)));
  const recall = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map((r) => recallOf(...r)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function runZyte(args: Args): void {
  const dir = join(args.data, 'zyte');
  const truthPath = join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) {
    console.log(`zyte: MISSING (${truthPath} not found) — set skipped`);
    return;
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const rawRows: [number, number, number][] = [];
  const ourRows: [number, number, number][] = [];
  const perPage: { id: string; url: string; raw: number[]; ours: number[] }[] = [];
  for (const [id, { articleBody, url }] of Object.entries(truth).slice(0, args.limit)) {
    const texts = extractTexts(join(dir, 'html', `${id}.html.gz`), url);
    if (args.dump) {
      mkdirSync(args.dump, { recursive: true });
      writeFileSync(join(args.dump, `${id}.truth.txt`), articleBody);
      writeFileSync(join(args.dump, `${id}.raw.txt`), texts.raw);
      writeFileSync(join(args.dump, `${id}.ours.txt`), texts.sourcelight);
    }
    const rawRow = matchShingles(articleBody, texts.raw);
    const ourRow = matchShingles(articleBody, texts.sourcelight);
    rawRows.push(rawRow);
    ourRows.push(ourRow);
    perPage.push({ id, url, raw: rawRow, ours: ourRow });
  }
  console.log(`\nzyte article-extraction-benchmark: ${rawRows.length} pages`);
  console.log(
    `${'extractor'.padEnd(22)}${'precision'.padStart(11)}${'recall'.padStart(11)}${'F1'.padStart(11)}`,
  );
  for (const [name, rows] of [
    ['raw Readability', rawRows],
    ['Sourcelight', ourRows],
  ] as const) {
    const { precision, recall, f1 } = summarise(rows);
    console.log(
      `${name.padEnd(22)}${precision.toFixed(3).padStart(11)}${recall.toFixed(3).padStart(11)}${f1.toFixed(3).padStart(11)}`,
    );
  }
  if (args.worst > 0) {
    // Pages where Sourcelight differs most from raw Readability, then its worst fp and fn.
    const byDelta = [...perPage].sort(
      (a, b) => Math.abs(b.ours[0]! - b.raw[0]!) - Math.abs(a.ours[0]! - a.raw[0]!),
    );
    console.log('largest changes (tp raw → ours):');
    for (const p of byDelta.slice(0, args.worst)) {
      console.log(
        `  ${p.raw[0]!.toFixed(3)} → ${p.ours[0]!.toFixed(3)}  ${p.id.slice(0, 8)} ${p.url}`,
      );
    }
    console.log('worst false positives (fp, fn):');
    for (const p of [...perPage].sort((a, b) => b.ours[1]! - a.ours[1]!).slice(0, args.worst)) {
      console.log(
        `  ${p.ours[1]!.toFixed(3)} ${p.ours[2]!.toFixed(3)}  ${p.id.slice(0, 8)} ${p.url}`,
      );
    }
    console.log('worst false negatives (fp, fn):');
    for (const p of [...perPage].sort((a, b) => b.ours[2]! - a.ours[2]!).slice(0, args.worst)) {
      console.log(
        `  ${p.ours[1]!.toFixed(3)} ${p.ours[2]!.toFixed(3)}  ${p.id.slice(0, 8)} ${p.url}`,
      );
    }
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.data)) {
    console.error(
      `cleaning benchmark: no data folder at ${args.data}. Pass --data DIR or set SOURCELIGHT_DATA to the shared data folder.`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`data: ${args.data}`);
  if (args.set !== 'zyte') runComments(args);
  if (args.set !== 'comments') runZyte(args);
  if (parseFailures)
    console.log(`\n${parseFailures} page(s) jsdom could not parse (empty text for both)`);
}

main();
