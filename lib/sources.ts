import type { ArticleText, TextBlock, TextLink } from './article-text';
import type {
  Attribution,
  AttributionKind,
  Person,
  Quote,
  Source,
  SourceKind,
  TextSpan,
} from './report';
import {
  endsWithAbbreviatedTitle,
  extractPersonName,
  isDoubtfulName,
  isPersonLikeName,
  isProperNameWord,
  matchPerson,
} from './people';
import { isDomainName, lookupOutlet } from './text/outlets';
import SOURCE_NOUNS from './lexicons/source-nouns.json';

/** How far (in characters) from a cue a link in the same block still counts as the source's link. */
const LINK_NEAR_CUE_CHARS = 60;

/** "theNew York Times": page text that lost the space between "the" and an inline element. */
const GLUED_THE_RE = /^the(?=\p{Lu})/u;

/**
 * A leading article or quantifier dropped from a source's name ("the Pentagon", "a source"), but
 * not from a share of a group ("many of them", "one of the officials").
 */
const LEADING_DETERMINER_RE =
  /^(?:the|a|an|another|one|two|three|several|some|many|other)\s+(?!of\b)/i;

/** Punctuation left around a source string by the attribution engine. */
const EDGE_PUNCTUATION_RE = /^[\s,:;.“”"‘’(]+|[\s,:;“”"‘’)]+$|(?<!\.\p{L})\.$/gu;

/**
 * Conjunctions and prepositions the attribution engine sometimes leaves on a source ("As Mashable
 * reports", "But Uber claims", "Obama administration for").
 */
const LEADING_CONNECTIVE_RE =
  /^(?:as|but|and|or|so|yet|while|whereas|when|if|to|for|of|in|on|at|by|from|because|although|though|since|after|before|also|then|with|like)\s+(?=\S)/i;
const TRAILING_CONNECTIVE_RE = /(?<=\S)\s+(?:for|of|to|in|on|at|by|with|and|or|but|who|that)$/i;

/**
 * The name after a title the source string stopped at: ". Jack Reed" in "Sen. Jack Reed (D-R.I.)",
 * up to the first comma, bracket or line break.
 */
const NAME_AFTER_TITLE_RE = /^\.[ \u00a0]+([^,;:()\n“”"]{2,60})/;

/** Words a Title Case heading leaves in lower case ("Clinton Leads in Ohio"). */
const TITLE_CASE_SMALL_WORDS = new Set(
  'a an the and or but nor of in on at to for by with as vs via from into'.split(' '),
);

/** A line needs this many other words to be judged a Title Case heading. */
const TITLE_CASE_MIN_WORDS = 3;

/** Share of a heading's words that are capitalised. */
const TITLE_CASE_SHARE = 0.9;

/**
 * A name right before "of <place>" or ", 33, of <place>", from the start of its clause: "Senator
 * John Cornyn of Texas", "Dewayne Smithy, 33, of Baldwin".
 */
const NAME_BEFORE_PLACE_RE =
  /(?:^|[.;:(“"\n]|,(?!\s*\d))\s*([^,.;:()“”"\n]{3,70}?)(?:,\s*\d{1,3},)?\s+of\s+(?:the\s+)?$/;

/** A pronoun that only stands for a person. */
const PERSONAL_PRONOUN_RE = /^(?:he|she)$/i;

/** A word starting exactly at `lastIndex`. */
const WORD_AT_RE = /(?:\p{L}|\p{N})+(?:['’]\p{L}+)?/uy;

/** The lower-case word right after a source, for a group noun the source string left out. */
const GROUP_NOUN_AFTER_RE = /^ (\p{Ll}+)\b/u;

/** A possessive or "is" contraction ("He’s", "Clinton’s"). */
const POSSESSIVE_RE = /['’]s$/;

/** Starts with a capital: part of a proper name unless it is a function word. */
const CAPITALISED_RE = /^\p{Lu}/u;

/** A word of a source string. */
const WORD_RE = /(?:\p{L}|\p{N})+(?:[.'’-](?:\p{L}|\p{N})+)*/gu;

/** Longest source name in words; longer strings are clauses the attribution engine over-read. */
const MAX_SOURCE_NAME_WORDS = 8;

/** Ends with a lone initial: a name a sentence splitter cut at "D." ("Nelson D"). */
const CUT_AT_INITIAL_RE = /\s\p{Lu}\.?$/u;

/** Verbs that only an outlet uses of itself ("X reports", "X has learned"), never a speaker. */
const OUTLET_CUE_RE =
  /^(?:reports|reported|has reported|first reported|has learned|learned|published|broadcast|aired)$/i;

/** A run of whitespace, collapsed in source strings. */
const SPACES_RE = /\s+/g;

/** The "www." of a host name, dropped so "www.wsws.org" and "wsws.org" meet. */
const WWW_RE = /^www\./i;

/** Before a sentence's first word. */
const SENTENCE_START_RE = /(?:^|[.!?:;“"‘(\n—–-])\s*$/;

const PRONOUNS = new Set(SOURCE_NOUNS.pronouns);
const ANONYMOUS_HEADS = new Set(SOURCE_NOUNS.anonymous);
const DOCUMENT_HEADS = new Set(SOURCE_NOUNS.document);

/** One place where the article hands information to a source. */
export interface SourceCitation {
  /** Index into `sources`. */
  source: number;
  /** The attributed content (or the quote, marks included). */
  span: TextSpan;
  /** Where the source is named, when known. */
  sourceSpan: TextSpan | null;
  /** 'quote' for a quotation no attribution covers. */
  kind: AttributionKind | 'quote';
  /** Direct quotation or verbatim re-post, rather than paraphrase. */
  quoted: boolean;
}

/** The merged sources and every citation of them, for the sourcing chain. */
export interface GatheredSources {
  sources: Source[];
  citations: SourceCitation[];
}

/** Merges the attributions into the list of sources the article relies on. */
export function collectSources(
  articleText: ArticleText,
  attributions: Attribution[],
  quotes: Quote[],
  people: Person[],
): Source[] {
  return gatherSources(articleText, attributions, quotes, people).sources;
}

/**
 * Merges attributions and attributed quotes into sources ("Cook" → "Peter Cook", "theNew York
 * Times" → "The New York Times") and keeps each citation with its span.
 */
export function gatherSources(
  articleText: ArticleText,
  attributions: Attribution[],
  quotes: Quote[],
  people: Person[],
): GatheredSources {
  const sources: Source[] = [];
  const firstSeen: number[] = [];
  const keys = new Map<string, number>();
  const citations: SourceCitation[] = [];

  const addCitation = (
    identity: SourceIdentity,
    citation: Omit<SourceCitation, 'source'>,
    links: string[],
  ): void => {
    const key = `${identity.kind}:${identity.key}`;
    let index = keys.get(key);
    if (index === undefined) {
      index = sources.length;
      keys.set(key, index);
      sources.push({
        name: identity.name,
        kind: identity.kind,
        citations: 0,
        links: [],
        quoted: false,
        paraphrased: false,
      });
      firstSeen.push(citation.span.start);
    }
    const source = sources[index] as Source;
    source.citations += 1;
    if (citation.quoted) source.quoted = true;
    else source.paraphrased = true;
    for (const link of links) if (!source.links.includes(link)) source.links.push(link);
    firstSeen[index] = Math.min(
      firstSeen[index] as number,
      citation.sourceSpan?.start ?? citation.span.start,
    );
    citations.push({ ...citation, source: index });
  };

  const covered: { span: TextSpan; key: string }[] = [];
  for (const attribution of attributions) {
    // Declining to comment hands the reader no information.
    if (attribution.kind === 'declined-comment') continue;
    const position = attribution.sourceSpan?.start ?? attribution.cueSpan.start;
    const identity = identifySource(
      attribution.source,
      attribution.sourceKind,
      position,
      people,
      articleText.text,
      attribution.cue,
    );
    if (!identity) continue;
    const quoted =
      attribution.kind === 'reposted-block' ||
      quotes.some((quote) => overlaps(quote.span, attribution.span));
    const links = findSourceLinks(
      articleText,
      identity,
      attribution.sourceSpan,
      attribution.cueSpan,
    );
    addCitation(
      identity,
      {
        span: attribution.span,
        sourceSpan: attribution.sourceSpan,
        kind: attribution.kind,
        quoted,
      },
      links,
    );
    covered.push({ span: attribution.span, key: `${identity.kind}:${identity.key}` });
  }
  for (const quote of quotes) {
    if (!quote.speaker) continue;
    const identity = identifySource(
      quote.speaker,
      quote.speakerKind ?? 'person',
      quote.span.start,
      people,
      articleText.text,
      quote.cue ?? '',
    );
    if (!identity) continue;
    const key = `${identity.kind}:${identity.key}`;
    // An attribution over the same words already counted this quote.
    if (covered.some((c) => c.key === key && overlaps(c.span, quote.span))) continue;
    addCitation(identity, { span: quote.span, sourceSpan: null, kind: 'quote', quoted: true }, []);
  }

  // Sources in order of first appearance; citations re-indexed to match.
  const order = sources
    .map((_, index) => index)
    .sort((a, b) => (firstSeen[a] as number) - (firstSeen[b] as number));
  const newIndex = new Map(order.map((old, index) => [old, index]));
  return {
    sources: order.map((index) => sources[index] as Source),
    citations: citations
      .map((citation) => ({ ...citation, source: newIndex.get(citation.source) as number }))
      .sort((a, b) => a.span.start - b.span.start),
  };
}

/** Who a source string names, merged across spellings. */
interface SourceIdentity {
  name: string;
  kind: SourceKind;
  /** Merge key within the kind. */
  key: string;
}

/**
 * Resolves a source string to an outlet, a known person, a document, an anonymous source or an
 * organisation. `text` (the article) and `cue` (the reporting verb) sharpen the guess; both default
 * to empty.
 */
export function identifySource(
  raw: string,
  declaredKind: SourceKind,
  position: number,
  people: Person[],
  text = '',
  cue = '',
): SourceIdentity | null {
  const cleaned = stripConnectives(raw.replace(EDGE_PUNCTUATION_RE, '').replace(SPACES_RE, ' '));
  if (!cleaned) return null;
  // "He wrote", resolved by the attribution engine to something no person is called ("Golden Dawn"
  // in article-author-tag): the resolution is wrong, and guessing the person named last instead
  // scored no better on PolNeAR train while adding false sources, so name no one.
  const written = readWordAt(text, position);
  if (
    written &&
    PERSONAL_PRONOUN_RE.test(written) &&
    !cleaned.includes(written) &&
    !matchPerson(cleaned, people, position) &&
    !isPersonLikeName(cleaned)
  ) {
    return null;
  }
  // "He’s" is a pronoun with a contraction, as far as the speaker goes.
  const lower = cleaned.toLowerCase().replace(POSSESSIVE_RE, '');
  if (PRONOUNS.has(lower)) {
    // "he said": the person named last before; an unresolved pronoun names no one.
    const person = matchPerson(cleaned, people, position);
    return person ? personIdentity(person.name) : null;
  }
  // "Sen" of "Sen. Jack Reed said": a sentence splitter cut the source at the title's dot.
  if (text && position >= 0 && endsWithAbbreviatedTitle(cleaned)) {
    const named = readNameAfterTitle(text, position, cleaned);
    if (named) return identifySource(named, 'person', position, people, '', cue);
  }
  const unglued = cleaned.replace(GLUED_THE_RE, 'the ');
  const outlet = lookupOutlet(unglued) ?? lookupOutlet(unglued.replace(LEADING_DETERMINER_RE, ''));
  if (outlet) return { name: outlet.name, kind: 'outlet', key: outlet.name.toLowerCase() };
  if (isDomainName(cleaned)) {
    return {
      name: capitalise(cleaned.replace(WWW_RE, '')),
      kind: 'outlet',
      key: cleaned.toLowerCase().replace(WWW_RE, ''),
    };
  }
  const person = matchPerson(cleaned, people, position);
  if (person) return personIdentity(person.name);

  const words = cleaned.match(WORD_RE) ?? [];
  const head = (words[words.length - 1] ?? '').toLowerCase();
  const hasProperName = words.some((word) => CAPITALISED_RE.test(word) && isProperNameWord(word));
  // A clause, not a name: the attribution engine sometimes hands over a whole run of words.
  if (words.length > MAX_SOURCE_NAME_WORDS) return null;
  // "Vulture reports", "Mashable has learned": outlets the lexicon does not know, by their verb.
  if (
    OUTLET_CUE_RE.test(cue.trim()) &&
    hasProperName &&
    extractPersonName(cleaned).length < 2 &&
    !ANONYMOUS_HEADS.has(head)
  ) {
    const name = capitalise(cleaned.replace(LEADING_DETERMINER_RE, ''));
    return { name, kind: 'outlet', key: name.toLowerCase() };
  }
  if (declaredKind === 'person' && hasProperName) {
    const name = extractPersonName(cleaned);
    const last = name[name.length - 1] ?? '';
    // "Nelson D": a name cut at an initial's dot; "C": a stray letter.
    if (last.length === 1 || CUT_AT_INITIAL_RE.test(cleaned)) return null;
    if (name.length === 0) {
      // "Sen. Bernie Sanders of Vermont said": the engine stopped at the place; the name is before.
      const named = readNameBeforePlace(text, position);
      return named ? identifySource(named, 'person', position, people, '', cue) : null;
    }
    // One capitalised word that opens a sentence and is also a common word ("Music", "Video").
    if (name.length === 1 && isLowerCaseIn(text, last)) return null;
    // "Con Edison officials say", cut before the group noun: the officials are the source.
    const group = readGroupNounAfter(text, position, cleaned);
    if (group)
      return identifySource(`${cleaned} ${group}`, 'anonymous', position, people, text, cue);
    // A Title Case heading ("Power Impedes Peace Efforts Says …") is no sentence with a speaker.
    if (isInTitleCaseLine(text, position)) return null;
    const personLike = isPersonLikeName(cleaned);
    // "Tech Enabled: CNET chronicles…" (cnet): a label, not a speaker.
    if (cue.trim() === ':' && !personLike) return null;
    if (personLike) return personIdentity(name.join(' '));
    // "Lester Holt": two or more name words that the article never writes in lower case.
    if (
      name.length > 1 &&
      !isDoubtfulName(cleaned) &&
      !name.some((word) => isLowerCaseIn(text, word))
    ) {
      return personIdentity(name.join(' '));
    }
    // No first name, title or honorific, and no person of that name in the article: "Uber",
    // "Teamsters", "Xbox Live" (salon-1, engadget) are bodies or brands, not people.
    const organisation = cleaned.replace(LEADING_DETERMINER_RE, '').replace(POSSESSIVE_RE, '');
    return { name: organisation, kind: 'organisation', key: organisation.toLowerCase() };
  }
  if (declaredKind === 'outlet') {
    const name = capitalise(cleaned.replace(LEADING_DETERMINER_RE, ''));
    return { name, kind: 'outlet', key: name.toLowerCase() };
  }
  // A lone capitalised word at a sentence start that the article also writes in lower case is a
  // heading or a sentence opener ("Analysis", "Video"), not a source.
  if (words.length === 1 && isCommonWordAt(text, position, cleaned)) return null;
  if (declaredKind === 'document' || DOCUMENT_HEADS.has(head)) {
    const name = cleaned.replace(LEADING_DETERMINER_RE, '');
    return { name, kind: 'document', key: name.toLowerCase() };
  }
  const describesPeople = words.some((word) => ANONYMOUS_HEADS.has(word.toLowerCase()));
  if (!hasProperName && !describesPeople) {
    // "earlier Saturday", "of them": no noun that could speak.
    return null;
  }
  if (declaredKind === 'anonymous' || (ANONYMOUS_HEADS.has(head) && !isProperNoun(cleaned))) {
    // "a source", "sources", "another source" are one anonymous voice to the reader.
    const name = cleaned.replace(LEADING_DETERMINER_RE, '');
    return { name: lowerFirst(name), kind: 'anonymous', key: singularKey(name) };
  }
  if (!hasProperName) {
    const name = cleaned.replace(LEADING_DETERMINER_RE, '');
    return {
      name: lowerFirst(name),
      kind: declaredKind === 'person' ? 'anonymous' : declaredKind,
      key: singularKey(name),
    };
  }
  const name = cleaned.replace(LEADING_DETERMINER_RE, '');
  return {
    name,
    kind: declaredKind === 'person' ? 'organisation' : declaredKind,
    key: name.toLowerCase(),
  };
}

/** The word of the text that starts at `position`, or null. */
function readWordAt(text: string, position: number): string | null {
  if (!text || position < 0) return null;
  WORD_AT_RE.lastIndex = position;
  return WORD_AT_RE.exec(text)?.[0] ?? null;
}

/** The lower-case group noun right after the source in the text ("officials"), or null. */
function readGroupNounAfter(text: string, position: number, cleaned: string): string | null {
  if (!text || position < 0) return null;
  const at = text.indexOf(cleaned, position);
  if (at < 0 || at - position > cleaned.length) return null;
  const next = GROUP_NOUN_AFTER_RE.exec(text.slice(at + cleaned.length, at + cleaned.length + 30));
  const word = next?.[1];
  return word && ANONYMOUS_HEADS.has(word) ? word : null;
}

/**
 * Reads "Sen. Bernie Sanders" before "of Vermont" or "Dewayne Smithy" before ", 33, of Baldwin",
 * when the source string is only the place; null unless what comes before reads as a person's
 * name.
 */
function readNameBeforePlace(text: string, position: number): string | null {
  if (!text || position < 0) return null;
  const match = NAME_BEFORE_PLACE_RE.exec(text.slice(Math.max(0, position - 90), position));
  const candidate = match?.[1]?.trim();
  if (!candidate || !isPersonLikeName(candidate)) return null;
  return extractPersonName(candidate).length > 1 || endsWithTitleBeforeName(candidate)
    ? candidate
    : null;
}

/** True when a one-word name has a title before it ("Sen. Sanders"), so it stands on its own. */
function endsWithTitleBeforeName(candidate: string): boolean {
  const words = candidate.match(WORD_RE) ?? [];
  return words.length > 1 && endsWithAbbreviatedTitle(words.slice(0, -1).join(' '));
}

/**
 * Reads "Sen. Jack Reed" from the text when the source string stops at "Sen"; null when no name
 * follows.
 */
function readNameAfterTitle(text: string, position: number, cleaned: string): string | null {
  const at = text.indexOf(cleaned, position);
  if (at < 0 || at - position > cleaned.length) return null;
  const end = at + cleaned.length;
  const match = NAME_AFTER_TITLE_RE.exec(text.slice(end, end + 70));
  if (!match?.[1]) return null;
  const candidate = `${cleaned}. ${match[1]}`;
  return extractPersonName(candidate).length > 0 ? candidate : null;
}

/** Drops the connectives the attribution engine left at either end ("As Mashable" → "Mashable"). */
function stripConnectives(value: string): string {
  let result = value;
  for (let previous = ''; previous !== result;) {
    previous = result;
    result = result.replace(LEADING_CONNECTIVE_RE, '').replace(TRAILING_CONNECTIVE_RE, '');
  }
  return result;
}

/**
 * True when the line around `position` is a Title Case heading: four or more words, nearly all
 * capitalised.
 */
function isInTitleCaseLine(text: string, position: number): boolean {
  if (!text || position < 0) return false;
  const start = text.lastIndexOf('\n', position) + 1;
  const newline = text.indexOf('\n', position);
  const line = text.slice(start, newline < 0 ? text.length : newline);
  const words = (line.match(WORD_RE) ?? []).filter(
    (word) => /\p{L}/u.test(word) && !TITLE_CASE_SMALL_WORDS.has(word),
  );
  if (words.length < TITLE_CASE_MIN_WORDS) return false;
  const capitalised = words.filter((word) => CAPITALISED_RE.test(word)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE;
}

function isCommonWordAt(text: string, position: number, word: string): boolean {
  if (!text || position < 0) return false;
  if (!SENTENCE_START_RE.test(text.slice(Math.max(0, position - 3), position))) return false;
  return isLowerCaseIn(text, word);
}

/** True when the article also writes the word in lower case, so it is a common word, not a name. */
function isLowerCaseIn(text: string, word: string): boolean {
  const lower = escapeRegExp(word.toLowerCase());
  return new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(text);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function personIdentity(name: string): SourceIdentity {
  return { name, kind: 'person', key: name.toLowerCase() };
}

/**
 * A whole proper noun phrase ("Senate Republicans") rather than a described group ("Pentagon
 * officials").
 */
function isProperNoun(phrase: string): boolean {
  const words = phrase.match(WORD_RE) ?? [];
  const last = words[words.length - 1] ?? '';
  return CAPITALISED_RE.test(last) && isProperNameWord(last) && words.length > 1;
}

/**
 * The links the article gives for a source: a link on its name, a link near the cue in the same
 * block, and any link in the article to the outlet's own site.
 */
function findSourceLinks(
  articleText: ArticleText,
  identity: SourceIdentity,
  sourceSpan: TextSpan | null,
  cueSpan: TextSpan,
): string[] {
  const links = new Set<string>();
  if (sourceSpan) {
    for (const link of articleText.links) if (overlaps(link, sourceSpan)) links.add(link.href);
  }
  if (links.size === 0) {
    const anchor = sourceSpan ?? cueSpan;
    const block = findBlock(articleText.blocks, cueSpan.start);
    if (block) {
      for (const link of articleText.links) {
        if (link.start < block.start || link.end > block.end) continue;
        if (
          distance(link, anchor) <= LINK_NEAR_CUE_CHARS ||
          distance(link, cueSpan) <= LINK_NEAR_CUE_CHARS
        ) {
          links.add(link.href);
        }
      }
    }
  }
  if (identity.kind === 'outlet') {
    for (const link of articleText.links) if (isLinkToOutlet(link, identity)) links.add(link.href);
  }
  return [...links];
}

function isLinkToOutlet(link: TextLink, identity: SourceIdentity): boolean {
  let host: string;
  try {
    host = new URL(link.href).hostname.toLowerCase().replace(WWW_RE, '');
  } catch {
    return false;
  }
  if (host === identity.key || host.endsWith(`.${identity.key}`)) return true;
  return lookupOutlet(host)?.name.toLowerCase() === identity.key;
}

function findBlock(blocks: TextBlock[], offset: number): TextBlock | undefined {
  return blocks.find((block) => offset >= block.start && offset < block.end);
}

function distance(a: TextSpan, b: TextSpan): number {
  if (overlaps(a, b)) return 0;
  return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

/** True when two half-open spans share at least one character. */
export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function lowerFirst(value: string): string {
  const first = value.match(WORD_RE)?.[0] ?? '';
  // Keep "Pentagon officials" and "US officials" as written.
  if (first.length > 1 && first === first.toUpperCase()) return value;
  if (CAPITALISED_RE.test(first) && isProperNameWord(first)) return value;
  return value.charAt(0).toLowerCase() + value.slice(1);
}

function singularKey(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((word) => (word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' ');
}
