import { extractArticle } from './extract-article';
import { mapCloneToLive } from './node-map';
import type { ArticleText } from './article-text';
import type { RemovedItem, Report } from './report';
import { findJunk, removeJunk, type JunkMatch } from './clean/find-junk';
import { findQuotes } from './quotes';
import { findAttributions } from './attribution';
import { findPeople } from './people';
import { collectSources } from './sources';

/** Options for {@link analyzeDocument}. */
export interface AnalyzeOptions {
  /** Keep a map from the analysed clone back to `doc`'s live nodes. Default: false. */
  trackLiveNodes?: boolean;
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
  const liveMap = options.trackLiveNodes ? mapCloneToLive(doc, clone) : null;
  const toLive = (node: Node) => liveMap?.get(node);

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
  const removed: RemovedItem[] = allJunk.map(({ kind, text }) => ({ kind, text }));
  if (extracted.status !== 'ok') {
    return {
      report: emptyReport(extracted.reason, removed),
      articleText: null,
      junk: allJunk,
      toLive,
    };
  }
  const { articleText, article } = extracted;
  const quotes = findQuotes(articleText);
  const attributions = findAttributions(articleText, quotes);
  const { people, unnamedOfficials } = findPeople(articleText, quotes, attributions);
  const sources = collectSources(articleText, attributions, quotes, people);
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
      notes: [],
    },
    articleText,
    junk: allJunk,
    toLive,
  };
}

function emptyReport(reason: string, removed: RemovedItem[]): Report {
  return {
    article: null,
    reason,
    removed,
    quotes: [],
    attributions: [],
    people: [],
    unnamedOfficials: [],
    sources: [],
    notes: [],
  };
}
