/**
 * The analysis report: what `sourcelight analyze --json` prints and what the content script sends
 * to the popup. This shape is a public contract — fields may be added, never renamed or removed.
 */

/** Who a claim is handed to. */
export type SourceKind = 'person' | 'outlet' | 'organisation' | 'document' | 'anonymous';

/** What kind of page furniture the cleaner removed. */
export type RemovedKind =
  | 'comments'
  | 'comment-form'
  | 'comment-count'
  | 'spam-notice'
  | 'newsletter'
  | 'share'
  | 'related'
  | 'nag'
  // Article furniture left out of the analysed text but not hidden in the page: the reader may
  // want a site's menus, a photo's caption or the date of the story.
  | 'navigation'
  | 'metadata';

/** A half-open range of UTF-16 offsets into `article.text`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The article as the reader sees it after cleaning. */
export interface ArticleInfo {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Plain text, blocks separated by a blank line ("\n\n"). Every offset in the report points here. */
  text: string;
  /** Readability's excerpt, if any. */
  excerpt: string | null;
}

/** One element the cleaner hid from the page or dropped from the article. */
export interface RemovedItem {
  kind: RemovedKind;
  /** A short sample of the removed text, for the reader to recognise it. */
  text: string;
  /**
   * True for page furniture the extension hides in the page (comments, nags…); false for article
   * furniture it only leaves out of `article.text` (menus, captions, datelines).
   */
  hiddenInPage: boolean;
}

/** A direct quotation. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  speaker: string | null;
  speakerKind: SourceKind | null;
  /** The reporting verb or phrase that attributes it ("said", "according to"), if any. */
  cue: string | null;
  /** True for a fragment embedded in the writer's own sentence. */
  partial: boolean;
  /** Where the quoted words stand in `article.text`, marks included. */
  span: TextSpan;
}

/** What kind of hand-off an attribution is. */
export type AttributionKind = 'attribution' | 'reposted-block' | 'declined-comment';

/** A place where the article hands a claim to someone else. */
export interface Attribution {
  source: string;
  sourceKind: SourceKind;
  cue: string;
  /** The attributed content. */
  text: string;
  /** True when the source is another outlet or a re-posted block. */
  secondHand: boolean;
  kind: AttributionKind;
  span: TextSpan;
  cueSpan: TextSpan;
  sourceSpan: TextSpan | null;
}

/** A named person, merged across mentions. */
export interface Person {
  name: string;
  title: string | null;
  organisation: string | null;
  official: boolean;
  mentions: number;
  quotes: number;
  /** Every mention of the person in `article.text`. */
  spans: TextSpan[];
}

/** An office-holder the article mentions without naming ("the US Ambassador in Moscow"). */
export interface UnnamedOfficial {
  description: string;
  mentions: number;
}

/** Someone or something the article attributes information to, merged across mentions. */
export interface Source {
  name: string;
  kind: SourceKind;
  citations: number;
  links: string[];
  quoted: boolean;
  paraphrased: boolean;
}

/** The full analysis. */
export interface Report {
  article: ArticleInfo | null;
  /** Why there is no article, when `article` is null. */
  reason: string | null;
  removed: RemovedItem[];
  quotes: Quote[];
  attributions: Attribution[];
  people: Person[];
  unnamedOfficials: UnnamedOfficial[];
  sources: Source[];
  /** Notes on how the page was read, e.g. that a huge page was cut short. */
  notes: string[];
  /**
   * Where the article's information comes from, and what a careful reader should notice.
   * `analyzeDocument` always sets it; optional so that reports built by hand before it existed
   * still type-check.
   */
  sourcing?: Sourcing;
}

/** How a source enters the sourcing chain. */
export type ChainRole = 're-reported-from' | 'quoted' | 'paraphrased';

/** One source in the sourcing chain. */
export interface ChainStep {
  source: string;
  kind: SourceKind;
  /** The first link the article gives for the source, or null. */
  link: string | null;
  role: ChainRole;
  /**
   * Index in `chain` of the re-posted outlet this source is cited through, or -1 when the article
   * cites it itself.
   */
  via: number;
  /**
   * A person's title and organisation as the article gives them ("spokesman, US Defense
   * Department").
   */
  detail: string | null;
  citations: number;
}

/** What a careful reader should notice about the sourcing. */
export type SourcingFlagKind =
  | 'second-hand'
  | 'unlinked-sources'
  | 'anonymous-sources'
  | 'single-source'
  | 'unbacked-trust-badge';

/** One thing a careful reader should notice, in words and as data. */
export interface SourcingFlag {
  kind: SourcingFlagKind;
  /** One sentence for the reader. */
  message: string;
  /** The sources (or badge texts) concerned. */
  subjects: string[];
}

/** A badge by which a page vouches for itself ("Fact checked", "Verified"). */
export interface TrustBadge {
  text: string;
  /** The fact-checker the badge names, if any. */
  checker: string | null;
  /** True when the page carries schema.org ClaimReview markup. */
  claimReview: boolean;
}

/** The sourcing chain, its one-line summary and the flags. */
export interface Sourcing {
  chain: ChainStep[];
  /** The chain in one line ("Re-reported from Wsws.org (linked) → which quotes …"). */
  summary: string;
  /** Share (0–1) of the text that is quoted, re-posted or attributed rather than original reporting. */
  quotedShare: number;
  flags: SourcingFlag[];
  trustBadges: TrustBadge[];
}
