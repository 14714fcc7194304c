import { extractArticle } from './extract-article';
import { traceCloneToLive } from './highlight/trace-live';
import { truncateArticleText, type ArticleText } from './article-text';
import type { RemovedItem, Report, TrustBadge } from './report';
import { findJunk, removeJunk, type JunkMatch } from './clean/find-junk';
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

/** Options for {@link analyzeDocument}. */
export interface AnalyzeOptions {
  /** Keep a map from the analysed clone back to `doc`'s live nodes. Default: false. */
  trackLiveNodes?: boolean;
  /**
   * With `trackLiveNodes`, also tag the clone's elements so that nodes Readability rebuilds when it
   * retries still trace to the live page (see lib/highlight/trace-live.ts). Default: false.
   */
  traceRebuiltNodes?: boolean;
}

/** The report plus what the page needs to show it: the text map and the junk found. */
export interface Analysis {
  report: Report;
  /** The article's text map over the clone's nodes; null when there is no article. */
  articleText: ArticleText | null;
  /** Furniture found on the page (clone elements). */
  junk: JunkMatch[];
  /** The live node a clone node came from, when `trackLiveNodes` was set. */
  toLive: (node: Node) => Node | undefined;
}

/** Analyses `doc` without modifying it: cleans a clone, extracts the article and reads its sourcing. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const clone = doc.cloneNode(true) as Document;
  const tracer = options.trackLiveNodes
    ? traceCloneToLive(doc, clone, options.traceRebuiltNodes ?? false)
    : null;
  const toLive = (node: Node) => tracer?.toLive(node);
  const notes: string[] = [];
  const elementCount = truncateElements(clone, MAX_PAGE_ELEMENTS);
  if (elementCount > MAX_PAGE_ELEMENTS) {
    notes.push(
      `Page too large: analysed its first ${MAX_PAGE_ELEMENTS.toLocaleString('en')} elements (of ${elementCount.toLocaleString('en')}).`,
    );
  }

  // Badges sit in entry headers, which the cleaner and Readability drop: read them first.
  const trustBadges = findTrustBadges(clone);
  const junk = findJunk(clone);
  removeJunk(junk);
  const inArticleJunk: JunkMatch[] = [];
  const extracted = extractArticle(clone, {
    cleanArticle: (root) => {
      const found = findJunk(root);
      removeJunk(found);
      inArticleJunk.push(...found);
    },
  });
  const allJunk = [...junk, ...inArticleJunk];
  const removed: RemovedItem[] = allJunk.map(({ kind, text }) => ({
    kind,
    text,
    hiddenInPage: !KINDS_LEFT_IN_PAGE.has(kind),
  }));
  if (extracted.status !== 'ok') {
    return {
      report: emptyReport(extracted.reason, removed, trustBadges, notes),
      articleText: null,
      junk: allJunk,
      toLive,
    };
  }
  const { article } = extracted;
  // The sourcing engines merge mentions pairwise: bound their input so a giant page stays fast.
  const articleText = truncateArticleText(extracted.articleText, MAX_ANALYSED_CHARS);
  if (articleText.text.length < extracted.articleText.text.length) {
    notes.push(
      `Page too large: quotes and sources were read in its first ${Math.round(MAX_ANALYSED_CHARS / 1000)} KB of text (of ${Math.round(extracted.articleText.text.length / 1000)} KB).`,
    );
  }
  const quotes = findQuotes(articleText);
  const attributions = findAttributions(articleText, quotes);
  const { people, unnamedOfficials } = findPeople(articleText, quotes, attributions);
  const sources = collectSources(articleText, attributions, quotes, people);
  const sourcing = describeSourcing({ articleText, quotes, attributions, people, trustBadges });
  return {
    report: {
      article,
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
    junk: allJunk,
    toLive,
  };
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
  // A TreeWalker, not getElementsByTagName('*'): jsdom walks a live collection anew on each read.
  const walker = doc.createTreeWalker(doc, SHOW_ELEMENT);
  let count = 0;
  let last: Node | null = null;
  while (walker.nextNode()) {
    count++;
    if (count === max) last = walker.currentNode;
  }
  if (!last || count <= max) return count;
  // What follows the last kept element: its children, then the later siblings of it and of each
  // ancestor — a handful of removals rather than one per element.
  (last as Element).replaceChildren();
  for (let node: Node | null = last; node && node !== doc; node = node.parentNode) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  return count;
}
