import { extractArticle, measureArticle, type ArticleMeta } from './extract-article';
import { traceCloneToLive } from './highlight/trace-live';
import { truncateArticleText, type ArticleText } from './article-text';
import type { Attribution, Quote, RemovedItem, RemovedKind, Report, TrustBadge } from './report';
import {
  findJunk,
  findMarkupJunk,
  findTextJunk,
  outermost,
  removeJunk,
  type JunkMatch,
  type MarkupMatches,
} from './clean/find-junk';
import { KINDS_LEFT_IN_PAGE } from './clean/rules';
import { findQuotes } from './quotes';
import { findAttributions } from './attribution';
import { findPeople } from './people';
import { collectSources } from './sources';
import { describeSourcing, emptySourcing } from './sourcing';
import { findTrustBadges } from './trust-badge';

/** Characters of article text the sourcing engines read; the longest real articles are ~120,000. */
const MAX_ANALYSED_CHARS = 200_000;

/**
 * Elements of a page the cleaner and Readability read: the largest real pages in our corpora have
 * under 3,000; beyond this a page is a generated or hostile one, and costs seconds per click.
 */
const MAX_PAGE_ELEMENTS = 10_000;

/** NodeFilter.SHOW_ELEMENT, spelled out: Node has no NodeFilter global. */
const SHOW_ELEMENT = 0x1;

/** Node.ELEMENT_NODE. */
const ELEMENT_NODE = 1;

/** The report plus what the page needs to show it: the text map and the junk found. */
export interface Analysis {
  report: Report;
  /** The article's text map over the clone's nodes; null when there is no article. */
  articleText: ArticleText | null;
  /**
   * Furniture found, one per `report.removed` item: elements of the analysed page, except those
   * Readability rebuilt in its clone, which the page does not have.
   */
  junk: JunkMatch[];
  /** The node of the analysed page a clone node came from. */
  toLive: (node: Node) => Node | undefined;
}

/**
 * The first half of an analysis: the article and what the page's highlights need (its text map,
 * quotes and attributions). {@link completeAnalysis} adds the page's furniture, people, sources and
 * the summary.
 */
export type ArticleReading = ReadingBase &
  (
    | { article: { meta: ArticleMeta; text: ArticleText }; reason: null }
    | { article: null; reason: string }
  );

/** What {@link ArticleReading} holds whether or not there is an article. */
interface ReadingBase {
  /** The page read, left as it was. */
  page: Document;
  /** More elements than the cleaner reads: the page-wide pass keeps to the first reading's. */
  pageTooLarge: boolean;
  /** What the markup rules found in the clone before Readability ran (clone elements). */
  markup: MarkupMatches;
  /** What the cleaner found inside Readability's article (clone elements). */
  articleJunk: JunkMatch[];
  quotes: Quote[];
  attributions: Attribution[];
  notes: string[];
  toLive: (node: Node) => Node | undefined;
}

/** Analyses `doc` without modifying it: cleans a clone, extracts the article and reads its sourcing. */
export function analyzeDocument(doc: Document): Analysis {
  return completeAnalysis(readArticle(doc));
}

/**
 * Cleans a clone of `doc` of what the markup rules find, extracts the article, cleans it with every
 * rule, and finds its quotes and attributions. Every node of the reading traces to `doc`.
 */
export function readArticle(doc: Document): ArticleReading {
  // Readability rebuilds the page's nodes when it retries a short page with looser rules, and only
  // tagged clone elements trace the rebuilt ones (lib/highlight/trace-live.ts). Tagging costs a
  // tenth of a click, so a first read goes untagged and without Readability's copy of the page for
  // the retry; a page that needs the retry, or that a Readability without our patch rebuilt, is
  // read again from a fresh clone, tagged and with the copy.
  const reading = readClone(doc, false);
  if (reading !== null && !hasRebuiltText(reading)) return reading;
  // Tagged, Readability keeps its copy, so never asks for it.
  return readClone(doc, true) as ArticleReading;
}

/**
 * {@link readArticle} on a fresh clone of `doc`, with its elements tagged when `tag` is set, else
 * without Readability's retry copy: null when the retry would need it.
 */
function readClone(doc: Document, tag: boolean): ArticleReading | null {
  const clone = doc.cloneNode(true) as Document;
  const notes: string[] = [];
  const elementCount = truncateElements(clone, MAX_PAGE_ELEMENTS);
  const pageTooLarge = elementCount > MAX_PAGE_ELEMENTS;
  if (pageTooLarge) {
    notes.push(
      `Page too large: analysed its first ${MAX_PAGE_ELEMENTS.toLocaleString('en')} elements (of ${elementCount.toLocaleString('en')}).`,
    );
  }

  // A comment thread or a cookie banner can outscore a short story: the markup rules take them out
  // first. The text signals cost more and change no extraction in our corpora, so they wait for
  // completeAnalysis().
  const markup = findMarkupJunk(clone);
  const removed = outermost(markup);
  // A third of a news page's nodes, at the median, are inside what the markup rules take out: the
  // trace pairs those elements but does not walk into them.
  const tracer = traceCloneToLive(doc, clone, tag, new Set(removed.map(({ element }) => element)));
  const toLive = (node: Node) => tracer.toLive(node);
  removeJunk(removed);
  const articleJunk: JunkMatch[] = [];
  const extracted = extractArticle(clone, {
    // The markup rules have read the whole clone: in the article only the text signals are new.
    cleanArticle: (root) => {
      const found = findTextJunk(root);
      removeJunk(found);
      articleJunk.push(...found);
    },
    skipRetryCopy: !tag,
  });
  if (extracted.status === 'needs-retry-copy') return null;
  const reading = { page: doc, pageTooLarge, markup, articleJunk, notes, toLive };
  if (extracted.status !== 'ok') {
    return { ...reading, article: null, reason: extracted.reason, quotes: [], attributions: [] };
  }
  // The sourcing engines merge mentions pairwise: bound their input so a giant page stays fast.
  const articleText = truncateArticleText(extracted.articleText, MAX_ANALYSED_CHARS);
  if (articleText.text.length < extracted.articleText.text.length) {
    notes.push(
      `Page too large: quotes and sources were read in its first ${Math.round(MAX_ANALYSED_CHARS / 1000)} KB of text (of ${Math.round(extracted.articleText.text.length / 1000)} KB).`,
    );
  }
  const quotes = findQuotes(articleText);
  return {
    ...reading,
    article: { meta: extracted.article, text: articleText },
    reason: null,
    quotes,
    attributions: findAttributions(articleText, quotes),
  };
}

/** True when some of the article's text does not trace to the page (Readability rebuilt it). */
function hasRebuiltText(reading: ArticleReading): boolean {
  const segments = reading.article?.text.segments ?? [];
  return segments.some((segment) => reading.toLive(segment.node) === undefined);
}

/**
 * Completes `reading`: the page's furniture, its trust badges, and the people, sources and sourcing
 * summary of the report. Reads the page, which it leaves as it is.
 */
export function completeAnalysis(reading: ArticleReading): Analysis {
  const { page, quotes, attributions, notes, toLive } = reading;
  const pageElementOf = (element: Element): Element | undefined => {
    const live = toLive(element);
    return live?.nodeType === ELEMENT_NODE ? (live as Element) : undefined;
  };
  // Every rule over the whole page, as if run before Readability moved anything: the markup rules'
  // matches carried over to the page, the text signals read in it. A page too large to read whole
  // keeps the markup rules' matches in the part that was read.
  const markup = new Map<Element, RemovedKind>();
  for (const [element, kind] of reading.markup) {
    const live = pageElementOf(element);
    if (live) markup.set(live, kind);
  }
  const pageJunk = reading.pageTooLarge ? outermost(markup) : findJunk(page, markup);
  // Text signals inside the story were found twice, in the page and in the article.
  const articleJunk = reading.articleJunk
    .map((match) => ({ ...match, element: pageElementOf(match.element) ?? match.element }))
    .filter(({ element }) => !pageJunk.some((match) => overlaps(match.element, element)));
  const junk = [...pageJunk, ...articleJunk];
  const removed: RemovedItem[] = junk.map(({ kind, text }) => ({
    kind,
    text,
    hiddenInPage: !KINDS_LEFT_IN_PAGE.has(kind),
  }));
  // Badges sit in entry headers, which the cleaner and Readability drop: read them in the page.
  const trustBadges = findTrustBadges(page);
  if (!reading.article) {
    return {
      report: emptyReport(reading.reason, removed, trustBadges, notes),
      articleText: null,
      junk,
      toLive,
    };
  }
  const { meta, text: articleText } = reading.article;
  const { people, unnamedOfficials } = findPeople(articleText, quotes, attributions);
  const sources = collectSources(articleText, attributions, quotes, people);
  const sourcing = describeSourcing({ articleText, quotes, attributions, people, trustBadges });
  return {
    report: {
      article: measureArticle(meta),
      reason: null,
      removed,
      quotes,
      attributions,
      people,
      unnamedOfficials,
      sources,
      notes,
      sourcing,
    },
    articleText,
    junk,
    toLive,
  };
}

function overlaps(a: Element, b: Element): boolean {
  return a.contains(b) || b.contains(a);
}

function emptyReport(
  reason: string,
  removed: RemovedItem[],
  trustBadges: TrustBadge[],
  notes: string[],
): Report {
  return {
    article: null,
    reason,
    removed,
    quotes: [],
    attributions: [],
    people: [],
    unnamedOfficials: [],
    sources: [],
    notes,
    sourcing: emptySourcing(trustBadges),
  };
}

/** Drops every element after the first `max` in document order; returns how many there were. */
function truncateElements(doc: Document, max: number): number {
  // The collection's length is counted natively, without a DOM wrapper per element, and read once:
  // jsdom walks a live collection anew on each read.
  const count = doc.getElementsByTagName('*').length;
  if (count <= max) return count;
  const walker = doc.createTreeWalker(doc, SHOW_ELEMENT);
  for (let seen = 0; seen < max; seen++) walker.nextNode();
  const last = walker.currentNode;
  // What follows the last kept element: its children, then the later siblings of it and of each
  // ancestor — a handful of removals rather than one per element.
  (last as Element).replaceChildren();
  for (let node: Node | null = last; node && node !== doc; node = node.parentNode) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  return count;
}
