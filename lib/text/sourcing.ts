import type { ArticleText, TextBlock } from '../article-text';
import type { AttributionKind, SourceKind, TextSpan } from '../report';
import VERBS from '../lexicons/reporting-verbs.json';
import PHRASES from '../lexicons/cue-phrases.json';
import NOUNS from '../lexicons/source-nouns.json';
import GIVEN_NAMES_LIST from '../lexicons/given-names.json';
import PLACES from '../lexicons/places.json';
import AUX from '../lexicons/reporting-aux.json';
import { findOutletMentions, type OutletMention } from './outlets';
import { findQuotedSpans, type QuotedSpan } from './quote-marks';
import { SENTENCE_OPENERS, splitSentences } from './sentences';
import { isCapitalised, tokenize, type Token } from './tokens';
import { findNameTokens, isHonorific, isOrganisationWord, isTitleWord } from './names';

/** Reporting verb forms (said, told, argued…). */
const VERB_FORMS = new Set(VERBS.verbs);
/** Verb forms that may stand before their subject ("…,” said Peter Cook). */
const INVERTING_VERBS = new Set(VERBS.inverting);
/** Words between a source and its verb ("has", "also", "later"). */
const AUXILIARIES = new Set(AUX.auxiliaries);
/** Reflexives between a source and its verb ("Cruz himself said"). */
const INTENSIFIERS = new Set(AUX.intensifiers);
/** Particles that belong to some cues ("called for", "pointed to"). */
const PARTICLES = new Set(AUX.particles);
/** Verbs that take a particle into their cue. */
const PARTICLE_VERBS = new Set(AUX.particleVerbs);
/** Words before "to" that lend their subject to the verb after it ("began to ask"). */
const CONTROL_WORDS = new Set(AUX.controlWords);
/** Words that end a backward search for a post-modified subject. */
const CLAUSE_STOPS = new Set(AUX.clauseStops);
/** Words that open a phrase modifying a source ("a source familiar with…", "officials close to…"). */
const POSTMODIFIER_STARTERS = new Set(AUX.postmodifierStarters);
/** Pronouns that can be a source. */
const PRONOUNS = new Set(NOUNS.pronouns);
/** Relative pronouns: the source is the noun phrase before them ("a report, which found…"). */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Pronouns that never name a source after an inverted verb ("…,” said he" but not "said it"). */
const NOT_AFTER_VERB_PRONOUNS = new Set(['it', 'who', 'which']);
/** Pronouns that stand for one person. */
const PERSON_PRONOUNS = new Set(NOUNS.personPronouns);
/** One unnamed person, whom a later "he" or "she" may stand for ("a spokesman", "her mother"). */
const UNNAMED_WOMEN = new Set(NOUNS.unnamedWoman);
const UNNAMED_MEN = new Set(NOUNS.unnamedMan);
const UNNAMED_PEOPLE = new Set([...NOUNS.unnamedPerson, ...UNNAMED_WOMEN, ...UNNAMED_MEN]);
/** The article naming itself ("A version of this article appears in print"). */
const SELF_REFERENCE = new Set(NOUNS.selfReference);
/**
 * Pronouns that stand for the person named before them. "I" is the writer or a speaker inside a
 * quotation, and "you" is the reader: neither is the last name in the text.
 */
const ANAPHORIC_PRONOUNS = new Set(['he', 'she']);
/** Given names: a capitalised run that starts with one is a person, not a product or a place. */
const GIVEN_NAMES = new Set(GIVEN_NAMES_LIST.names);
/** Given names read as a woman's or as either, so that "he" and "she" skip the wrong person. */
const FEMALE_NAMES = new Set(GIVEN_NAMES_LIST.female);
const UNISEX_NAMES = new Set(GIVEN_NAMES_LIST.unisex);
/** Countries and cities: "South Africa said" is a government speaking, not a person. */
const PLACE_NAMES = new Set([...PLACES.places, ...Object.values(PLACES.demonyms)]);
/** Middle initials ("R" in "Stuart R. Kaplan", "H.W" in "George H.W. Bush"). */
const INITIAL = /^\p{Lu}(?:\.\p{Lu})*$/u;
/** Runs of white space, as one space in a name. */
const SPACES = /\s+/g;
/** How far back (in characters) "he" or "she" prefers a known person to a capitalised run. */
const PRONOUN_LOOKBACK_CHARS = 1500;
/** Common nouns naming unnamed people ("officials", "a source"). */
const ANONYMOUS_NOUNS = new Set(NOUNS.anonymous);
/** Common nouns naming organisations ("the campaign"). */
const ORGANISATION_NOUNS = new Set(NOUNS.organisation);
/** Common nouns naming documents ("the report", "a poll"). */
const DOCUMENT_NOUNS = new Set(NOUNS.document);
/** Participles closing a phrase that names the people a poll asked ("those surveyed"). */
const SURVEY_PARTICIPLES = new Set(NOUNS.surveyed);
/** Words that may open or modify a common-noun source ("a", "senior", "White House"). */
const DETERMINERS = new Set(NOUNS.determiners);

/** Multi-word cue phrases, split into lower-case words. */
const SOURCE_AFTER_PHRASES = indexPhrases(PHRASES.sourceAfter.map((p) => p.split(' ')));
const DECLINED_PHRASES = indexPhrases(PHRASES.declined.map((p) => p.split(' ')));
const OUTLET_AFTER_PHRASES = indexPhrases(PHRASES.outletAfter.map((p) => p.split(' ')));
const ANONYMITY_PHRASES = indexPhrases(PHRASES.anonymity.map((p) => p.split(' ')));
const CUE_TAILS = indexPhrases(PHRASES.cueTails.map((p) => p.split(' ')));
const VERB_PHRASES = indexPhrases(PHRASES.verbPhrases.map((p) => p.split(' ')));
const NOUN_COMPOUNDS = indexPhrases(PHRASES.nounCompounds.map((p) => p.split(' ')));

/** Every word a cue can start with: verbs, first words of phrases, "in" (polls). */
const CUE_STARTS = new Set([
  ...VERB_FORMS,
  ...SOURCE_AFTER_PHRASES.keys(),
  ...DECLINED_PHRASES.keys(),
  ...OUTLET_AFTER_PHRASES.keys(),
  ...ANONYMITY_PHRASES.keys(),
  ...VERB_PHRASES.keys(),
  'according',
  'in',
]);

/**
 * How far back a source may stand from its verb when a phrase modifies it ("a source familiar with
 * the matter said").
 */
const MAX_POSTMODIFIER_WORDS = 7;
/** An adverb between a source and its verb ("publicly said"). */
const ADVERB = /^\p{L}{3,}ly$/u;
/** Words ending in -ly that are nouns, not adverbs. */
const NOT_ADVERBS = new Set([
  'family',
  'ally',
  'rally',
  'assembly',
  'supply',
  'italy',
  'reply',
  'july',
  'belly',
  'bully',
  'fly',
]);
/** Conjunctions after which a verb shares the sentence's subject. */
const COORDINATORS = new Set(['and', 'but', 'then', 'or']);
/** Verbs of saying, whose subject may be any noun phrase ("The actress said"). */
const SPEECH_VERBS = new Set([
  'said',
  'say',
  'says',
  'told',
  'tell',
  'tells',
  'added',
  'adds',
  'wrote',
  'writes',
  'asked',
  'replied',
  'explained',
  'noted',
  'argued',
  'insisted',
  'warned',
  'predicted',
  'acknowledged',
  'agreed',
  'believe',
  'believes',
  'think',
  'thinks',
  'worry',
  'fear',
]);
/** Small words that never head a source. */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'as',
  'that',
  'which',
  'what',
  'this',
  'it',
  'is',
  'was',
  'be',
  'not',
  'no',
  'so',
  'than',
  'then',
  'there',
  'here',
  'if',
  'when',
  'where',
  'how',
  'why',
  'about',
  'into',
  'over',
  'after',
  'before',
  'up',
  'out',
  'also',
  'just',
  'all',
  'only',
  'more',
  'most',
  'very',
  'too',
]);
/** Numbers heading a source ("two", "Two in three", "63 percent"). */
const NUMBER_WORD =
  /^(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozens|hundreds|thousands|half|majority|percent)$/;
/** Words that end a share of a group before "of" ("58 percent", "a majority"), with numbers. */
const SHARE_WORDS = new Set(NOUNS.shares);
/** Words that may lead a share ("about a third", "nearly 60 percent"). */
const SHARE_MODIFIERS = new Set(NOUNS.shareModifiers);
/** Longest share read before "of". */
const MAX_SHARE_WORDS = 6;
/** Pieces between a source and its cue beyond which the source no longer bounds the content. */
const MAX_SOURCE_CUE_GAP = 4;
/** Prepositions that open a place or occasion after a cue ("said at a rally"). */
const PLACE_LEADERS = new Set(['at', 'during', 'after', 'before', 'from', 'to', 'of', 'about']);
/** Fewest words after a cue that make a reported clause. */
const MIN_CLAUSE_WORDS = 3;
/** Prepositions after which a gerund cue is done by the sentence's subject ("by saying"). */
const GERUND_LEADERS = new Set(['by', 'after', 'before', 'while', 'without']);
/** Verbs whose object is the person spoken to ("told Mr. Obama"). */
const LISTENER_VERBS = new Set(['told', 'tells', 'tell', 'asked', 'asks']);
/** Participles that name a thing after "a <noun>" ("a group called…"). */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'entitled']);
/** Words after which a verb form is a noun ("the remark", "his claim"). */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'its', 'their', 'our', 'my', 'your']);
/** Words that open a reported clause right after its cue ("said that…", "say they…"). */
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'we', 'i', 'it', 'there']);
/** Punctuation that closes a source phrase read forwards. */
const PHRASE_END = /^[,.;:!?—–]$/;
/** An auxiliary contracted onto a pronoun ("he’s", "they're", "I'll"). */
const CONTRACTION = /['’](?:s|re|ve|ll|d|m)$/;
/** A possessive ending ("Trump’s"). */
const POSSESSIVE = /['’]s$/;
/** A negated auxiliary written as one word ("doesn't", "can’t"). */
const NEGATED_AUXILIARY = /n['’]t$/;
/** A plural common noun that can be a subject with no determiner ("forecasters"). */
const BARE_PLURAL = /^\p{Ll}[\p{L}-]{2,}[^su’']s$/u;
/** A plural noun naming people by what they do ("lobbyists", "attendees", "watchers"). */
const AGENT_PLURAL = /^\p{Ll}[\p{L}-]{2,}(?:ers|ors|ists|ians|ants|ents|ees)$/u;
/** Longest appositive skipped between a source and its verb ("Beruff, a Scott ally, called"). */
const MAX_APPOSITIVE_WORDS = 16;
/** A regular past participle. */
const PARTICIPLE = /ed$/;
/** Irregular participles of reporting verbs. */
const IRREGULAR_PARTICIPLES = new Set([
  'told',
  'known',
  'seen',
  'written',
  'shown',
  'thought',
  'said',
  'found',
]);
/** A person's age, written between commas after the name ("Jo Poe, 53, said"). */
const AGE = /^\d{1,3}$/;

/** A year, which may stand between a subject and its verb ("who in 2010 said"). */
const YEAR = /^(?:19|20)\d\d$/;

/** Forms of "find", which report a finding unless a reflexive follows ("found itself"). */
const FIND_FORMS = new Set(['find', 'finds', 'found', 'finding']);

/** Determiners that open a subject noun phrase ("The senator", "His campaign", "Both parents"). */
const SUBJECT_DETERMINERS = new Set([...NOUN_MARKERS, 'her', 'both']);

/**
 * Frequent irregular past-tense verbs, which end a sentence's subject ("The former governor stuck
 * to policy…, saying…") where a regular verb's "-ed" does.
 */
const PAST_VERBS = new Set(AUX.pastVerbs);
/** Forms of "be" that make a participle passive. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
/** Nouns that make "in the latest … poll" an attribution to the poll. */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);
/** Words that single out one poll ("the latest poll"). */
const POLL_MODIFIERS = new Set([
  'new',
  'latest',
  'recent',
  'same',
  'this',
  'that',
  'earlier',
  'national',
  'statewide',
]);
/** Longest phrase read between "in" and "poll". */
const MAX_POLL_PHRASE_WORDS = 9;
/** Longest description skipped between a name and a speech verb. */
const MAX_SPEECH_APPOSITIVE_WORDS = 30;
/** Longest subject with its description ("A poll of … released on Tuesday"). */
const MAX_DESCRIBED_SUBJECT_WORDS = 16;
/** Longest common-noun source phrase read backwards ("two senior White House officials"). */
const MAX_NOUN_PHRASE_WORDS = 5;
/** Longest source phrase read forwards after an inverted verb or "according to". */
const MAX_FORWARD_SOURCE_WORDS = 10;
/** Quotes this short with no cue are scare quotes, titles, nicknames or words-as-words. */
export const MAX_UNATTRIBUTED_SHORT_QUOTE_WORDS = 3;
/** A quote continues its speaker into the next quote at most this many blocks later. */
const MAX_CONTINUATION_BLOCKS = 1;

/** Words before a quote that mark a title of a work or a name, not speech. */
const TITLE_CUES = new Set([
  'titled',
  'entitled',
  'dubbed',
  'nicknamed',
  'named',
  'book',
  'film',
  'movie',
  'song',
  'album',
  'show',
  'series',
  'column',
  'headline',
  'op-ed',
  'essay',
  'article',
  'slogan',
  'hashtag',
  'word',
  'words',
  'term',
  'phrase',
  'label',
]);

/** Adverbs of degree, which make a following participle an adjective ("most promising"). */
const DEGREE_ADVERBS = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'highly']);

/** Sentence adverbs that may also stand between a subject and its verb ("Carter however said"). */
const INTERJECTED_ADVERBS = ['however', 'meanwhile', 'indeed', 'instead'];

/** Sentence adverbs and conjunctions that may open a sentence before its subject. */
const LEADING_ADVERBS = new Set([
  'now',
  'then',
  'also',
  'still',
  'yet',
  'so',
  'but',
  'and',
  'or',
  ...INTERJECTED_ADVERBS,
]);

/** A quotation whose last word is followed by a comma inside the closing mark. */
const QUOTE_ENDS_WITH_COMMA = /,\s*[”"’']+$/;

/** Prepositions and participles that open an introductory phrase before the subject. */
const INTRODUCTION_OPENERS = new Set([
  'despite',
  'following',
  'during',
  'amid',
  'among',
  'with',
  'without',
  'for',
  'from',
  'by',
  'under',
  'like',
  'unlike',
  'until',
  'although',
  'though',
  'because',
  'once',
  'over',
  'throughout',
  'within',
  'against',
  'asked',
  'speaking',
  'addressing',
  'earlier',
  'later',
  'last',
  'late',
  'early',
]);
/** Sentence openers that set a scene before the subject ("In Iowa, …", "Still, …"). */
const SCENE_OPENERS = new Set([
  'in',
  'on',
  'at',
  'as',
  'if',
  'after',
  'before',
  'while',
  'since',
  'when',
  'where',
  'today',
  'yesterday',
  'here',
  'there',
  ...LEADING_ADVERBS,
]);
/** Longest introductory phrase skipped before a subject. */
const MAX_INTRODUCTION_WORDS = 12;

/** Days and months: "said Tuesday" names no source. */
const DATE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'last',
  'this',
  'next',
]);

/**
 * A time phrase between a source and its verb, read backwards: "Trump on Friday endorsed", "The
 * company in 2009 agreed", "Clinton Tuesday night said".
 */
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|afternoon|evening|week|month|year|(?:19|20)\d\d)$/;
/** Words that lead a time phrase ("on Friday", "last week"). */
const TIME_LEADERS = new Set(['on', 'in', 'last', 'this', 'early', 'late', 'earlier', 'later']);

/** A piece of a sentence: a word, a punctuation mark, a whole quotation or a whole outlet name. */
interface Piece extends TextSpan {
  text: string;
  lower: string;
  isWord: boolean;
  quote: number;
  outlet: OutletMention | null;
  token: Token | null;
}

/** A name in the text that "he" or "she" may stand for. */
interface PersonMention {
  at: number;
  name: string;
  /** Named as a source, after a title or with a known given name, not merely capitalised. */
  known: boolean;
  /** The pronoun the given name or noun takes, when it has a known one. */
  pronoun: 'he' | 'she' | null;
  /** A named person, or how an unnamed one was read ("her mother", "a company spokesman"). */
  kind: SourceKind;
}

/** A found cue with its source and content. */
export interface CueMatch {
  cue: string;
  cueSpan: TextSpan;
  /** The source as written near the cue (may be a pronoun or a titled name). */
  sourceText: string | null;
  sourceSpan: TextSpan | null;
  /** The source resolved to a full name or canonical outlet. */
  source: string | null;
  sourceKind: SourceKind | null;
  content: TextSpan;
  kind: AttributionKind;
  /** Quotes (indices into `quotes`) this cue attributes. */
  quotes: number[];
  sentence: TextSpan;
  /** The blockquote this cue introduces ("X reports:" + blockquote), or -1. */
  introducesBlockquote: number;
}

/** A quotation with what the analysis decided about it. */
export interface QuoteMatch extends QuotedSpan {
  isSpeech: boolean;
  /** The quote's sentence holds a reporting word, attributed or not. */
  nearCue: boolean;
  partial: boolean;
  cue: number;
  speaker: string | null;
  speakerKind: SourceKind | null;
}

/** Everything the quote and attribution finders share. */
export interface SourcingAnalysis {
  quotes: QuoteMatch[];
  cues: CueMatch[];
}

const CACHE = new WeakMap<ArticleText, SourcingAnalysis>();

/** Analyses the sourcing of an article once and caches it per ArticleText. */
export function analyzeSourcing(articleText: ArticleText): SourcingAnalysis {
  const cached = CACHE.get(articleText);
  if (cached) return cached;
  const result = new SourcingAnalyzer(articleText).run();
  CACHE.set(articleText, result);
  return result;
}

function isSourceNoun(word: string): boolean {
  return ANONYMOUS_NOUNS.has(word) || ORGANISATION_NOUNS.has(word) || DOCUMENT_NOUNS.has(word);
}

function matchWords(pieces: readonly Piece[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const piece = pieces[at + k];
    if (!piece || piece.lower !== words[k]) return false;
  }
  return true;
}

/** Phrases indexed by their first word, so most pieces are rejected with one look-up. */
type PhraseIndex = Map<string, string[][]>;

function indexPhrases(phrases: readonly string[][]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const words of phrases) {
    const first = words[0] as string;
    index.set(first, [...(index.get(first) ?? []), words]);
  }
  return index;
}

function longestPhrase(pieces: readonly Piece[], at: number, phrases: PhraseIndex): number {
  const candidates = phrases.get(pieces[at]?.lower ?? '');
  if (!candidates) return 0;
  let best = 0;
  for (const words of candidates) {
    if (words.length > best && matchWords(pieces, at, words)) best = words.length;
  }
  return best;
}

interface SourcePhrase {
  first: number;
  last: number;
}

/**
 * "Said Comey, …", "On Thursday, …": a verb or preposition opening the sentence (or the run of
 * capitalised words), or a weekday, is not part of a name.
 */
function isNeverInName(piece: Piece, opensSentence: boolean, opensRun: boolean): boolean {
  return (
    (opensRun &&
      (INTRODUCTION_OPENERS.has(piece.lower) ||
        SENTENCE_OPENERS.has(piece.lower) ||
        (opensSentence && VERB_FORMS.has(piece.lower)))) ||
    TIME_WORD.test(piece.lower)
  );
}

class SourcingAnalyzer {
  private readonly text: string;
  private readonly blocks: readonly TextBlock[];
  private readonly outlets: OutletMention[];
  private readonly quotes: QuoteMatch[] = [];
  private readonly cues: CueMatch[] = [];
  /** Surname → full name, from every capitalised name seen so far. */
  private readonly fullNames = new Map<string, string>();
  /** Cues found so far in the sentence being read. */
  private sentenceCues: CueMatch[] = [];
  /** People named so far (full names where known), in text order, for "he"/"she". */
  private readonly personMentions: PersonMention[] = [];

  constructor(articleText: ArticleText) {
    this.text = articleText.text;
    this.blocks = articleText.blocks;
    this.outlets = findOutletMentions(this.text);
  }

  run(): SourcingAnalysis {
    const spans = findQuotedSpans(this.text, this.blocks);
    for (const span of spans) {
      this.quotes.push({
        ...span,
        isSpeech: true,
        nearCue: false,
        partial: false,
        cue: -1,
        speaker: null,
        speakerKind: null,
      });
    }
    const sentences = splitSentences(this.text, this.blocks, spans);
    let q = 0;
    for (const sentence of sentences) {
      while (q < this.quotes.length && (this.quotes[q] as QuoteMatch).end <= sentence.start) q++;
      this.readSentence(sentence, q);
    }
    this.finishQuotes();
    return { quotes: this.quotes, cues: this.cues };
  }

  private buildPieces(sentence: TextSpan, firstQuote: number): Piece[] {
    const pieces: Piece[] = [];
    let q = firstQuote;
    let o = 0;
    while (o < this.outlets.length && (this.outlets[o] as OutletMention).end <= sentence.start) o++;
    for (const token of tokenize(this.text, sentence.start, sentence.end)) {
      while (q < this.quotes.length && (this.quotes[q] as QuoteMatch).end <= token.start) q++;
      const quote = this.quotes[q];
      if (quote && quote.start <= token.start && token.start < quote.end) {
        const last = pieces[pieces.length - 1];
        if (last && last.quote === q) continue;
        const start = Math.max(quote.start, sentence.start);
        const end = Math.min(quote.end, sentence.end);
        pieces.push(this.makePiece(start, end, q, null, null));
        continue;
      }
      while (o < this.outlets.length && (this.outlets[o] as OutletMention).end <= token.start) o++;
      const outlet = this.outlets[o];
      if (outlet && outlet.start < token.end && token.start < outlet.end) {
        const last = pieces[pieces.length - 1];
        if (last && last.outlet === outlet) continue;
        pieces.push(this.makePiece(outlet.start, outlet.end, -1, outlet, null));
        continue;
      }
      pieces.push(this.makePiece(token.start, token.end, -1, null, token));
    }
    return pieces;
  }

  private makePiece(
    start: number,
    end: number,
    quote: number,
    outlet: OutletMention | null,
    token: Token | null,
  ): Piece {
    const text = token ? token.text : this.text.slice(start, end);
    return {
      start,
      end,
      text,
      lower: token ? token.lower : text.toLowerCase(),
      isWord: token ? token.isWord : quote < 0,
      quote,
      outlet,
      token,
    };
  }

  private readSentence(sentence: TextSpan, firstQuote: number): void {
    const pieces = this.buildPieces(sentence, firstQuote);
    this.learnNames(pieces);
    const found: CueMatch[] = [];
    this.sentenceCues = found;
    let hasCueWord = false;
    let isAnonymous = false;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k] as Piece;
      // One look-up rejects most pieces: no cue starts with them and no colon follows.
      if (!CUE_STARTS.has(piece.lower) && pieces[k + 1]?.text !== ':') continue;
      if (piece.quote < 0 && (VERB_FORMS.has(piece.lower) || piece.lower === 'according')) {
        hasCueWord = true;
      }
      if (longestPhrase(pieces, k, ANONYMITY_PHRASES) > 0) isAnonymous = true;
      const match = this.readCueAt(pieces, k, sentence);
      if (!match) continue;
      if (!this.isSelfReference(pieces, match.cue)) found.push(match.cue);
      k = match.next - 1;
    }
    if (isAnonymous) {
      // "…, who spoke on condition of anonymity, said": the source is anonymous whatever its noun.
      for (const cue of found) {
        if (cue.sourceKind !== 'outlet' && cue.sourceKind !== 'person')
          cue.sourceKind = 'anonymous';
      }
    }
    if (hasCueWord) {
      for (const piece of pieces)
        if (piece.quote >= 0) (this.quotes[piece.quote] as QuoteMatch).nearCue = true;
    }
    this.linkQuotes(pieces, found);
    this.linkQuoteBefore(sentence, firstQuote, found);
    this.cues.push(...found);
  }

  /**
   * "…are they small hands?” Trump said.": a question or exclamation closing a quotation ends the
   * sentence, so a cue with nothing to report in the next one takes the quote just before it.
   */
  private linkQuoteBefore(sentence: TextSpan, firstQuote: number, found: CueMatch[]): void {
    const cue = found[0];
    const quote = this.quotes[firstQuote - 1];
    if (!cue || !quote || quote.cue >= 0 || cue.quotes.length > 0) return;
    if (this.text.slice(cue.content.start, cue.content.end).trim()) return;
    if (this.text.slice(quote.end, sentence.start).trim()) return;
    const opening = Math.min(cue.cueSpan.start, cue.sourceSpan?.start ?? cue.cueSpan.start);
    if (this.text.slice(sentence.start, opening).trim()) return;
    quote.cue = this.cues.length;
    quote.speaker = cue.source;
    quote.speakerKind = cue.sourceKind;
    quote.partial = /^\p{Ll}/u.test(this.text.slice(quote.innerStart, quote.innerStart + 1));
    quote.nearCue = true;
    cue.quotes.push(firstQuote - 1);
    cue.content = { start: quote.start, end: quote.end };
  }

  /** Records full names ("John Kerry") so later surnames ("Kerry", "Mr. Kerry") resolve. */
  private learnNames(pieces: readonly Piece[]): void {
    let run: Token[] = [];
    const flush = () => {
      if (run.length < 2) {
        run = [];
        return;
      }
      let name = findNameTokens(run);
      // "Enter Stuart Kaplan.", "Meet Jane Roe, …": the sentence's first word before a given name
      // is not part of the name.
      if (
        name.length > 2 &&
        name[0] === pieces[0]?.token &&
        GIVEN_NAMES.has((name[1] as Token).text) &&
        !GIVEN_NAMES.has((name[0] as Token).text)
      )
        name = name.slice(1);
      if (name.length >= 2) {
        // As written, initials' dots included; "Lorenz’s colleague" names Lorenz.
        const full = this.text
          .slice((name[0] as Token).start, (name[name.length - 1] as Token).end)
          .replace(SPACES, ' ')
          .replace(POSSESSIVE, '');
        const surname = (name[name.length - 1] as Token).text.replace(POSSESSIVE, '');
        if (!this.fullNames.has(surname)) this.fullNames.set(surname, full);
        const first = name[0] as Token;
        // "John Kerry" after "John F. Kerry" is him; "Te Kaurinui Parata" after "Hori Parata" is not.
        const stored = this.fullNames.get(surname) as string;
        this.personMentions.push({
          at: first.start,
          name: stored.startsWith(`${first.text} `) ? stored : full,
          pronoun: pronounOf(first.text),
          kind: 'person',
          // A title before the name ("Secretary John Kerry"), a known given name in it, or a
          // middle initial ("Nelson D. Schwartz"), which only people's names have.
          known:
            first !== run[0] ||
            name.some((token) => GIVEN_NAMES.has(token.text)) ||
            name.slice(1, -1).some((token) => INITIAL.test(token.text)),
        });
      }
      run = [];
    };
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k] as Piece;
      if (
        piece.token &&
        piece.isWord &&
        (isCapitalised(piece.token) || run.length > 0) &&
        !isNeverInName(piece, k === 0, run.length === 0)
      ) {
        if (isCapitalised(piece.token) || isTitleWord(piece.text)) {
          // A capitalised first word of a sentence is not part of a name unless a name follows.
          run.push(piece.token);
          continue;
        }
      }
      // "Stuart R. Kaplan": the dot of a middle initial does not end the name.
      const initial = run[run.length - 1];
      const next = pieces[k + 1]?.token;
      if (
        piece.text === '.' &&
        initial &&
        INITIAL.test(initial.text) &&
        next &&
        isCapitalised(next)
      )
        continue;
      if (run.length > 0) flush();
    }
    if (run.length > 0) flush();
  }

  private readCueAt(
    pieces: readonly Piece[],
    k: number,
    sentence: TextSpan,
  ): { cue: CueMatch; next: number } | null {
    const piece = pieces[k] as Piece;
    if (!piece.isWord || piece.quote >= 0) return null;
    if (this.describesDocument(pieces, k)) return null;

    const declined = longestPhrase(pieces, k, DECLINED_PHRASES);
    if (declined) {
      const source = this.findSourceBefore(pieces, k);
      if (!source) return null;
      return this.makeCue(
        pieces,
        k,
        k + declined - 1,
        source,
        'before',
        sentence,
        'declined-comment',
      );
    }
    const after = longestPhrase(pieces, k, SOURCE_AFTER_PHRASES);
    if (after) {
      // "according to U.S. Census data", "according to him": the phrase runs to the punctuation.
      const source =
        this.findSourceAfter(pieces, k + after, true) ?? this.readToPunctuation(pieces, k + after);
      if (!source) return null;
      return this.makeCue(pieces, k, k + after - 1, source, 'after', sentence, 'attribution');
    }
    const toOutlet = longestPhrase(pieces, k, OUTLET_AFTER_PHRASES);
    if (toOutlet && pieces[k + toOutlet]?.outlet) {
      // "In an interview with CNN, …": the claim comes through the outlet, as well as its speaker.
      const at = k + toOutlet;
      const match = this.makeCue(
        pieces,
        k,
        at - 1,
        { first: at, last: at },
        'after',
        sentence,
        'attribution',
      );
      return { cue: match.cue, next: toOutlet === 1 ? k + 1 : match.next };
    }
    if (piece.lower === 'in') return this.readPollCue(pieces, k, sentence);
    if (piece.outlet)
      return pieces[k + 1]?.text === ':' ? this.readColonCue(pieces, k, sentence) : null;
    const verbPhrase = longestPhrase(pieces, k, VERB_PHRASES);
    if (verbPhrase) {
      // "Jo Poe made it clear that…": the phrase stands where a reporting verb would.
      const source = this.findSourceBefore(pieces, k);
      if (!source) return null;
      const last = k + verbPhrase - 1;
      return this.makeCue(pieces, k, last, source, 'before', sentence, 'attribution');
    }
    if (!VERB_FORMS.has(piece.lower)) {
      return this.readColonCue(pieces, k, sentence);
    }
    // "played down the remark", "a new report", "by 18 points", "4 percentage points": after an
    // article, a possessive or a quantity it is a noun.
    const previous = pieces[k - 1];
    if (
      NOUN_MARKERS.has(previous?.lower ?? '') ||
      this.isPossessive(previous) ||
      (/^\d/.test(previous?.text ?? '') && !YEAR.test(previous?.text ?? '')) ||
      previous?.lower === 'percentage'
    )
      return null;
    // "a liberal think tank", "his radio show".
    if (longestPhrase(pieces, k, NOUN_COMPOUNDS) || longestPhrase(pieces, k - 1, NOUN_COMPOUNDS))
      return null;
    if (this.isNamingParticiple(pieces, k)) return null;
    if (this.isIdiom(pieces, k)) return null;
    if (this.isInsideName(pieces, k)) return null;
    // Passive: "as reported by X", "was told by X".
    let last = k;
    const tail = longestPhrase(pieces, k + 1, CUE_TAILS);
    if (tail) last += tail;
    else if (PARTICLE_VERBS.has(piece.lower) && PARTICLES.has(pieces[k + 1]?.lower ?? ''))
      last = k + 1;

    if (this.isPassive(pieces, k) && piece.lower !== 'expected') {
      // "he was criticized", "she was told": the subject is not the source; "by X" is.
      if (pieces[last + 1]?.lower !== 'by') return null;
      const source = this.findSourceAfter(pieces, last + 2, true);
      return source
        ? this.makeCue(pieces, k, last + 1, source, 'after', sentence, 'attribution')
        : null;
    }
    const leader = pieces[k - 1]?.lower ?? '';
    if (/ing$/.test(piece.lower) && GERUND_LEADERS.has(leader) && k > 1) {
      // "Jo Poe distanced herself by saying…", "…, after saying…": the gerund is the subject's.
      const previous = this.sentenceCues[this.sentenceCues.length - 1];
      if (previous) return this.makeSharedCue(pieces, k, last, previous, sentence);
      const subject = this.findSentenceSubject(pieces, k - 1);
      return subject
        ? this.makeCue(pieces, k, last, subject, 'before', sentence, 'attribution')
        : null;
    }
    // "criticized her for saying…": the gerund is what the subject is blamed or praised for.
    if (/ing$/.test(piece.lower) && leader === 'for') return null;
    // "one of Africa's most promising states": after a degree adverb it is an adjective.
    if (/ing$/.test(piece.lower) && DEGREE_ADVERBS.has(leader)) return null;
    if (/ing$/.test(piece.lower) && this.endsWithComma(pieces[k - 1])) {
      // "X said …, adding that …": the participle shares the previous cue's source. Asked before
      // the words before the comma, which are mostly its object ("attacked Obama, calling him…").
      const previous = this.sentenceCues[this.sentenceCues.length - 1];
      if (previous) return this.makeSharedCue(pieces, k, last, previous, sentence);
      // "He went further on Tuesday, saying…": or the sentence's subject.
      const subject = this.findSentenceSubject(pieces, k - 1);
      if (subject) return this.makeCue(pieces, k, last, subject, 'before', sentence, 'attribution');
    }
    let before = this.findSourceBefore(pieces, k);
    if (before && /ing$/.test(piece.lower) && this.isObjectDocument(pieces, before)) {
      // "Jo Poe and Al Roe issued a statement describing…": its authors are the source.
      before = this.findSentenceSubject(pieces, before.first - 1) ?? before;
    }
    const inverted = this.isInvertedPosition(pieces, k);
    // '“…,” posted Jo Poe.': after a quotation closed on its comma any reporting verb may
    // stand before its source, when the source ends the clause.
    const afterQuotedClause = this.endsWithComma(pieces[k - 1]) && pieces[k - 1]?.text !== ',';
    if (inverted && (INVERTING_VERBS.has(piece.lower) || afterQuotedClause)) {
      // Right after a quotation, "said conservative activist Bob Klaus" may open with lower case.
      const afterQuote = (pieces[k - 1]?.quote ?? -1) >= 0;
      let source = this.findSourceAfter(pieces, last + 1, afterQuote);
      if (source && !INVERTING_VERBS.has(piece.lower) && !this.endsClause(pieces[source.last + 1]))
        source = null;
      // "Jo Poe, a broker, said Mr. Trump was right": a verb after the name makes it the subject
      // of the content, and "…, told Mr. Obama" names the listener, unless a quote precedes.
      // "Jo Poe, a broker, said the burden of the rule…": with a subject before the commas, a
      // phrase after the verb names the source only when it ends the clause ("…, said Jo Poe.").
      const opensContent =
        source &&
        (this.isVerbLike(pieces[source.last + 1]) ||
          (!afterQuote && before !== null && !this.endsClause(pieces[source.last + 1])));
      const namesListener = !afterQuote && LISTENER_VERBS.has(piece.lower);
      if (source && !opensContent && !namesListener)
        return this.makeCue(pieces, k, last, source, 'after', sentence, 'attribution');
    }
    if (before) return this.makeCue(pieces, k, last, before, 'before', sentence, 'attribution');
    if (pieces[last + 1]?.lower === 'by') {
      const source = this.findSourceAfter(pieces, last + 2, true);
      if (source)
        return this.makeCue(pieces, k, last + 1, source, 'after', sentence, 'attribution');
    }
    return null;
  }

  /**
   * "…, when Rubio thanked Miami and said…": the source of the last cue before piece `j` in the
   * sentence, as pieces.
   */
  private findPreviousCueSource(pieces: readonly Piece[], j: number): SourcePhrase | null {
    const previous = this.sentenceCues[this.sentenceCues.length - 1];
    const span = previous?.sourceSpan;
    if (!span || span.end > (pieces[j] as Piece).start) return null;
    let first = -1;
    let last = -1;
    for (let h = j - 1; h >= 0; h--) {
      const p = pieces[h] as Piece;
      if (p.end <= span.start) break;
      if (p.start >= span.start && p.end <= span.end) {
        last = last < 0 ? h : last;
        first = h;
      }
    }
    return first >= 0 ? { first, last } : null;
  }

  /** True when the cue's source is the article itself ("this story"). */
  private isSelfReference(pieces: readonly Piece[], cue: CueMatch): boolean {
    const span = cue.sourceSpan;
    if (!span) return false;
    const last = pieces.findIndex((piece) => piece.end === span.end);
    return (
      last > 0 &&
      SELF_REFERENCE.has((pieces[last] as Piece).lower) &&
      (pieces[last - 1] as Piece).lower === 'this'
    );
  }

  /**
   * True for a capitalised verb form inside a name ("the Paris Motor Show"), in a sentence not
   * written in title case as headlines are ("Obama Says Talks Will Go On").
   */
  private isInsideName(pieces: readonly Piece[], k: number): boolean {
    const token = (pieces[k] as Piece).token;
    const before = pieces[k - 1]?.token;
    if (!token || !before || !isCapitalised(token) || !isCapitalised(before)) return false;
    return pieces.some(
      (piece) =>
        piece.token && piece.isWord && piece.text.length > 3 && !isCapitalised(piece.token),
    );
  }

  /** The end of the sentence, or punctuation closing a phrase. */
  private endsClause(piece: Piece | undefined): boolean {
    return !piece || PHRASE_END.test(piece.text);
  }

  /** An auxiliary or a reporting verb form. */
  private isVerbLike(piece: Piece | undefined): boolean {
    if (!piece || !piece.isWord || piece.quote >= 0) return false;
    return (
      AUXILIARIES.has(piece.lower) ||
      VERB_FORMS.has(piece.lower) ||
      NEGATED_AUXILIARY.test(piece.lower)
    );
  }

  /**
   * "A statement issued Tuesday said…", "the report released by…": a participle after a document,
   * before a time or its agent, says how the document came out, not what it reports.
   */
  private describesDocument(pieces: readonly Piece[], k: number): boolean {
    const next = pieces[k + 1]?.lower ?? '';
    return (
      this.isDocumentParticiple(pieces, k) &&
      (TIME_WORD.test(next) || TIME_LEADERS.has(next) || next === 'by')
    );
  }

  /** A lower-case participle right after a document noun ("the poll released…"). */
  private isDocumentParticiple(pieces: readonly Piece[], k: number): boolean {
    const participle = pieces[k];
    return (
      participle?.token != null &&
      !isCapitalised(participle.token) &&
      PARTICIPLE.test(participle.lower) &&
      DOCUMENT_NOUNS.has(pieces[k - 1]?.lower ?? '')
    );
  }

  /**
   * "the campaign found itself in a battle", "it is, you know, hard": a reflexive after "find" or a
   * "you know" said in passing reports nothing.
   */
  private isIdiom(pieces: readonly Piece[], k: number): boolean {
    const word = (pieces[k] as Piece).lower;
    const next = pieces[k + 1];
    if (FIND_FORMS.has(word)) return next !== undefined && INTENSIFIERS.has(next.lower);
    return (
      word === 'know' &&
      pieces[k - 1]?.lower === 'you' &&
      (next === undefined || PHRASE_END.test(next.text)) &&
      (k < 2 || PHRASE_END.test((pieces[k - 2] as Piece).text))
    );
  }

  /** "a group called Citizens for Trump", "a firm named Acme": a participle naming a thing. */
  private isNamingParticiple(pieces: readonly Piece[], k: number): boolean {
    if (!NAMING_PARTICIPLES.has((pieces[k] as Piece).lower)) return false;
    const next = pieces[k + 1];
    if (!next || !(next.quote >= 0 || next.outlet || (next.token && isCapitalised(next.token))))
      return false;
    const noun = pieces[k - 1];
    if (!noun?.token || !noun.isWord || isCapitalised(noun.token) || PRONOUNS.has(noun.lower))
      return false;
    for (let h = k - 2; h >= 0 && k - h <= 4; h--) {
      const p = pieces[h] as Piece;
      if (p.lower === 'a' || p.lower === 'an') return true;
      if (!p.isWord) return false;
    }
    return false;
  }

  /** The name before "in <document>" ("Jo Poe in a statement said"), or null. */
  private readAuthorBeforeMedium(
    pieces: readonly Piece[],
    phrase: SourcePhrase,
  ): SourcePhrase | null {
    const head = (pieces[phrase.last] as Piece).lower;
    if (!DOCUMENT_NOUNS.has(head) || pieces[phrase.first - 1]?.lower !== 'in') return null;
    const before = pieces[phrase.first - 2];
    if (!before?.isWord || before.quote >= 0) return null;
    if (PRONOUNS.has(before.lower)) return { first: phrase.first - 2, last: phrase.first - 2 };
    return this.readPhraseBackward(pieces, phrase.first - 2);
  }

  /** A name's possessive ("Poe’s show"), not a contracted pronoun ("That’s", "He’s"). */
  private isPossessive(piece: Piece | undefined): boolean {
    if (!piece?.token || !POSSESSIVE.test(piece.lower) || !isCapitalised(piece.token)) return false;
    const base = piece.lower.replace(POSSESSIVE, '');
    return !PRONOUNS.has(base) && !FUNCTION_WORDS.has(base) && base !== 'let';
  }

  /** A document phrase that is a verb's object ("released a report"), not a subject. */
  private isObjectDocument(pieces: readonly Piece[], phrase: SourcePhrase): boolean {
    const head = (pieces[phrase.last] as Piece).lower.replace(POSSESSIVE, '');
    const verb = pieces[phrase.first - 1];
    return (
      DOCUMENT_NOUNS.has(head) &&
      verb !== undefined &&
      verb.isWord &&
      verb.quote < 0 &&
      verb.token !== null &&
      !isCapitalised(verb.token) &&
      !FUNCTION_WORDS.has(verb.lower) &&
      !PLACE_LEADERS.has(verb.lower)
    );
  }

  /** A comma, or a quotation closed after its comma: 'was “corrupt,” noting…'. */
  private endsWithComma(piece: Piece | undefined): boolean {
    if (!piece) return false;
    return piece.text === ',' || (piece.quote >= 0 && QUOTE_ENDS_WITH_COMMA.test(piece.text));
  }

  /** True for a passive participle: "was criticized", "were told", "has been asked". */
  private isPassive(pieces: readonly Piece[], k: number): boolean {
    const verb = (pieces[k] as Piece).lower;
    if (!PARTICIPLE.test(verb) && !IRREGULAR_PARTICIPLES.has(verb)) return false;
    for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
      const p = pieces[j] as Piece;
      if (BE_FORMS.has(p.lower)) return true;
      if (!AUXILIARIES.has(p.lower) && !ADVERB.test(p.lower)) return false;
    }
    return false;
  }

  /** "in the latest CNN/ORC poll": a poll or survey as the source, "in" as the cue. */
  private readPollCue(
    pieces: readonly Piece[],
    k: number,
    sentence: TextSpan,
  ): { cue: CueMatch; next: number } | null {
    for (let h = k + 1; h < pieces.length && h - k <= MAX_POLL_PHRASE_WORDS; h++) {
      const p = pieces[h] as Piece;
      if (p.quote >= 0 || (!p.isWord && p.text !== '/' && p.text !== '-' && !p.outlet)) return null;
      if (POLL_NOUNS.has(p.lower)) {
        // "in a new Fox News poll" names a poll; "leading in the polls" does not.
        const named = pieces
          .slice(k + 1, h)
          .some(
            (m) => m.outlet || (m.token && isCapitalised(m.token)) || POLL_MODIFIERS.has(m.lower),
          );
        if (!named) return null;
        // "leads in many Republican polls", "third in Iowa polling": polls in general, not one.
        if (p.lower !== 'poll' && p.lower !== 'survey' && pieces[k + 1]?.lower !== 'the')
          return null;
        return this.makeCue(
          pieces,
          k,
          k,
          { first: k + 1, last: h },
          'after',
          sentence,
          'attribution',
        );
      }
    }
    return null;
  }

  /** A source phrase running from `k` to the next punctuation mark, at most a few words. */
  private readToPunctuation(pieces: readonly Piece[], k: number): SourcePhrase | null {
    let last = -1;
    for (let h = k; h < pieces.length && h - k < MAX_FORWARD_SOURCE_WORDS; h++) {
      const p = pieces[h] as Piece;
      if (p.quote >= 0 || (!p.isWord && !p.outlet && p.text !== '.' && p.text !== '-')) break;
      if (p.text === '.' && !isHonorific((pieces[h - 1] as Piece | undefined)?.text ?? '')) break;
      if (p.isWord || p.outlet) last = h;
    }
    return last >= 0 ? { first: k, last } : null;
  }

  /** "X: “…”" — a name and a colon introducing a quote. */
  private readColonCue(
    pieces: readonly Piece[],
    k: number,
    sentence: TextSpan,
  ): { cue: CueMatch; next: number } | null {
    const colon = pieces[k + 1];
    const next = pieces[k + 2];
    // "Poe: 1,547.": a tally, not a quote.
    if (colon?.text !== ':' || !next || /^\d/.test(next.text)) return null;
    const source = this.findSourceBefore(pieces, k + 1);
    if (!source) return null;
    const speaker = this.readSpeakerLabel(pieces, source);
    // Without a quote, only a person's name or an outlet opening a headline ("Mark Cuban: …", "AP:
    // …") or a transcript's turn ("TAPPER: …") cues; labels such as "Plus:", "BYLINE:" or "Nevada:"
    // do not.
    const isOutletLabel = source.first === 0 && source.last === 0 && pieces[0]?.outlet != null;
    if (next.quote < 0 && !speaker && !isOutletLabel && !this.isNameLabel(pieces, source))
      return null;
    // The label's person, not its upper-case spelling, is whom a later "he" or "she" stands for.
    const resolved = speaker
      ? {
          name: this.recordPerson((pieces[source.first] as Piece).start, speaker),
          kind: 'person' as const,
        }
      : undefined;
    return this.makeCue(pieces, k + 1, k + 1, source, 'before', sentence, 'attribution', resolved);
  }

  /**
   * The person an upper-case label opening a transcript's turn names ("TAPPER:", "JOEL BENENSON:"),
   * in the article's spelling: a lone surname must be named in full somewhere in the text, and a
   * longer label must open with a given name ("BREAKING NEWS:" names nobody).
   */
  private readSpeakerLabel(pieces: readonly Piece[], source: SourcePhrase): string | null {
    if (source.first !== 0 || source.last - source.first > 2) return null;
    const words: string[] = [];
    for (const piece of pieces.slice(source.first, source.last + 1)) {
      const { text, token } = piece;
      if (!piece.isWord || !token || text.length < 2 || text !== text.toUpperCase()) return null;
      if (!isCapitalised(token)) return null;
      words.push(`${text.charAt(0)}${text.slice(1).toLowerCase()}`);
    }
    const surname = words[words.length - 1] as string;
    if (words.length === 1) {
      const full = this.fullNames.get(surname);
      return full ?? (this.isNamedLater(surname) ? surname : null);
    }
    if (!GIVEN_NAMES.has(words[0] as string)) return null;
    return words.join(' ');
  }

  private isNameLabel(pieces: readonly Piece[], source: SourcePhrase): boolean {
    if (source.first !== 0) return false;
    const tokens = pieces
      .slice(source.first, source.last + 1)
      .flatMap((p) => (p.token ? [p.token] : []));
    if (tokens.some((t) => t.text.length > 1 && t.text === t.text.toUpperCase())) return false;
    const name = findNameTokens(tokens);
    if (name.length >= 2) return true;
    const surname = name.length === 1 ? (name[0] as Token).text : '';
    return surname !== '' && (this.fullNames.has(surname) || this.isNamedLater(surname));
  }

  /**
   * "Cruz: Trump would…": a headline opens the article before the body gives the full name, so a
   * lone surname counts as a name when a full name ending in it appears anywhere in the text.
   */
  private isNamedLater(surname: string): boolean {
    for (let at = this.text.indexOf(surname); at >= 0; at = this.text.indexOf(surname, at + 1)) {
      const before = /(\p{Lu}[\p{Ll}.]+)\s$/u.exec(this.text.slice(Math.max(0, at - 30), at));
      const after = this.text.charAt(at + surname.length);
      if (
        before &&
        !/\p{L}/u.test(after) &&
        findNameTokens(tokenize(`${before[1]} ${surname}`)).length >= 2
      )
        return true;
    }
    return false;
  }

  /** True when the verb follows a quote or a comma-closed clause: "…,” said X". */
  private isInvertedPosition(pieces: readonly Piece[], k: number): boolean {
    let j = k - 1;
    while (j >= 0 && AUXILIARIES.has((pieces[j] as Piece).lower)) j--;
    const prev = pieces[j];
    // "Said Comey, “…”": a capitalised verb opening the sentence.
    if (!prev) return j === k - 1 && /^\p{Lu}/u.test((pieces[k] as Piece).text);
    if (prev.quote >= 0) return true;
    return prev.text === ',' || prev.text === '—' || prev.text === '–';
  }

  private findSourceBefore(pieces: readonly Piece[], k: number): SourcePhrase | null {
    let j = this.skipAuxiliaries(pieces, k - 1);
    // "Bob Goodlatte (R-Va.) told…", "Jack Reed (D-R.I.), said…": step over a parenthesis.
    const closing = pieces[j]?.text === ',' && pieces[j - 1]?.text === ')' ? j - 1 : j;
    if (pieces[closing]?.text === ')') {
      const before = this.skipParenthesisBack(pieces, closing);
      if (before !== j) j = this.skipAuxiliaries(pieces, before);
    }
    // "A poll released on Friday showed…": the participle describes the document before it.
    if (this.isDocumentParticiple(pieces, j)) {
      const described = this.readDescribedSubject(pieces, j);
      if (described) return described;
    }
    const head = pieces[j];
    if (!head) return null;
    if (head.quote >= 0) {
      // "Jo Poe, citing “a new spirit,” said": the aside's closing comma stands inside the
      // quotation.
      if (!this.endsWithComma(head) || !pieces[j - 1]?.isWord) return null;
      return this.findSourceBeforeAppositive(
        pieces,
        j,
        SPEECH_VERBS.has((pieces[k] as Piece).lower),
      );
    }
    if (this.isDash(pieces, j)) return this.findSourceBeforeDashes(pieces, j);
    if (head.text === ',') {
      return this.findSourceBeforeAppositive(
        pieces,
        j,
        SPEECH_VERBS.has((pieces[k] as Piece).lower),
      );
    }
    // "X defended the route and said…": the verb shares the sentence's subject.
    if (COORDINATORS.has(head.lower))
      return this.findSentenceSubject(pieces, j) ?? this.findPreviousCueSource(pieces, j);
    if (head.outlet) return { first: this.extendOutletLeft(pieces, j), last: j };
    // "42% say": a share of those polled.
    if (head.text === '%' && /^\d/.test(pieces[j - 1]?.text ?? ''))
      return { first: j - 1, last: j };
    if (!head.isWord) return null;
    // "he’s supporting", "they've offered": a pronoun contracted with its auxiliary.
    if (PRONOUNS.has(head.lower.replace(CONTRACTION, ''))) return { first: j, last: j };
    // "the polls that show…", "officials that said…": a relative "that" after a source phrase.
    if (head.lower === 'that' && pieces[j - 1]?.isWord && this.findRelativeAntecedent(pieces, j))
      return { first: j, last: j };
    if (head.lower === 'to') {
      // "Democrats are beginning to ask", "he went on to say": the infinitive takes the subject of
      // the word before "to"; "in order to agree" has no subject of its own.
      const control = pieces[j - 1];
      if (control && control.quote < 0 && CONTROL_WORDS.has(control.lower))
        return this.findSourceBefore(pieces, j - 1);
      return null;
    }
    if (SURVEY_PARTICIPLES.has(head.lower)) return this.readSurveyedPhrase(pieces, j);
    const nounPhrase = this.readPhraseBackward(pieces, j);
    // "The report released by the committee found…": the report found it.
    if (nounPhrase && this.describesDocument(pieces, nounPhrase.first - 2))
      return this.readPhraseBackward(pieces, nounPhrase.first - 3);
    if (nounPhrase) {
      // "Jo Poe in a statement said": the document is where the subject said it.
      const author = this.readAuthorBeforeMedium(pieces, nounPhrase);
      if (author) return author;
      return this.extendQuantity(pieces, this.extendPostmodified(pieces, nounPhrase));
    }
    const postmodified = this.readPostmodifiedSubject(pieces, j);
    if (postmodified) return postmodified;
    const isSpeech = SPEECH_VERBS.has((pieces[k] as Piece).lower);
    // "Election regulations suggest that…", "Experts believe they…": a verb followed by a clause
    // reports whoever its subject is, as a speech verb does.
    const takesClause = CLAUSE_OPENERS.has(pieces[k + 1]?.lower ?? '');
    // "Corporate lobbyists describe…": a plural naming people is a subject whatever the verb.
    const namesPeople = AGENT_PLURAL.test((pieces[j] as Piece).lower);
    const generic = this.readGenericNounPhrase(pieces, j, isSpeech || takesClause || namesPeople);
    // "The petition accuses…", "On Friday, the petition accused…": a singular noun phrase opening
    // the sentence, after any introductory phrase, is its subject whatever the verb ("The talks
    // indicate…" is left out: plural heads are too often events or things).
    if (
      generic &&
      (isSpeech ||
        takesClause ||
        namesPeople ||
        (generic.first === this.skipIntroduction(pieces, j) &&
          !/s$/.test((pieces[j] as Piece).lower)))
    )
      return this.extendQuantity(pieces, generic);
    return this.readDescribedSubject(pieces, j);
  }

  /**
   * "A new poll of Ohio voters released on Tuesday showed…": a source noun opening the sentence,
   * with a description after it, is the subject of the verb after `j`.
   */
  private readDescribedSubject(pieces: readonly Piece[], j: number): SourcePhrase | null {
    const start = this.skipIntroduction(pieces, j + 1);
    const opener = pieces[start];
    if (!opener || !DETERMINERS.has(opener.lower) || j - start > MAX_DESCRIBED_SUBJECT_WORDS)
      return null;
    let noun = -1;
    for (let h = start + 1; h <= j; h++) {
      const p = pieces[h] as Piece;
      if (p.quote >= 0 || (!p.isWord && !p.outlet && p.text !== '/' && p.text !== '-')) return null;
      const describing = h === noun + 1 && PARTICIPLE.test(p.lower);
      if (
        CLAUSE_STOPS.has(p.lower) ||
        (VERB_FORMS.has(p.lower) && !describing) ||
        AUXILIARIES.has(p.lower)
      )
        return null;
      if (noun < 0 && h - start <= MAX_NOUN_PHRASE_WORDS && isSourceNoun(p.lower)) noun = h;
    }
    return noun > start && noun < j ? { first: start, last: noun } : null;
  }

  /** "Those surveyed", "56 percent of voters polled": the people a poll asked, ending at `j`. */
  private readSurveyedPhrase(pieces: readonly Piece[], j: number): SourcePhrase | null {
    const before = pieces[j - 1];
    if (!before?.isWord || before.quote >= 0) return null;
    if (before.lower === 'those') return { first: j - 1, last: j };
    const phrase =
      this.readPhraseBackward(pieces, j - 1) ?? this.readGenericNounPhrase(pieces, j - 1, true);
    return phrase ? { first: phrase.first, last: j } : null;
  }

  /** "58 percent of voters", "a majority of Republicans": the share is part of the source. */
  private extendQuantity(pieces: readonly Piece[], phrase: SourcePhrase): SourcePhrase {
    // "74 percent said": a bare share is the whole source, with its number.
    const bareShare =
      phrase.first === phrase.last && SHARE_WORDS.has(pieces[phrase.first]?.lower ?? '');
    const share = pieces[phrase.first - 2];
    const ofShare =
      pieces[phrase.first - 1]?.lower === 'of' &&
      share !== undefined &&
      this.isShareWord(share.lower);
    if (!bareShare && !ofShare) return phrase;
    let first = bareShare ? phrase.first : phrase.first - 2;
    for (let h = first - 1; h >= 0 && phrase.first - h <= MAX_SHARE_WORDS; h--) {
      const word = (pieces[h] as Piece).lower;
      if (!this.isShareWord(word) && !SHARE_MODIFIERS.has(word) && !DETERMINERS.has(word)) break;
      first = h;
    }
    return { first, last: phrase.last };
  }

  private isShareWord(word: string): boolean {
    return SHARE_WORDS.has(word) || NUMBER_WORD.test(word) || /^\d/.test(word);
  }

  /** "A spokesman for the campaign": a noun phrase that modifies an earlier anonymous noun. */
  private extendPostmodified(pieces: readonly Piece[], phrase: SourcePhrase): SourcePhrase {
    const link = pieces[phrase.first - 1];
    if (!link || !POSTMODIFIER_STARTERS.has(link.lower)) return phrase;
    for (let h = phrase.first - 2; h >= 0 && phrase.first - h <= 3; h--) {
      const p = pieces[h] as Piece;
      if (!p.isWord || p.quote >= 0) break;
      if (ANONYMOUS_NOUNS.has(p.lower)) {
        const head = this.readPhraseBackward(pieces, h);
        return head ? { first: head.first, last: phrase.last } : phrase;
      }
    }
    return phrase;
  }

  /** "a source familiar with the matter said", "people briefed on the talks said". */
  private readPostmodifiedSubject(pieces: readonly Piece[], j: number): SourcePhrase | null {
    for (let h = j - 1; h >= 0 && j - h <= MAX_POSTMODIFIER_WORDS; h--) {
      const p = pieces[h] as Piece;
      if (!p.isWord || p.quote >= 0 || CLAUSE_STOPS.has(p.lower)) {
        if (p.outlet) return { first: h, last: j };
        return null;
      }
      if (!POSTMODIFIER_STARTERS.has((pieces[h + 1] as Piece).lower)) continue;
      if (ANONYMOUS_NOUNS.has(p.lower) || ORGANISATION_NOUNS.has(p.lower)) {
        const phrase = this.readPhraseBackward(pieces, h);
        if (phrase) return { first: phrase.first, last: j };
      }
      if (p.token && isCapitalised(p.token) && h > 0 && !this.isSentenceInitial(pieces, h)) {
        const phrase = this.readPhraseBackward(pieces, h);
        if (phrase) return { first: phrase.first, last: j };
      }
    }
    return null;
  }

  private skipAuxiliaries(pieces: readonly Piece[], from: number): number {
    let j = from;
    while (j >= 0) {
      const p = pieces[j] as Piece;
      const isAdverb =
        ADVERB.test(p.lower) &&
        !NOT_ADVERBS.has(p.lower) &&
        p.token !== null &&
        !isCapitalised(p.token);
      const isNegated = NEGATED_AUXILIARY.test(p.lower);
      if (
        p.isWord &&
        p.quote < 0 &&
        !p.outlet &&
        (AUXILIARIES.has(p.lower) ||
          INTENSIFIERS.has(p.lower) ||
          isAdverb ||
          isNegated ||
          // "Carter however said…": a sentence adverb, which is not part of the cue.
          INTERJECTED_ADVERBS.includes(p.lower))
      ) {
        j--;
        continue;
      }
      if (p.isWord && p.quote < 0 && TIME_WORD.test(p.lower) && j > 0) {
        // "Trump on Friday endorsed": the time phrase stands between the source and its verb.
        j--;
        while (j > 0) {
          const q = pieces[j] as Piece;
          if (!q.isWord || q.quote >= 0 || (!TIME_WORD.test(q.lower) && !TIME_LEADERS.has(q.lower)))
            break;
          j--;
        }
        continue;
      }
      return j;
    }
    return j;
  }

  /** The noun phrase a sentence opens with, if it is a plausible source. */
  private findSentenceSubject(pieces: readonly Piece[], before: number): SourcePhrase | null {
    let start = this.skipIntroduction(pieces, before);
    // "Then he cut into Bush, calling him…": a sentence adverb opens the sentence, not its subject.
    while (start + 1 < before && LEADING_ADVERBS.has((pieces[start] as Piece).lower)) start++;
    const first = pieces[start];
    if (!first || first.quote >= 0) return null;
    if (first.outlet) return { first: start, last: start };
    if (PRONOUNS.has(first.lower) && first.lower !== 'it') return { first: start, last: start };
    if (SUBJECT_DETERMINERS.has(first.lower)) {
      // "The New York businessman has praised Putin, saying…", "His campaign sued…, seeking…": the
      // phrase up to its auxiliary or verb; a participle right after the determiner describes the
      // noun ("The embattled senator").
      for (let h = start + 1; h < before && h <= start + MAX_NOUN_PHRASE_WORDS + 1; h++) {
        const p = pieces[h] as Piece;
        if (!p.isWord || p.quote >= 0) return null;
        const isPastVerb = h >= start + 2 && (PARTICIPLE.test(p.lower) || PAST_VERBS.has(p.lower));
        if (AUXILIARIES.has(p.lower) || VERB_FORMS.has(p.lower) || isPastVerb) {
          return h >= start + 2 ? { first: start, last: h - 1 } : null;
        }
      }
      return null;
    }
    // Otherwise only a name opening the sentence: a common-noun opening is too often not the subject.
    if (
      !first.token ||
      !isCapitalised(first.token) ||
      SENTENCE_OPENERS.has(first.lower) ||
      INTRODUCTION_OPENERS.has(first.lower)
    ) {
      return null;
    }
    let last = start;
    for (;;) {
      const p = pieces[last + 1];
      if (!p || last + 1 >= before) break;
      // "Sen. Jane Roe": the dot after an honorific stays inside the name.
      const isTitleDot = p.text === '.' && isHonorific((pieces[last] as Piece).text);
      if (!isTitleDot && !(p.token && p.isWord && isCapitalised(p.token))) break;
      last++;
    }
    while (last > start && !(pieces[last] as Piece).isWord) last--;
    const next = pieces[last + 1];
    if (!next || DATE_WORDS.has(first.lower)) return null;
    return { first: start, last };
  }

  /**
   * Where the subject starts after an introductory phrase: "On Thursday, he hedged…", "Following
   * the meeting, Kasich stressed…", "WASHINGTON — Sen. Grassley said…". 0 when there is none.
   */
  private skipIntroduction(pieces: readonly Piece[], before: number): number {
    const first = pieces[0];
    if (!first || !first.token) return 0;
    const second = pieces[1];
    // A dateline: "WASHINGTON —".
    if (
      second &&
      /^[—–-]$/.test(second.text) &&
      first.text.length > 1 &&
      first.text === first.text.toUpperCase()
    )
      return 2;
    if (!INTRODUCTION_OPENERS.has(first.lower) && !SCENE_OPENERS.has(first.lower)) return 0;
    for (let h = 1; h < before && h <= MAX_INTRODUCTION_WORDS; h++) {
      const p = pieces[h] as Piece;
      if (p.quote >= 0) return 0;
      if (p.text === ',') return h + 1 < before ? h + 1 : 0;
    }
    return 0;
  }

  /**
   * "The actress said", "Two in three said": a determiner-led phrase before a speech verb; with
   * `bare`, also a plural with no determiner ("security specialists say").
   */
  private readGenericNounPhrase(
    pieces: readonly Piece[],
    j: number,
    bare: boolean,
  ): SourcePhrase | null {
    const head = pieces[j] as Piece;
    if (!head.token || FUNCTION_WORDS.has(head.lower)) return null;
    if (NUMBER_WORD.test(head.lower)) {
      // "One in three said", "Six in 10 say".
      let first = j;
      while (
        first >= 2 &&
        /^(?:in|of|out)$/.test((pieces[first - 1] as Piece).lower) &&
        NUMBER_WORD.test((pieces[first - 2] as Piece).lower)
      )
        first -= 2;
      return { first, last: j };
    }
    if (isCapitalised(head.token)) return null;
    let bareFirst = j;
    for (let h = j - 1; h >= 0 && j - h <= MAX_NOUN_PHRASE_WORDS; h--) {
      const p = pieces[h] as Piece;
      if (!p.isWord || p.quote >= 0 || p.outlet) break;
      if (DETERMINERS.has(p.lower) || NUMBER_WORD.test(p.lower)) {
        let first = h;
        while (first > 0 && DETERMINERS.has((pieces[first - 1] as Piece).lower)) first--;
        return { first, last: j };
      }
      if (FUNCTION_WORDS.has(p.lower) || CLAUSE_STOPS.has(p.lower) || VERB_FORMS.has(p.lower))
        break;
      bareFirst = h;
    }
    // "Abortion rights advocates said", "forecasters say": a bare plural is a generic subject.
    if (bare && BARE_PLURAL.test(head.lower)) return { first: bareFirst, last: j };
    return null;
  }

  /**
   * "Jo Poe, speaking in Ava, criticized…", "Jo Poe, in a letter, rebuked…": a participle or a
   * preposition opening an aside between the source and its verb.
   */
  private opensAsideClause(opener: Piece): boolean {
    const word = opener.lower;
    return (
      /ing$/.test(word) ||
      INTRODUCTION_OPENERS.has(word) ||
      PLACE_LEADERS.has(word) ||
      word === 'in' ||
      word === 'on'
    );
  }

  /** The piece before the parenthesis closing at `j`, or `j` when none closes there. */
  private skipParenthesisBack(pieces: readonly Piece[], j: number): number {
    if (pieces[j]?.text !== ')') return j;
    let open = j - 1;
    while (open >= 0 && (pieces[open] as Piece).text !== '(' && j - open <= MAX_APPOSITIVE_WORDS)
      open--;
    return open > 0 && (pieces[open] as Piece).text === '(' ? open - 1 : j;
  }

  /** A dash: "—", "–", or one hyphen of a "--" typed for one. */
  private isDash(pieces: readonly Piece[], h: number): boolean {
    const text = pieces[h]?.text;
    if (text === '—' || text === '–') return true;
    return text === '-' && (pieces[h - 1]?.text === '-' || pieces[h + 1]?.text === '-');
  }

  /** "Jo Poe — a teacher from Ava — says…": the source stands before the pair of dashes. */
  private findSourceBeforeDashes(pieces: readonly Piece[], closing: number): SourcePhrase | null {
    let h = closing;
    while (h > 0 && this.isDash(pieces, h - 1)) h--;
    for (h--; h > 0 && closing - h <= MAX_SPEECH_APPOSITIVE_WORDS; h--) {
      if ((pieces[h] as Piece).quote >= 0) return null;
      if (!this.isDash(pieces, h)) continue;
      while (h > 0 && this.isDash(pieces, h - 1)) h--;
      const before = pieces[h - 1];
      if (!before?.isWord || before.quote >= 0) return null;
      if (before.outlet) return { first: this.extendOutletLeft(pieces, h - 1), last: h - 1 };
      return this.readPhraseBackward(pieces, h - 1) ?? this.readPostmodifiedSubject(pieces, h - 1);
    }
    return null;
  }

  /** "Beruff, a Scott ally, called…", "Trump, who …, said": the source stands before the commas. */
  private findSourceBeforeAppositive(
    pieces: readonly Piece[],
    comma: number,
    isSpeech: boolean,
  ): SourcePhrase | null {
    // Speech verbs allow long descriptions: "Name, associate professor of … at the University of X, said".
    const reach = isSpeech ? MAX_SPEECH_APPOSITIVE_WORDS : MAX_APPOSITIVE_WORDS;
    for (let h = comma - 1; h > 0 && comma - h <= reach; h--) {
      const p = pieces[h] as Piece;
      // A quotation inside the aside ("Jo Poe, citing “…”, said") but not one opening it.
      if (p.quote >= 0 && !pieces[h - 1]?.isWord) return null;
      if (p.text !== ',') continue;
      const opener = pieces[h + 1] as Piece;
      const opensAppositive =
        isSpeech ||
        DETERMINERS.has(opener.lower) ||
        opener.lower === 'who' ||
        isTitleWord(opener.text) ||
        (AGE.test(opener.text) && pieces[h + 2]?.text === ',') ||
        (opener.token !== null && isCapitalised(opener.token)) ||
        this.opensAsideClause(opener);
      if (!opensAppositive) return null;
      // "Jo Poe (R-Ohio), a senator, said": the name stands before the parenthesis.
      const end = this.skipParenthesisBack(pieces, h - 1);
      const before = pieces[end] as Piece;
      if (before.outlet) return { first: this.extendOutletLeft(pieces, end), last: end };
      // "Ramil Carr, 31, a freelance photographer, said", "Jo Poe, of Ava, Mo., said": before a
      // speech verb an appositive may hold commas of its own, so a comma with no name before it
      // sends the search on to the comma before.
      // "Jo Poe, 53, a guard, is backing…": an age between commas also sends it on, whatever the verb.
      const isAge = AGE.test(before.text) && pieces[end - 1]?.text === ',';
      if (!before.isWord || before.quote >= 0 || isAge) {
        if (isSpeech || isAge) continue;
        return null;
      }
      if (PRONOUNS.has(before.lower)) return { first: end, last: end };
      const phrase = this.readPhraseBackward(pieces, end);
      if (phrase) return phrase;
      // "One attendee, who spoke on condition of anonymity, said": "who" makes the noun a person.
      if (opener.lower === 'who') {
        const generic = this.readGenericNounPhrase(pieces, end, true);
        if (generic) return generic;
      }
      if (isSpeech) continue;
      // "Another delegate on the Cruz slate, Jim Poolman, said": the name is inside the commas.
      return this.readPhraseBackward(pieces, comma - 1);
    }
    return isSpeech ? this.readPhraseBackward(pieces, comma - 1) : null;
  }

  private extendOutletLeft(pieces: readonly Piece[], j: number): number {
    const prev = pieces[j - 1];
    if (prev?.lower === 'the') return j - 1;
    return j;
  }

  private isSentenceInitial(pieces: readonly Piece[], j: number): boolean {
    if (j === 0) return true;
    const prev = pieces[j - 1] as Piece;
    return !prev.isWord && /[“"‘([—:]/.test(prev.text) && j === 1;
  }

  /** A capitalised name or a common-noun source phrase ending at piece `j`, read backwards. */
  private readPhraseBackward(pieces: readonly Piece[], j: number): SourcePhrase | null {
    const head = pieces[j] as Piece;
    const lower = head.lower.replace(/[’']s$/, '');
    if (ANONYMOUS_NOUNS.has(lower) || ORGANISATION_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower)) {
      let first = j;
      for (let h = j - 1; h >= 0 && j - h < MAX_NOUN_PHRASE_WORDS; h--) {
        const p = pieces[h] as Piece;
        if (p.outlet) {
          first = h;
          continue;
        }
        if (!p.isWord || p.quote >= 0) break;
        if (
          DETERMINERS.has(p.lower) ||
          (p.token && isCapitalised(p.token)) ||
          /[’']s$/.test(p.lower) ||
          ANONYMOUS_NOUNS.has(p.lower) ||
          ORGANISATION_NOUNS.has(p.lower)
        ) {
          first = h;
          continue;
        }
        break;
      }
      return { first, last: j };
    }
    if (!head.token || !isCapitalised(head.token)) return null;
    let first = j;
    for (let h = j - 1; h >= 0; h--) {
      const p = pieces[h] as Piece;
      if (p.outlet) break;
      if (p.token && p.isWord && (isCapitalised(p.token) || isTitleWord(p.text))) {
        first = h;
        continue;
      }
      if (p.text === '.' && h > 0 && isHonorific((pieces[h - 1] as Piece).text)) {
        continue;
      }
      if (
        p.lower === 'of' &&
        h > 0 &&
        (pieces[h - 1] as Piece).token &&
        isCapitalised((pieces[h - 1] as Piece).token as Token)
      ) {
        continue;
      }
      break;
    }
    // "The" opening the sentence is not part of a name but is of an organisation phrase; "of"
    // (a word of titles like "Secretary of State") never opens one.
    while (
      first < j &&
      ['the', 'but', 'and', 'in', 'on', 'at', 'as', 'so', 'yet', 'of'].includes(
        (pieces[first] as Piece).lower,
      ) &&
      !(pieces[first] as Piece).outlet
    ) {
      first++;
    }
    if (first === j && this.isSentenceInitial(pieces, j) && !this.fullNames.has(head.text)) {
      // A lone capitalised first word ("Critics said" is handled as a noun above; "Today said" is not a source).
      if (!this.looksLikeName(head.text)) return null;
    }
    return { first, last: j };
  }

  private looksLikeName(word: string): boolean {
    return this.fullNames.has(word) || !SENTENCE_OPENERS.has(word.toLowerCase());
  }

  private findSourceAfter(
    pieces: readonly Piece[],
    k: number,
    allowLower: boolean,
  ): SourcePhrase | null {
    const head = pieces[k];
    if (!head || head.quote >= 0) return null;
    if (head.outlet) return { first: k, last: k };
    if (!head.isWord) return null;
    if (PRONOUNS.has(head.lower) && !NOT_AFTER_VERB_PRONOUNS.has(head.lower)) {
      // "…,” said he." but not "Jim Poolman, said he was…": there "he" opens the content.
      const next = pieces[k + 1];
      if (!allowLower && next && (next.isWord || next.quote >= 0)) return null;
      return { first: k, last: k };
    }
    let last = -1;
    for (let h = k; h < pieces.length && h - k < MAX_FORWARD_SOURCE_WORDS; h++) {
      const p = pieces[h] as Piece;
      if (p.outlet) {
        last = h;
        continue;
      }
      if (!p.isWord || p.quote >= 0) {
        if (p.text === '.' && h > 0 && isHonorific((pieces[h - 1] as Piece).text)) continue;
        // "…,” said the designer, who…", "wrote one commenter.": a common noun after a determiner.
        if (
          allowLower &&
          last < 0 &&
          h - 1 > k &&
          DETERMINERS.has(head.lower) &&
          PHRASE_END.test(p.text) &&
          !pieces.slice(k + 1, h).some((w) => AUXILIARIES.has(w.lower) || VERB_FORMS.has(w.lower))
        )
          last = h - 1;
        break;
      }
      const capital = p.token !== null && isCapitalised(p.token);
      const lowerKey = p.lower.replace(/[’']s$/, '');
      if (DATE_WORDS.has(p.lower)) {
        if (last >= 0) break;
        return null;
      }
      if (DETERMINERS.has(p.lower) || SENTENCE_OPENERS.has(p.lower)) {
        if (last >= 0 && !DETERMINERS.has(p.lower)) break;
        continue;
      }
      if (capital || isTitleWord(p.text)) {
        last = h;
        continue;
      }
      if (
        ANONYMOUS_NOUNS.has(lowerKey) ||
        ORGANISATION_NOUNS.has(lowerKey) ||
        DOCUMENT_NOUNS.has(lowerKey)
      ) {
        last = h;
        continue;
      }
      if ((p.lower === 'for' || p.lower === 'of' || p.lower === 'at') && last >= 0) continue;
      if (allowLower && last < 0 && h - k < 3) continue;
      // "said a longtime adviser": adjectives after a determiner.
      if (last < 0 && h - k < 4 && DETERMINERS.has((pieces[k] as Piece).lower)) continue;
      break;
    }
    if (last < 0) return null;
    return { first: k, last };
  }

  private makeCue(
    pieces: readonly Piece[],
    cueFirst: number,
    cueLast: number,
    source: SourcePhrase,
    side: 'before' | 'after',
    sentence: TextSpan,
    kind: AttributionKind,
    resolved?: { name: string; kind: SourceKind },
  ): { cue: CueMatch; next: number } {
    // Auxiliaries right before the verb belong to the cue as written ("has said").
    let first = cueFirst;
    while (
      first - 1 > source.last &&
      AUXILIARIES.has((pieces[first - 1] as Piece).lower) &&
      side === 'before'
    )
      first--;
    const cueStart = (pieces[first] as Piece).start;
    const cueEnd = (pieces[cueLast] as Piece).end;
    // "Now research shows…", "But officials said…": the sentence adverb is not the source's.
    let sourceFirst = source.first;
    while (sourceFirst < source.last && LEADING_ADVERBS.has((pieces[sourceFirst] as Piece).lower))
      sourceFirst++;
    const subject = { ...source, first: sourceFirst };
    const sourceSpan = {
      start: (pieces[subject.first] as Piece).start,
      end: (pieces[subject.last] as Piece).end,
    };
    const { name, kind: sourceKind } = resolved ?? this.resolveSource(pieces, subject);
    const content = this.findContent(pieces, subject, first, cueLast, sentence);
    const cue: CueMatch = {
      cue: this.text.slice(cueStart, cueEnd),
      cueSpan: { start: cueStart, end: cueEnd },
      sourceText: this.text.slice(sourceSpan.start, sourceSpan.end),
      sourceSpan,
      source: name,
      sourceKind,
      content,
      kind,
      quotes: [],
      sentence,
      introducesBlockquote: -1,
    };
    const next = Math.max(cueLast, side === 'after' ? subject.last : cueLast) + 1;
    return { cue, next };
  }

  private makeSharedCue(
    pieces: readonly Piece[],
    cueFirst: number,
    cueLast: number,
    previous: CueMatch,
    sentence: TextSpan,
  ): { cue: CueMatch; next: number } {
    const cueStart = (pieces[cueFirst] as Piece).start;
    const cueEnd = (pieces[cueLast] as Piece).end;
    const after = pieces[cueLast + 1];
    const content = after
      ? { start: after.start, end: Math.max(after.start, this.trimEnd(sentence.end)) }
      : { start: cueEnd, end: cueEnd };
    const cue: CueMatch = {
      ...previous,
      cue: this.text.slice(cueStart, cueEnd),
      cueSpan: { start: cueStart, end: cueEnd },
      content,
      quotes: [],
      sentence,
      introducesBlockquote: -1,
    };
    return { cue, next: cueLast + 1 };
  }

  private findContent(
    pieces: readonly Piece[],
    source: SourcePhrase,
    cueFirst: number,
    cueLast: number,
    sentence: TextSpan,
  ): TextSpan {
    const lo = Math.min(source.first, cueFirst);
    const hi = Math.max(source.last, cueLast);
    const beforeSource = pieces[lo - 1];
    // "By wide margins, 42% say they are liberal", "On Thursday, she hedged…, telling reporters
    // that…", "Jo Poe, 31, a photographer, said the vote…": a clause after the cue is the content.
    const isFar = cueFirst - source.last > MAX_SOURCE_CUE_GAP;
    // "On Friday, Jo Poe endorsed the plan": what stands before the comma only sets the scene.
    const isIntroduction = lo > 0 && this.skipIntroduction(pieces, lo + 1) === lo;
    const opensClause =
      CLAUSE_OPENERS.has(pieces[hi + 1]?.lower ?? '') ||
      (isFar && this.hasClauseAfter(pieces, hi)) ||
      (isIntroduction && hi + 1 < pieces.length && (pieces[hi + 1] as Piece).isWord);
    if (
      beforeSource &&
      (beforeSource.text === ',' || beforeSource.quote >= 0) &&
      lo > 1 &&
      !opensClause
    ) {
      // "The plan had stalled, Jane Smith said on Friday.": the content is the clause before.
      let end = beforeSource.quote >= 0 ? beforeSource.end : beforeSource.start;
      while (end > sentence.start && /[\s,—–]/.test(this.text[end - 1] as string)) end--;
      return { start: sentence.start, end };
    }
    // "said that…" opens its content with "that"; "Jo Poe: That is wrong" does not.
    const afterColon = (pieces[cueLast] as Piece).text === ':';
    let after = hi + 1;
    while (after < pieces.length) {
      const word = (pieces[after] as Piece).lower;
      if (!/^(?:,|:|—|–)$/.test(word) && (word !== 'that' || afterColon)) break;
      after++;
    }
    const tailEnd = this.trimEnd(sentence.end);
    if (after < pieces.length && (pieces[after] as Piece).start < tailEnd) {
      return { start: (pieces[after] as Piece).start, end: tailEnd };
    }
    let end = lo > 0 ? (pieces[lo - 1] as Piece).end : sentence.start;
    while (end > sentence.start && /[\s,—–]/.test(this.text[end - 1] as string)) end--;
    return { start: sentence.start, end: Math.max(sentence.start, end) };
  }

  /** True when at least a few words follow piece `hi`, not opening with a time or place phrase. */
  private hasClauseAfter(pieces: readonly Piece[], hi: number): boolean {
    const next = pieces[hi + 1];
    if (!next || !next.isWord || TIME_LEADERS.has(next.lower) || PLACE_LEADERS.has(next.lower))
      return false;
    let words = 0;
    for (let h = hi + 1; h < pieces.length && words < MIN_CLAUSE_WORDS; h++)
      if ((pieces[h] as Piece).isWord) words++;
    return words >= MIN_CLAUSE_WORDS;
  }

  private trimEnd(end: number): number {
    let e = end;
    while (e > 0 && /[\s.!?]/.test(this.text[e - 1] as string)) e--;
    return e;
  }

  private resolveSource(
    pieces: readonly Piece[],
    source: SourcePhrase,
  ): { name: string; kind: SourceKind } {
    const phrase = pieces.slice(source.first, source.last + 1);
    const outletPiece = phrase.find((p) => p.outlet);
    if (outletPiece?.outlet) return { name: outletPiece.outlet.outlet.name, kind: 'outlet' };
    const written = this.text.slice(
      (phrase[0] as Piece).start,
      (phrase[phrase.length - 1] as Piece).end,
    );
    // "58 percent of Americans": a share of a group is some of its people, unnamed.
    const of = phrase.findIndex((p) => p.lower === 'of');
    if (of > 0 && this.isShareWord((phrase[of - 1] as Piece).lower)) {
      return { name: written, kind: 'anonymous' };
    }
    const head = phrase[phrase.length - 1] as Piece;
    const pronoun = head.lower.replace(CONTRACTION, '');
    if (phrase.length === 1 && (PRONOUNS.has(pronoun) || RELATIVE_PRONOUNS.has(pronoun))) {
      const antecedent = ANAPHORIC_PRONOUNS.has(pronoun)
        ? this.findPersonBefore(head.start, pronoun)
        : null;
      if (antecedent) return { name: antecedent.name, kind: antecedent.kind };
      if (RELATIVE_PRONOUNS.has(pronoun)) {
        const antecedent = this.findRelativeAntecedent(pieces, source.first);
        if (antecedent) return antecedent;
      }
      return {
        name: written.replace(CONTRACTION, ''),
        kind: PERSON_PRONOUNS.has(pronoun) ? 'person' : 'anonymous',
      };
    }
    const tokens = phrase.flatMap((p) => (p.token ? [p.token] : []));
    // The head noun is the first source noun: "A spokesman for the campaign" is a spokesman.
    const nounAt = phrase.findIndex((p) => isSourceNoun(p.lower.replace(/[’']s$/, '')));
    const headKey = (nounAt >= 0 ? (phrase[nounAt] as Piece) : head).lower.replace(/[’']s$/, '');
    const capitalHead = head.token !== null && isCapitalised(head.token);
    if (!capitalHead || this.isCommonNounHead(phrase)) {
      const kind: SourceKind = DOCUMENT_NOUNS.has(headKey)
        ? 'document'
        : ORGANISATION_NOUNS.has(headKey)
          ? 'organisation'
          : phrase
                .slice(0, nounAt >= 0 ? nounAt : -1)
                .some(
                  (p) =>
                    p.token &&
                    isCapitalised(p.token) &&
                    !isTitleWord(p.text) &&
                    !DETERMINERS.has(p.lower) &&
                    !this.isShareWord(p.lower),
                )
            ? 'organisation'
            : 'anonymous';
      // "The Pentagon" is named "Pentagon", as "the White House" is "White House".
      const name = capitalHead && phrase.length === 2 ? written.replace(/^the\s+/i, '') : written;
      // "A company spokesman said…. He added…": one unnamed person, whom "he" may stand for.
      const noun = head.lower;
      if (UNNAMED_PEOPLE.has(noun)) {
        this.personMentions.push({
          at: head.start,
          name,
          known: true,
          pronoun: UNNAMED_WOMEN.has(noun) ? 'she' : UNNAMED_MEN.has(noun) ? 'he' : null,
          kind,
        });
      }
      return { name, kind };
    }
    const place = written.replace(/^the\s+/i, '');
    if (PLACE_NAMES.has(place)) return { name: place, kind: 'organisation' };
    const ofWord = phrase[of];
    // "Sen. Bob Casey of Pennsylvania": the place after "of" says where the person is from.
    const fromPlace =
      ofWord !== undefined && PLACE_NAMES.has(this.text.slice(ofWord.end, head.end).trim());
    const nameTokens = findNameTokens(
      fromPlace ? tokens.filter((t) => t.start < (ofWord as Piece).start) : tokens,
    );
    const isOrganisation = (t: Token) => isOrganisationWord(t.text) && !isTitleWord(t.text);
    // "University of Michigan", "Bank of America": the capitalised words after "of" complete the
    // organisation's name, where "Department spokesman Peter Cook" ends in a person's.
    const namesComplementOrganisation =
      ofWord !== undefined &&
      tokens.some((t) => t.start < ofWord.start && isOrganisation(t)) &&
      nameTokens.every((t) => t.start > ofWord.start);
    if (nameTokens.length === 0 || namesComplementOrganisation) {
      return { name: written.replace(/^(?:the|a|an)\s+/i, ''), kind: 'organisation' };
    }
    let name = nameTokens
      .map((t) => t.text)
      .join(' ')
      .replace(POSSESSIVE, '');
    if (nameTokens.length === 1) name = this.fullNames.get(name) ?? name;
    if (nameTokens.length >= 2) {
      const surname = (nameTokens[nameTokens.length - 1] as Token).text;
      if (!this.fullNames.has(surname)) this.fullNames.set(surname, name);
    }
    return { name: this.recordPerson(head.start, name), kind: 'person' };
  }

  /** Records a person named as a source at `at`, for "he" and "she" to stand for; returns `name`. */
  private recordPerson(at: number, name: string): string {
    this.personMentions.push({ at, name, known: true, pronoun: pronounOf(name), kind: 'person' });
    return name;
  }

  /**
   * The person `pronoun` ("he" or "she") at `position` stands for: the last known person (a source,
   * a titled name, a given name) named shortly before, else the last capitalised run that may be a
   * name. A given name known to take the other pronoun is skipped.
   */
  private findPersonBefore(position: number, pronoun: string): PersonMention | null {
    let nearest: PersonMention | null = null;
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const mention = this.personMentions[i] as PersonMention;
      if (mention.at >= position) continue;
      if (mention.pronoun !== null && mention.pronoun !== pronoun) continue;
      if (mention.at < position - PRONOUN_LOOKBACK_CHARS) return nearest ?? mention;
      if (mention.known) return mention;
      nearest ??= mention;
    }
    return nearest;
  }

  private isCommonNounHead(phrase: readonly Piece[]): boolean {
    const head = phrase[phrase.length - 1] as Piece;
    const key = head.lower.replace(/[’']s$/, '');
    const isNoun =
      ANONYMOUS_NOUNS.has(key) || ORGANISATION_NOUNS.has(key) || DOCUMENT_NOUNS.has(key);
    // "Officials said" at the start of a sentence is capitalised but still a common noun.
    return isNoun && (phrase.length > 1 || !this.fullNames.has(head.text));
  }

  private findRelativeAntecedent(
    pieces: readonly Piece[],
    who: number,
  ): { name: string; kind: SourceKind } | null {
    let j = who - 1;
    if ((pieces[j] as Piece | undefined)?.text === ',') j--;
    const before = pieces[j];
    if (!before || !before.isWord) return null;
    if (before.outlet) return { name: before.outlet.outlet.name, kind: 'outlet' };
    const phrase = this.readPhraseBackward(pieces, j);
    if (!phrase) return null;
    return this.resolveSource(pieces, phrase);
  }

  /** Ties each quote of the sentence to the cue that attributes it. */
  private linkQuotes(pieces: readonly Piece[], found: CueMatch[]): void {
    for (const piece of pieces) {
      if (piece.quote < 0) continue;
      const quote = this.quotes[piece.quote] as QuoteMatch;
      if (quote.cue >= 0) continue;
      let best = -1;
      let bestDistance = Infinity;
      for (let c = 0; c < found.length; c++) {
        const cue = found[c] as CueMatch;
        const covers = cue.content.start <= quote.start && quote.end <= cue.content.end + 1;
        const distance = covers
          ? 0
          : Math.min(
              Math.abs(cue.cueSpan.start - quote.end),
              Math.abs(quote.start - cue.cueSpan.end),
            );
        if (distance < bestDistance) {
          best = c;
          bestDistance = distance;
        }
      }
      if (best < 0) continue;
      const cue = found[best] as CueMatch;
      quote.cue = this.cues.length + best;
      cue.quotes.push(piece.quote);
      quote.speaker = cue.source;
      quote.speakerKind = cue.sourceKind;
      quote.partial = this.isPartial(pieces, pieces.indexOf(piece), cue);
    }
  }

  private isPartial(pieces: readonly Piece[], at: number, cue: CueMatch): boolean {
    const quote = this.quotes[(pieces[at] as Piece).quote] as QuoteMatch;
    const firstChar = this.text.slice(quote.innerStart, quote.innerStart + 1);
    if (/\p{Ll}/u.test(firstChar)) return true;
    const prev = pieces[at - 1];
    if (prev && prev.isWord && prev.quote < 0) {
      // "X said “…”" keeps a full quote; any other word before the mark embeds it.
      const inCue = prev.start >= cue.cueSpan.start && prev.end <= cue.cueSpan.end;
      if (!inCue) return true;
    }
    const next = pieces[at + 1];
    if (next && next.isWord && next.quote < 0) {
      const inAttribution =
        (cue.sourceSpan && next.start >= cue.sourceSpan.start && next.start < cue.sourceSpan.end) ||
        (next.start >= cue.cueSpan.start && next.start < cue.cueSpan.end);
      if (!inAttribution) return true;
    }
    return false;
  }

  /** Speakers for quotes with no cue of their own, and scare quotes dropped. */
  private finishQuotes(): void {
    let previous: QuoteMatch | null = null;
    for (const quote of this.quotes) {
      const words =
        this.text
          .slice(quote.innerStart, quote.innerEnd)
          .match(/(?:\p{L}|\p{N})+(?:['’]\p{L}+)*/gu) ?? [];
      if (quote.cue < 0) {
        const isShort = words.length <= MAX_UNATTRIBUTED_SHORT_QUOTE_WORDS;
        if ((isShort && !quote.nearCue) || this.isTitleOrNickname(quote)) {
          quote.isSpeech = false;
          continue;
        }
        if (
          previous &&
          previous.speaker &&
          quote.firstBlock - previous.lastBlock <= MAX_CONTINUATION_BLOCKS
        ) {
          quote.speaker = previous.speaker;
          quote.speakerKind = previous.speakerKind;
        }
        const before = this.text
          .slice(this.blocks[quote.firstBlock]?.start ?? 0, quote.start)
          .trim();
        quote.partial = before.length > 0 && !/[:,]$/.test(before) && !/[.!?]["”’]?$/.test(before);
        if (/^\p{Ll}/u.test(this.text.slice(quote.innerStart, quote.innerStart + 1)))
          quote.partial = true;
      } else if (this.isTitleOrNickname(quote)) {
        quote.isSpeech = false;
        continue;
      }
      previous = quote;
    }
  }

  private isTitleOrNickname(quote: QuoteMatch): boolean {
    const before = this.text.slice(Math.max(0, quote.start - 30), quote.start);
    const wordBefore = /([\p{L}-]+)[\s,]*$/u.exec(before)?.[1]?.toLowerCase();
    if (wordBefore && TITLE_CUES.has(wordBefore)) return true;
    // Nickname between first and last name: Dwayne “The Rock” Johnson.
    const after = this.text.slice(quote.end, quote.end + 3);
    const inner = this.text.slice(quote.innerStart, quote.innerEnd);
    const innerWords = inner.split(/\s+/).length;
    return (
      innerWords <= MAX_UNATTRIBUTED_SHORT_QUOTE_WORDS &&
      /\p{Lu}\p{Ll}+\s$/u.test(before) &&
      /^\s\p{Lu}/u.test(after) &&
      !/[,.]$/.test(inner)
    );
  }
}

/** "she" for a woman's given name, "he" for a man's, null for a name either may have or none. */
function pronounOf(name: string): 'he' | 'she' | null {
  const given = name.split(' ')[0] as string;
  if (!GIVEN_NAMES.has(given) || UNISEX_NAMES.has(given)) return null;
  return FEMALE_NAMES.has(given) ? 'she' : 'he';
}
