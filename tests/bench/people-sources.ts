/**
 * People and sources benchmark (issue 5).
 *
 * Usage: npx tsx tests/bench/people-sources.ts [--data DIR] [--split dev|train] [--errors N]
 * [--legacy-match]
 *
 * 1. PolNeAR (Newell, Margolin & Ruths, LREC 2018): each article's text becomes an ArticleText through
 *    articleTextFromString, the whole engine runs on it (findQuotes → findAttributions → findPeople
 *    → collectSources) and the named sources it finds are scored against the annotated source spans
 *    that are proper names.
 *
 *    - Proper name: a gold source span holding a capitalised word that is not a pronoun or determiner
 *         ("He", "The", "Their") and that, when it starts a sentence, does not also occur in lower
 *         case in the article ("Officials said" is not a name; "Trump said" is).
 *    - Gold names are normalised (leading "the", honorifics, possessive "’s" dropped) and grouped per
 *         article: two names are one entity when they match (below), so "Donald Trump", "Mr. Trump"
 *         and "Trump" count once.
 *    - Match: equal after normalisation, or one contains the other on word boundaries, or the same last
 *         word ("The Post" ~ "The New York Post", "Cook" ~ "Peter Cook"). Names are compared as
 *         word sequences, so punctuation is a word boundary too ("Tad Devine," holds "Tad
 *         Devine").
 *    - A gold span that runs on into an appositive or clause ("Steve Coll, the dean of the journalism
 *         school,") is matched by its head, the words before the first comma, bracket or " who":
 *         the appositive's last word ("school") is no name of the source. `--legacy-match` matches
 *         whole spans with punctuation kept, which gives the figures this bench printed before
 *         issue 5.
 *    - Precision: our distinct named sources (kind not anonymous) that match a gold entity. Recall: gold
 *         entities matched by one of ours. Micro-averaged over articles. A second row scores our
 *         sources plus every person we found, the upper bound if every person were a source.
 *    - One annotator line per article (the first in file order), as tests/bench/polnear.ts does.
 * 2. The seed fixture (tests/fixtures/seed-1) through analyzeDocument, against the expected lists of
 *    officials and sources, then once more with hand-built quotes and attributions
 *    (tests/lib/sources-seed-inputs.ts) so the people and sources half can be read on its own.
 *
 * Figures are printed, never asserted. PolNeAR has no licence: it is read from the shared data
 * folder for evaluation only, and no text of it is copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { articleTextFromString } from '../../lib/article-text';
import { analyzeDocument } from '../../lib/analyze';
import { findAttributions } from '../../lib/attribution';
import { extractArticle } from '../../lib/extract-article';
import { findPeople } from '../../lib/people';
import { findQuotes } from '../../lib/quotes';
import type { Person, Source } from '../../lib/report';
import { collectSources } from '../../lib/sources';
import { describeSourcing } from '../../lib/sourcing';
import { findTrustBadges } from '../../lib/trust-badge';
import { buildSeedInputs } from '../lib/sources-seed-inputs';

/** Capitalised words that never make a span a proper name. */
const NON_NAME_WORDS = new Set(
  `he she they it we i you who him her them his their its our my your me us the a an this that these
  those some many several both another one other most all each any either neither such`.split(
    /\s+/,
  ),
);

/** A word of a source span. */
const WORD_RE = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu;

/** Starts with a capital. */
const CAPITALISED_RE = /^\p{Lu}/u;

/** What before a word makes it the first of a sentence. */
const SENTENCE_START_RE = /(?:^|[.!?:;“"‘(\n—–-])\s*$/;

/** Dropped from the front of a name before matching. */
const NAME_PREFIX_RE = /^(?:the|mr|mrs|ms|dr|sen|rep|gov|gen|president)\.?\s+/i;

/** A possessive ending. */
const POSSESSIVE_RE = /['’]s$/;

/** The seed article's officials: name → [title, organisation]. */
const SEED_OFFICIALS: Record<string, [string, string]> = {
  'Ashton Carter': ['Defense Secretary', 'US'],
  'Peter Cook': ['spokesman', 'US Defense Department'],
  'John Kerry': ['Secretary of State', 'US'],
  'Bashar al-Assad': ['president', 'Syria'],
};

/** The seed article's sources: name → [kind, linked]. */
const SEED_SOURCES: Record<string, [string, boolean]> = {
  'Wsws.org': ['outlet', true],
  'The New York Times': ['outlet', false],
  'Peter Cook': ['person', false],
  'John Kerry': ['person', false],
};

interface Span {
  start: number;
  end: number;
  text: string;
}

interface Line {
  article: string;
  text: string;
  attributions: { type: string; source: Span[] }[];
}

interface Args {
  data: string;
  split: string;
  errors: number;
  /** Match whole gold spans with punctuation kept (the figures before issue 5). */
  legacyMatch: boolean;
}

/**
 * Where a gold span's head name ends: an appositive's comma, a bracket, a dash or a relative
 * clause.
 */
const SPAN_HEAD_END_RE = /\s*(?:[,(]|\s--?\s|\s[—–]\s|\s(?:who|whose|which|that)\s).*$/s;

interface Counts {
  predicted: number;
  predictedMatched: number;
  gold: number;
  goldMatched: number;
}

const projectRoot = resolve(import.meta.dirname, '../..');

function parseArgs(argv: string[]): Args {
  const args: Args = {
    data: process.env.SOURCELIGHT_DATA ?? resolve(projectRoot, '../shared/data'),
    split: 'dev',
    errors: 0,
    legacyMatch: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--legacy-match') {
      args.legacyMatch = true;
      continue;
    }
    if (flag === '--data' && value) args.data = resolve(value);
    else if (flag === '--split' && value) args.split = value;
    else if (flag === '--errors' && value) args.errors = Number(value);
    else continue;
    i += 1;
  }
  return args;
}

/** Set by `--legacy-match`: compare names as whitespace-separated strings, punctuation kept. */
let legacyMatch = false;

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  legacyMatch = args.legacyMatch;
  benchPolnear(args);
  console.log('');
  benchSeed();
}

function benchPolnear(args: Args): void {
  const path = join(args.data, 'polnear', `${args.split}.jsonl`);
  if (!existsSync(path)) {
    console.log(
      `PolNeAR: MISSING — no ${path}. Pass --data DIR or set SOURCELIGHT_DATA to the shared data folder.`,
    );
    return;
  }
  const seen = new Set<string>();
  const lines: Line[] = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as Line;
    if (seen.has(line.article)) continue;
    seen.add(line.article);
    lines.push(line);
  }
  const sourcesOnly: Counts = { predicted: 0, predictedMatched: 0, gold: 0, goldMatched: 0 };
  const withPeople: Counts = { predicted: 0, predictedMatched: 0, gold: 0, goldMatched: 0 };
  let goldSpans = 0;
  let properSpans = 0;
  /**
   * Proper-name gold spans that some attribution's source span overlaps: the ceiling this half can
   * reach.
   */
  let reachedSpans = 0;
  let people = 0;
  let officials = 0;
  const misses: string[] = [];
  const falseHits: string[] = [];
  const started = performance.now();
  for (const line of lines) {
    const articleText = articleTextFromString(line.text);
    const quotes = findQuotes(articleText);
    const attributions = findAttributions(articleText, quotes);
    const found = findPeople(articleText, quotes, attributions);
    const sources = collectSources(articleText, attributions, quotes, found.people);
    people += found.people.length;
    officials += found.people.filter((p) => p.official).length;

    const goldNames: string[] = [];
    for (const attribution of line.attributions) {
      for (const span of attribution.source) {
        goldSpans += 1;
        if (!isProperName(span, line.text)) continue;
        properSpans += 1;
        goldNames.push(args.legacyMatch ? span.text : spanHead(span.text));
        const reached = attributions.some(
          (a) => a.sourceSpan && a.sourceSpan.start < span.end && span.start < a.sourceSpan.end,
        );
        if (reached) reachedSpans += 1;
      }
    }
    const gold = groupNames(goldNames);
    const ours = namedSources(sources);
    score(sourcesOnly, ours, gold);
    score(withPeople, dedupe([...ours, ...found.people.map((p: Person) => p.name)]), gold);
    for (const entity of gold) {
      if (!ours.some((name) => entity.some((g) => namesMatch(name, g)))) {
        misses.push(`${line.article}: ${entity[0]}`);
      }
    }
    for (const name of ours) {
      if (!gold.some((entity) => entity.some((g) => namesMatch(name, g)))) {
        falseHits.push(`${line.article}: ${name}`);
      }
    }
  }
  const elapsed = performance.now() - started;
  console.log(
    `PolNeAR ${args.split}: ${lines.length} articles (one annotator line each), gold matched by ${args.legacyMatch ? 'whole span (legacy)' : 'span head'}`,
  );
  console.log(
    `  gold source spans ${goldSpans}, proper names ${properSpans}; people found ${people} (${officials} official)`,
  );
  console.log(
    `  proper-name spans an attribution reaches (source span overlap): ${reachedSpans}/${properSpans} (${(reachedSpans / Math.max(1, properSpans)).toFixed(3)})`,
  );
  printRow('named sources', sourcesOnly);
  printRow('sources ∪ people', withPeople);
  console.log(`  time: ${(elapsed / Math.max(1, lines.length)).toFixed(1)} ms per article`);
  if (args.errors > 0) {
    console.log(`  missed (first ${args.errors}):`);
    for (const miss of misses.slice(0, args.errors)) console.log(`    ${miss}`);
    console.log(`  not in gold (first ${args.errors}):`);
    for (const hit of falseHits.slice(0, args.errors)) console.log(`    ${hit}`);
  }
}

function printRow(label: string, counts: Counts): void {
  const precision = counts.predicted ? counts.predictedMatched / counts.predicted : 0;
  const recall = counts.gold ? counts.goldMatched / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(
    `  ${label.padEnd(18)} P ${precision.toFixed(3)} (${counts.predictedMatched}/${counts.predicted})  R ${recall.toFixed(3)} (${counts.goldMatched}/${counts.gold})  F1 ${f1.toFixed(3)}`,
  );
}

function score(counts: Counts, ours: string[], gold: string[][]): void {
  counts.predicted += ours.length;
  counts.predictedMatched += ours.filter((name) =>
    gold.some((entity) => entity.some((g) => namesMatch(name, g))),
  ).length;
  counts.gold += gold.length;
  counts.goldMatched += gold.filter((entity) =>
    ours.some((name) => entity.some((g) => namesMatch(name, g))),
  ).length;
}

/**
 * Our sources that are proper names by the same test as the gold spans (kind not anonymous, a
 * capitalised word).
 */
function namedSources(sources: Source[]): string[] {
  return dedupe(
    sources
      .filter((s) => s.kind !== 'anonymous')
      .map((s) => s.name)
      .filter((name) =>
        [...name.matchAll(WORD_RE)].some(
          (m) => CAPITALISED_RE.test(m[0]) && !NON_NAME_WORDS.has(m[0].toLowerCase()),
        ),
      ),
  );
}

function dedupe(names: string[]): string[] {
  const kept: string[] = [];
  for (const name of names) {
    if (!kept.some((k) => normalise(k) === normalise(name))) kept.push(name);
  }
  return kept;
}

/** True when a gold span is a proper name, as defined in the header. */
function isProperName(span: Span, text: string): boolean {
  for (const match of span.text.matchAll(WORD_RE)) {
    const word = match[0];
    if (!CAPITALISED_RE.test(word) || NON_NAME_WORDS.has(word.toLowerCase())) continue;
    const at = span.start + match.index;
    const atSentenceStart = SENTENCE_START_RE.test(text.slice(Math.max(0, at - 3), at));
    if (!atSentenceStart) return true;
    const lower = word.toLowerCase();
    if (!new RegExp(`(?<![\\p{L}])${escapeRegExp(lower)}(?![\\p{L}])`, 'u').test(text)) return true;
  }
  return false;
}

/** The head of a gold span: "Steve Coll, the dean of the journalism school," → "Steve Coll". */
function spanHead(text: string): string {
  const head = text.replace(SPAN_HEAD_END_RE, '');
  return head.trim() ? head : text;
}

function groupNames(names: string[]): string[][] {
  const groups: string[][] = [];
  for (const name of names) {
    const group = groups.find((g) => g.some((other) => namesMatch(name, other)));
    if (group) group.push(name);
    else groups.push([name]);
  }
  return groups;
}

function normalise(name: string): string {
  let value = name.trim().replace(POSSESSIVE_RE, '');
  for (let previous = ''; previous !== value;) {
    previous = value;
    value = value.replace(NAME_PREFIX_RE, '');
  }
  if (legacyMatch) return value.toLowerCase().replace(/\s+/g, ' ');
  // Words only: punctuation around or inside a span ("Devine,", "(D-R.I.)") is a boundary.
  return [...value.toLowerCase().matchAll(WORD_RE)].map((m) => m[0]).join(' ');
}

/** Equal, contained on word boundaries, or sharing the last word. */
function namesMatch(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return false;
  if (x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true;
  const lastX = x.split(' ').pop();
  const lastY = y.split(' ').pop();
  return lastX === lastY;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function benchSeed(): void {
  const html = readFileSync(join(projectRoot, 'tests/fixtures/seed-1/source.html'), 'utf8');
  const parse = () =>
    new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() })
      .window.document;
  const { report } = analyzeDocument(parse());
  console.log('Seed (tests/fixtures/seed-1) through analyzeDocument:');
  printSeed(report.people, report.sources);
  if (report.sourcing) {
    console.log(`  summary: ${report.sourcing.summary}`);
    console.log(`  quoted share: ${report.sourcing.quotedShare.toFixed(3)}`);
    console.log(`  flags: ${report.sourcing.flags.map((f) => f.kind).join(', ') || '(none)'}`);
  }
  console.log(
    `  unnamed officials: ${report.unnamedOfficials.map((u) => u.description).join('; ') || '(none)'}`,
  );

  // The same article with hand-built quotes and attributions, so this half reads on its own.
  const doc = parse();
  const trustBadges = findTrustBadges(doc);
  const extracted = extractArticle(doc);
  if (extracted.status !== 'ok') {
    console.log('  (no article extracted)');
    return;
  }
  const { articleText } = extracted;
  const { quotes, attributions } = buildSeedInputs(articleText);
  const { people } = findPeople(articleText, quotes, attributions);
  const sources = collectSources(articleText, attributions, quotes, people);
  const sourcing = describeSourcing({ articleText, quotes, attributions, people, trustBadges });
  console.log('Seed with hand-built quotes and attributions (tests/lib/sources-seed-inputs.ts):');
  printSeed(people, sources);
  console.log(`  summary: ${sourcing.summary}`);
  console.log(`  quoted share: ${sourcing.quotedShare.toFixed(3)}`);
  console.log(`  flags: ${sourcing.flags.map((f) => f.kind).join(', ') || '(none)'}`);
}

function printSeed(people: Person[], sources: Source[]): void {
  const officials = people.filter((p) => p.official);
  let officialHits = 0;
  for (const [name, [title, organisation]] of Object.entries(SEED_OFFICIALS)) {
    const found = officials.find((p) => p.name === name);
    const exact = found?.title === title && found.organisation === organisation;
    if (exact) officialHits += 1;
    const got = found ? `${found.title ?? '-'} / ${found.organisation ?? '-'}` : 'missing';
    console.log(
      `  official ${exact ? 'ok  ' : 'MISS'} ${name}: expected ${title} / ${organisation}, got ${got}`,
    );
  }
  const extraOfficials = officials.filter((p) => !(p.name in SEED_OFFICIALS)).map((p) => p.name);
  console.log(
    `  officials: ${officialHits}/${Object.keys(SEED_OFFICIALS).length} exact, extra: ${extraOfficials.join(', ') || 'none'}`,
  );
  let sourceHits = 0;
  for (const [name, [kind, linked]] of Object.entries(SEED_SOURCES)) {
    const found = sources.find((s) => s.name === name);
    const exact = found?.kind === kind && found.links.length > 0 === linked;
    if (exact) sourceHits += 1;
    const got = found ? `${found.kind}${found.links.length > 0 ? ', linked' : ''}` : 'missing';
    console.log(
      `  source   ${exact ? 'ok  ' : 'MISS'} ${name}: expected ${kind}${linked ? ', linked' : ''}, got ${got}`,
    );
  }
  const extraSources = sources.filter((s) => !(s.name in SEED_SOURCES)).map((s) => s.name);
  console.log(
    `  sources: ${sourceHits}/${Object.keys(SEED_SOURCES).length} exact, extra: ${extraSources.join(', ') || 'none'}`,
  );
}

main();
