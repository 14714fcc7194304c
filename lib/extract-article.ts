import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleInfo } from './report';
import { buildArticleText, type ArticleText } from './article-text';
import { READABILITY_RETRY_NEEDED } from './readability-retry';

const ELEMENT_NODE = 1;

/** NodeFilter.SHOW_TEXT, spelled out: Node has no NodeFilter global. */
const SHOW_TEXT = 0x4;

const NOT_SPACE_RE = /\S/;

/** Words an adult reads per minute, for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;

/**
 * Share of the text inside links above which a page that does not look readerable is a list of
 * links (search results, a section front), not an article.
 */
const MAX_LINK_DENSITY = 0.5;

/** A word: letters or digits, with inner apostrophes and hyphens. */
const WORD_RE = /(?:\p{L}|\p{N})(?:\p{L}|\p{N}|['’-])*/gu;

/** Where a word starts: a text without one has no words. */
const WORD_START_RE = /\p{L}|\p{N}/u;

/**
 * The article's details but its length, which only the report needs: counting words is left off the
 * way to the highlights (see {@link measureArticle}).
 */
export type ArticleMeta = Omit<ArticleInfo, 'wordCount' | 'readingMinutes'>;

/** Readability's options, and the one our build of it adds. */
type ReadabilityOptions = NonNullable<ConstructorParameters<typeof Readability<Node>>[1]> & {
  skipRetryCopy: boolean;
};

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /**
   * Called on the article element before its text is read, to drop furniture Readability kept.
   * Default: none.
   */
  cleanArticle?: (root: Element) => void;
  /**
   * Ask Readability not to copy the page for the retry with looser rules it makes when its first
   * try finds too little text: a whole-body copy on every parse, which only short pages use. Only
   * the extension's build of Readability has this option (wxt.config.ts, DEPENDENCY_PATCHES); there
   * a page that needs the retry gives `{ status: 'needs-retry-copy' }`, and `doc` must be cloned
   * afresh and read again without the option. Default: false.
   */
  skipRetryCopy?: boolean;
}

/** The article found on a page, or why there is none. */
export type ExtractResult =
  | { status: 'ok'; article: ArticleMeta; root: Element; articleText: ArticleText }
  | { status: 'not-readerable'; reason: string }
  | { status: 'needs-retry-copy' };

/**
 * Runs Readability on `doc` — which it rearranges, so pass a clone of a live page — and returns the
 * article with its text map.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  if (!doc.body || !hasText(doc.body)) {
    return { status: 'not-readerable', reason: 'The page is empty.' };
  }
  const looksReaderable = isProbablyReaderable(doc);
  // The serializer hands back the element itself, so its nodes stay those of `doc`.
  const readabilityOptions: ReadabilityOptions = {
    serializer: (node) => node,
    skipRetryCopy: options.skipRetryCopy ?? false,
  };
  let parsed;
  try {
    parsed = new Readability<Node>(doc, readabilityOptions).parse();
  } catch (error) {
    if (error instanceof Error && error.message === READABILITY_RETRY_NEEDED) {
      return { status: 'needs-retry-copy' };
    }
    throw error;
  }
  const root = parsed?.content;
  if (!parsed || !root || root.nodeType !== ELEMENT_NODE) {
    return { status: 'not-readerable', reason: 'No article was found on this page.' };
  }
  options.cleanArticle?.(root as Element);
  const articleText = buildArticleText(root);
  if (!WORD_START_RE.test(articleText.text)) {
    return { status: 'not-readerable', reason: 'The page has no readable text.' };
  }
  if (!looksReaderable && measureLinkDensity(articleText) > MAX_LINK_DENSITY) {
    return {
      status: 'not-readerable',
      reason: 'This page is mostly links (a search or index page), not an article.',
    };
  }
  return {
    status: 'ok',
    root: root as Element,
    articleText,
    article: {
      title: nonEmpty(parsed.title),
      byline: nonEmpty(parsed.byline),
      siteName: nonEmpty(parsed.siteName),
      publishedTime: nonEmpty(parsed.publishedTime),
      lang: nonEmpty(parsed.lang) ?? nonEmpty(doc.documentElement?.getAttribute('lang')),
      excerpt: nonEmpty(parsed.excerpt),
      text: articleText.text,
    },
  };
}

/**
 * True when `root` holds a text node that is not all spaces; reading `textContent` would first copy
 * the whole page's text, scripts included.
 */
function hasText(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (NOT_SPACE_RE.test((node as Text).data)) return true;
  }
  return false;
}

/** The article's details with its word count and reading time. */
export function measureArticle({ text, ...meta }: ArticleMeta): ArticleInfo {
  const wordCount = countWords(text);
  return {
    ...meta,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    text,
  };
}

/** Counts the words of `text`. */
export function countWords(text: string): number {
  return text.match(WORD_RE)?.length ?? 0;
}

function measureLinkDensity({ text, links }: ArticleText): number {
  const linked = links.reduce((sum, link) => sum + link.end - link.start, 0);
  return text.length === 0 ? 0 : linked / text.length;
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
