import type { ArticleText } from './article-text';
import type { Attribution, Person, Quote, TextSpan, UnnamedOfficial } from './report';
import TITLES from './lexicons/person-titles.json';
import PLACES from './lexicons/places.json';
import ORGANISATIONS from './lexicons/organisations.json';
import GIVEN_NAMES_LIST from './lexicons/given-names.json';

/**
 * A word: letters or digits, with inner dots ("Wsws.org"), apostrophes and hyphens ("al-Assad"),
 * and soft hyphens (washingtonpost.com writes "Vladi\u00admir").
 */
const TOKEN_RE = /(?:\p{L}|\p{N}|\u00ad)+(?:[.'’-](?:\p{L}|\p{N}|\u00ad)+)*/gu;

/** A soft hyphen, invisible in the page and dropped from the words the finder compares. */
const SOFT_HYPHEN_RE = /\u00ad/g;

/** A trailing possessive, stripped before a word is looked up ("Clinton’s"). */
const POSSESSIVE_RE = /['’]s$/;

/** Starts with an upper-case letter. */
const CAPITALISED_RE = /^\p{Lu}/u;

/** Two or more capitals and nothing lower-case: an acronym ("NATO", "ISIL"), never a name. */
const ACRONYM_RE = /^[\p{Lu}\p{N}.]{2,}$/u;

/** A lone capital, the initial in "George W. Bush". */
const INITIAL_RE = /^\p{Lu}$/u;

/**
 * Joined initials inside a name: "H.W" of "George H.W. Bush" (the last dot is not part of the
 * word).
 */
const JOINED_INITIALS_RE = /^\p{Lu}(?:\.\p{Lu})+$/u;

/**
 * Right after a name: a photo credit's slash ("Thomas Coex/AFP/Getty Images", "Ellen M. Banner /
 * The Seattle Times").
 */
const CREDIT_SLASH_RE = /^\s?\/\s?\p{Lu}/u;

/** Right after a name: an acronym in brackets ("Named Binary Tag (NBT)"), which names a thing. */
const BRACKETED_ACRONYM_RE = /^ \((\p{Lu}{2,})\)/u;

/** Right after a name: a label's colon ("Tech Enabled: CNET chronicles…"). */
const LABEL_COLON_RE = /^:/;

/**
 * Right before a name: the number of a list entry at the start of its line, then any title or
 * honorific ("18) Lady Macbeth", "5) Princess Cyd").
 */
const LIST_ENTRY_START_RE = /(?:^|\n)\d{1,3}[.)] (?:\p{Lu}[\p{L}.'’-]* )*$/u;

/** How far back (in characters) a name looks for the number of the list entry it opens. */
const LIST_ENTRY_LOOKBACK_CHARS = 60;

/** Between a name and the next: an open bracket ("Bobby (a splendid, warm Willem Dafoe)"). */
const OPEN_BRACKET_RE = /^ \([^()\n]*$/;

/** A name that starts with a lower-case Arabic article or patronymic ("al-Assad", "bin-Salman"). */
const PARTICLE_NAME_RE = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben)-\p{Lu}/u;

/** The article or patronymic on a surname, dropped when matching a short mention. */
const PARTICLE_PREFIX_RE = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben)-/i;

/** A contraction on a pronoun ("I’d", "We’re"), which is no name. */
const CONTRACTION_RE = /['’](?:d|re|ll|ve|m|t)$/;

/** A leading article, dropped when merging descriptions ("the US Ambassador" = "US Ambassador"). */
const LEADING_DETERMINER_RE = /^(?:the|a|an)\s+/;

/** What before a word makes it the first of a sentence or block. */
const SENTENCE_START_RE = /(?:^|[.!?:“"‘\n])\s*$/;

/** Only whitespace between two words of one name (no line break, no punctuation). */
const NAME_GAP_RE = /^ $/;

/** The gap after an abbreviation or initial ("Mr. Carter", "George W. Bush"). */
const ABBREVIATION_GAP_RE = /^\. ?$/;

/** Whitespace that stays within a line, allowed between the words of a title before a name. */
const TITLE_GAP_RE = /^[ \u00a0]+$/;

/** Opens an appositive after a name: ", a Pentagon spokesman," — the segment up to the next comma. */
const APPOSITIVE_RE = /^,\s+([^,.;:()\n“”"]{2,80})(?=[,.;:)\n]|$)/;

/** Words that open a relative clause, not an appositive ("Cook, who said"). */
const RELATIVE_RE =
  /^(?:who|whom|whose|which|that|when|where|while|and|but|or|in|on|at|after|before)\b/i;

/** What joins the names of a list that shares one plural title ("Senators X and Y", "X, Y"). */
const LIST_JOINER_RE = /^(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$/;

/** Pronouns that a speaker slot can hold; they are resolved to the last person named before them. */
const PRONOUN_RE = /^(?:he|she|him|her)$/i;

/** How far back (in characters) a pronoun looks for the person it stands for. */
const PRONOUN_LOOKBACK_CHARS = 1500;

/** At most this many words of title and organisation are read before a name. */
const MAX_PREMODIFIER_TOKENS = 8;

/** Lower-case name particles that may sit inside a name ("Ibn", "bin", "van der"). */
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'de',
  'del',
  'della',
  'di',
  'da',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'dos',
  'st',
]);

/**
 * Months and their abbreviations, read as dates; some are also names ("Mar Hicks", "Theresa May"),
 * which the name finder allows next to a given name or a title.
 */
const MONTHS = new Set(
  `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that start sentences or name dates, never people. */
const FUNCTION_WORDS = new Set([
  ...MONTHS,
  ...`the a an and or but nor so yet for of in on at by to from with without within into onto upon about
  above below after before beyond behind during since until till under over among amid between through
  throughout against despite toward towards via per as if when while whereas although though because
  unless whether once than this that these those it its he she they we i you me him her them us his their
  our my your there here then now today tonight yesterday tomorrow meanwhile however still also even just
  only some many most much all both each every either neither no not nor none asked why what who whom
  whose where how which another other others such one two three four five six seven eight nine ten first
  second third last next later earlier soon indeed instead perhaps maybe thus hence therefore moreover
  furthermore besides otherwise overall according following including regarding read watch see click
  play sign share subscribe related more less few several any anyone everyone someone nobody something
  nothing everything yes yeah oh ok okay hey please thanks thank dear like unlike plus minus well sir
  monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
]);

/** Verbs right after a name that show it names someone who speaks ("Hillary Clinton said"). */
const SPEECH_CUES = new Set(
  `said says say told tells added adds wrote writes explained argued argues claimed claims insisted
  insists noted notes stated states declared announced warned warns tweeted tweets replied responded
  recalled acknowledged admitted asserted continued suggested contended conceded countered confirmed
  denied urged believes believed thinks thought wants wanted`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Lower-case words right after a name that use it as a modifier, not a mention ("Obama
 * administration").
 */
const ATTRIBUTIVE_FOLLOWERS = new Set(
  `administration administrations campaign campaigns government regime era presidency camp doctrine
  foundation family dynasty loyalists supporters voters aides team policy policies years tenure
  cabinet white transition organization organisation`
    .split(/\s+/)
    .filter(Boolean),
);

/** Plural nouns that speak for a group, not a name, even when capitalised at a sentence start. */
const GROUP_NOUNS = new Set(
  `sources officials critics experts analysts police authorities residents witnesses aides supporters
  observers investigators researchers scientists doctors protesters officers voters diplomats leaders
  lawmakers insiders people others reports documents prosecutors spokesmen`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Heads of a noun phrase that names an office-holder without naming the person ("the US
 * Ambassador").
 */
const UNNAMED_HEADS = new Set(
  `official officials diplomat diplomats ambassador ambassadors spokesman spokeswoman spokesperson
  spokesmen spokeswomen spokespeople envoy envoys minister ministers aide aides lawmaker lawmakers
  commander commanders prosecutor prosecutors`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-case words that may qualify an unnamed office-holder ("ranking Russian diplomats"). */
const UNNAMED_MODIFIERS = new Set(
  `senior ranking top high-ranking high-level junior former current unnamed anonymous administration
  campaign transition
  government military defense defence intelligence security foreign diplomatic local federal state
  police army two three four several some other many few certain european western and`
    .split(/\s+/)
    .filter(Boolean),
);

/** Determiners kept at the start of an unnamed office-holder's description. */
const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Possessive determiners that make an appositive someone else's ("Lorenz, his secretary, …" is not
 * the secretary).
 */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Titles that are also everyday adjectives ("major Western capitals", "the Major Arcana"): a title
 * only when capitalised and not after an article.
 */
const ADJECTIVE_TITLES = new Set(['major', 'general']);

/**
 * Lower-case nouns after a capitalised run that make it the name of a place or institution ("Royal
 * Shrewsbury hospital", "Whole Foods store"). Verbs that double as heads ("report", "act") are left
 * out.
 */
const INSTITUTION_FOLLOWERS = new Set(
  `hospital clinic school university college church mosque temple synagogue museum library company
  firm group foundation institute center centre agency council committee club hotel restaurant store
  shop airport station street avenue road bridge tower hall palace building park program programme
  project initiative conference summit brand app console franchise series`
    .split(/\s+/)
    .filter(Boolean),
);

/** Prepositions that attach a place or body to an unnamed office-holder ("in Moscow"). */
const PLACE_PREPOSITIONS = new Set(['in', 'of', 'at', 'to', 'from', 'for']);

/** Prepositions that attach the organisation after a title in an appositive ("spokesman for X"). */
const ORG_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'to']);

const OFFICIAL_TITLES = new Set(TITLES.official);
const ORG_DEPENDENT_TITLES = new Set(TITLES.orgDependent);
const ALL_TITLES = new Set([...TITLES.official, ...TITLES.orgDependent, ...TITLES.other]);
const TITLE_MODIFIERS = new Set(TITLES.modifiers);
const PORTFOLIOS = new Set(TITLES.portfolios);
const HONORIFICS = new Set(TITLES.honorifics);
const ABBREVIATIONS: Record<string, string> = TITLES.abbreviations;
/** Longest title in words, to bound the search. */
const MAX_TITLE_WORDS = Math.max(...[...ALL_TITLES].map((title) => title.split(' ').length));
/** The single words of titles, less the function words inside some ("secretary of state"). */
const TITLE_WORDS = new Set(
  [...ALL_TITLES].flatMap((title) => title.split(' ')).filter((word) => !FUNCTION_WORDS.has(word)),
);
const DEMONYMS: Record<string, string> = PLACES.demonyms;
const PLACE_NAMES = new Set([...PLACES.places, ...Object.keys(PLACES.demonyms)]);
const PLACE_WORDS = new Set([...PLACE_NAMES].flatMap((place) => place.split(' ')));
const ORG_HEADS = new Set(ORGANISATIONS.heads.map((word) => word.toLowerCase()));
/** A whole word or phrase that marks a government, military, police, judicial or international body. */
const GOVERNMENT_RE = new RegExp(
  `(?:^|\\s)(?:${ORGANISATIONS.government.map((word) => escapeRegExp(word.toLowerCase())).join('|')})(?:$|\\s)`,
);
const GIVEN_NAMES = new Set(GIVEN_NAMES_LIST.names);

/** A word of the text with what the person finder needs to know about it. */
interface Token {
  text: string;
  /** Lower case, possessive stripped. */
  lower: string;
  /** The word without a possessive ending. */
  bare: string;
  start: number;
  end: number;
  capitalised: boolean;
  possessive: boolean;
}

/** A title and organisation read around one mention. */
interface Role {
  title: string | null;
  organisation: string | null;
  /** The title was plural ("Senators"), so it may cover the next names of a list. */
  plural: boolean;
  /** Where the title and organisation words stand, so they are not read as unnamed officials. */
  span: TextSpan | null;
}

/** A run of name words in the text. */
interface NameSegment {
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  words: string[];
  /** The name as written, initials' dots included ("George W. Bush"). */
  display: string;
  span: TextSpan;
  /** Used as a modifier ("Obama administration"): neither a mention nor evidence. */
  attributive: boolean;
  /** Part of a larger organisation name ("Trump Tower"). */
  inOrganisation: boolean;
  honorific: boolean;
  /**
   * Weak as evidence of a person without a first name or title: after an article ("the Golden
   * Dawn"), after another name's possessive ("Assassin's Creed Origins") or before a label's
   * colon.
   */
  doubtful: boolean;
  role: Role;
}

/** A person being assembled from mentions. */
interface Draft {
  words: string[];
  name: string;
  title: string | null;
  organisation: string | null;
  spans: TextSpan[];
  quotes: number;
  first: number;
}

/** Finds the named people and unnamed office-holders of the article. */
export function findPeople(
  articleText: ArticleText,
  quotes: Quote[],
  attributions: Attribution[],
): { people: Person[]; unnamedOfficials: UnnamedOfficial[] } {
  const text = articleText.text;
  const tokens = tokenize(text);
  const segments = findNameSegments(text, tokens);
  const lowerWords = new Set(
    tokens.filter((token) => !token.capitalised).map((token) => token.lower),
  );
  const speakerNames = new Set<string>();
  for (const quote of quotes) {
    if (quote.speaker && quote.speakerKind !== 'outlet')
      addSpeakerName(quote.speaker, speakerNames);
  }
  for (const attribution of attributions) {
    if (attribution.sourceKind !== 'person') continue;
    const span = attribution.sourceSpan;
    if (!span) {
      addSpeakerName(attribution.source, speakerNames);
      continue;
    }
    // A name the attribution engine resolved a source to is evidence only when the source written
    // in the text is that name or its short form ("Claude acknowledged" for Georges Claude, in
    // citylab-1), not a pronoun ("He wrote" became "Golden Dawn" in article-author-tag). A label
    // before a colon is no speaker ("Star Wars: The Last Jedi", videos-1).
    const written = segments.filter(
      (segment) =>
        segment.span.start >= span.start &&
        segment.span.end <= span.end &&
        !segment.attributive &&
        !segment.inOrganisation,
    );
    const segment = written[written.length - 1];
    if (!segment || segment.doubtful) continue;
    const resolved = extractPersonName(attribution.source);
    const isShortForm = resolved.length > 0 && sameOrShortName(resolved, segment.words);
    speakerNames.add((isShortForm ? resolved : segment.words).join(' '));
  }

  // "1) Lady Bird", "21) Star Wars: The Last Jedi": the entries of a numbered list are works as
  // often as people (videos-1 ranks films), so a name that opens one needs a given name.
  const listEntryNames = new Set(
    segments
      .filter(
        (segment) =>
          isListEntryStart(text, segment.span.start) &&
          !GIVEN_NAMES.has(segment.words[0] as string),
      )
      .map((segment) => segment.words.join(' ')),
  );

  const drafts: Draft[] = [];
  // First pass: names with evidence of being a person become people.
  for (const [index, segment] of segments.entries()) {
    if (segment.attributive || segment.inOrganisation) continue;
    const key = segment.words.join(' ');
    const hasRole = segment.role.title !== null || segment.honorific;
    if (segment.doubtful && !segment.honorific) continue;
    if (listEntryNames.has(key)) continue;
    if (segment.words.length === 1) {
      // "Yahoo said" is as common as "Trump said": a lone word needs a title or an honorific, and
      // otherwise counts only as the surname of a full name found elsewhere.
      if (!hasRole || !isPlausibleSingleName(segment, tokens, text)) continue;
      if (isCharacterBeforeActor(text, segments, index)) continue;
    } else if (!hasRole && !GIVEN_NAMES.has(segment.words[0] as string)) {
      const spoke = speakerNames.has(key) || isFollowedBySpeech(text, tokens, segment);
      // "Play Video said" is a label the engine misread: a name's words are not also common words.
      if (!spoke || segment.words.some((word) => lowerWords.has(word.toLowerCase()))) continue;
    }
    if (!drafts.some((draft) => sameName(draft.words, segment.words))) {
      drafts.push({
        words: segment.words,
        name: segment.display,
        title: null,
        organisation: null,
        spans: [],
        quotes: 0,
        first: segment.span.start,
      });
    }
  }
  absorbShortNames(drafts);

  // Second pass: every mention of a known person, with the role read around it.
  let previous: { draft: Draft; role: Role; end: number } | null = null;
  for (const segment of segments) {
    if (segment.attributive || segment.inOrganisation) continue;
    const draft = resolveName(segment.words, drafts, segment.span.start);
    if (!draft) continue;
    draft.spans.push(segment.span);
    let role = segment.role;
    // "Senators John McCain and Lindsey Graham": the list shares the plural title.
    if (
      role.title === null &&
      previous?.role.plural &&
      LIST_JOINER_RE.test(text.slice(previous.end, segment.span.start))
    ) {
      role = previous.role;
    }
    if (draft.title === null && role.title !== null) {
      draft.title = role.title;
      draft.organisation = role.organisation;
    } else if (
      draft.organisation === null &&
      role.organisation !== null &&
      draft.title === role.title
    ) {
      draft.organisation = role.organisation;
    }
    previous = { draft, role, end: segment.span.end };
  }

  mergeByTitle(drafts);
  resolvePronounSources(attributions, drafts);
  for (const quote of quotes) {
    if (!quote.speaker || quote.speakerKind === 'outlet') continue;
    const draft = resolveSpeaker(quote.speaker, drafts, quote.span.start);
    if (draft) draft.quotes += 1;
  }

  const people = drafts
    .filter((draft) => draft.spans.length > 0)
    .sort((a, b) => firstStart(a) - firstStart(b))
    .map((draft): Person => {
      const spans = [...draft.spans].sort((a, b) => a.start - b.start);
      return {
        name: draft.name,
        title: draft.title,
        organisation: draft.organisation,
        official: isOfficialRole(draft.title, draft.organisation),
        mentions: spans.length,
        quotes: draft.quotes,
        spans,
      };
    });
  const roleSpans = segments.flatMap((segment) => (segment.role.span ? [segment.role.span] : []));
  return { people, unnamedOfficials: findUnnamedOfficials(text, tokens, segments, roleSpans) };
}

/**
 * Finds which known person a source or speaker string ("US Secretary of State John Kerry", "Cook",
 * "he") names, or null.
 */
export function matchPerson(name: string, people: Person[], position = -1): Person | null {
  const words = extractPersonName(name);
  if (words.length > 0) {
    const byWords = people.filter((person) => sameOrShortName(nameWords(person.name), words));
    if (byWords.length === 1) return byWords[0] as Person;
    if (byWords.length > 1) return nearestBefore(byWords, position) ?? (byWords[0] as Person);
    // "Yoon" for "Yoon Suk Yeol": family name first, when only one person starts with it.
    const byFirst = people.filter(
      (person) => words.length === 1 && nameWords(person.name)[0] === words[0],
    );
    if (byFirst.length === 1) return byFirst[0] as Person;
  }
  if (PRONOUN_RE.test(name.trim()) && position >= 0) return nearestBefore(people, position);
  return null;
}

/**
 * Strips titles, honorifics and organisation words from a speaker string, leaving the name ("Peter
 * Cook").
 */
export function extractPersonName(raw: string): string[] {
  const tokens = tokenize(raw);
  const segments = findNameSegments(raw, tokens).filter(
    (segment) => !segment.attributive && !segment.inOrganisation,
  );
  // The last name-like run is the name: titles and organisations come before it.
  const segment = segments[segments.length - 1];
  return segment ? segment.words : [];
}

/**
 * True when a source string reads as a person's name by itself: a first name, a title or an
 * honorific goes with the name ("Peter Cook", "Senator Warren", "Mr. Trump"), unlike "Uber" or
 * "Xbox Live".
 */
export function isPersonLikeName(raw: string): boolean {
  const tokens = tokenize(raw);
  const segments = findNameSegments(raw, tokens).filter(
    (segment) => !segment.attributive && !segment.inOrganisation,
  );
  const segment = segments[segments.length - 1];
  if (!segment) return false;
  return (
    segment.honorific || segment.role.title !== null || GIVEN_NAMES.has(segment.words[0] as string)
  );
}

/**
 * True when the name in a source string comes after an article or another name's possessive ("the
 * Golden Dawn", "Assassin's Creed Origins"), which makes it a thing's name more often than a
 * person's.
 */
export function isDoubtfulName(raw: string): boolean {
  const tokens = tokenize(raw);
  const segments = findNameSegments(raw, tokens).filter(
    (segment) => !segment.attributive && !segment.inOrganisation,
  );
  return segments[segments.length - 1]?.doubtful ?? false;
}

/**
 * True when a source string ends with an abbreviated title or honorific and so was cut at its dot
 * before the name ("Vermont Sen", "Mr").
 */
export function endsWithAbbreviatedTitle(raw: string): boolean {
  const last = tokenize(raw).at(-1)?.lower ?? '';
  return ABBREVIATIONS[last] !== undefined || HONORIFICS.has(last);
}

/**
 * True when a capitalised word of a source string can be part of a proper name (not "The", "In",
 * "Officials").
 */
export function isProperNameWord(word: string): boolean {
  const lower = word.toLowerCase().replace(POSSESSIVE_RE, '');
  return (
    CAPITALISED_RE.test(word) &&
    !FUNCTION_WORDS.has(lower) &&
    !GROUP_NOUNS.has(lower) &&
    !HONORIFICS.has(lower) &&
    ABBREVIATIONS[lower] === undefined
  );
}

/**
 * True when a title and organisation make a public office, a military, police, judicial or
 * international post, or an official spokesperson.
 */
export function isOfficialRole(title: string | null, organisation: string | null): boolean {
  if (!title) return false;
  const head = titleHead(title);
  if (!head) return false;
  if (ORG_DEPENDENT_TITLES.has(head)) {
    // A spokesman or director speaks for government only when the body is one (or none is named).
    if (organisation === null) return OFFICIAL_TITLES.has(head);
    return isGovernmentBody(organisation);
  }
  return OFFICIAL_TITLES.has(head);
}

/**
 * True when an organisation name is a government, military, police, judicial or international body
 * or a country.
 */
export function isGovernmentBody(organisation: string): boolean {
  if (PLACE_NAMES.has(organisation) || Object.values(DEMONYMS).includes(organisation)) return true;
  return GOVERNMENT_RE.test(organisation.toLowerCase());
}

/** The words of a person's name as the finder compares them ("George W. Bush" → George, W, Bush). */
function nameWords(name: string): string[] {
  return tokenize(name).map((token) => token.bare);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const raw = match[0].replace(SOFT_HYPHEN_RE, '');
    const possessive = POSSESSIVE_RE.test(raw);
    const bare = possessive ? raw.replace(POSSESSIVE_RE, '') : raw;
    tokens.push({
      text: raw,
      bare,
      lower: bare.toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
      capitalised: CAPITALISED_RE.test(raw),
      possessive,
    });
  }
  return tokens;
}

/**
 * Name-like: capitalised and not a function word, title, honorific, place, organisation word or
 * acronym.
 */
function isNameWord(token: Token): boolean {
  if (PARTICLE_NAME_RE.test(token.bare)) return true;
  if (!token.capitalised) return false;
  const { lower, bare } = token;
  if (JOINED_INITIALS_RE.test(bare)) return !PLACE_WORDS.has(`${bare}.`) && !PLACE_WORDS.has(bare);
  if (FUNCTION_WORDS.has(lower.replace(CONTRACTION_RE, ''))) return false;
  if (FUNCTION_WORDS.has(lower) || HONORIFICS.has(lower) || GROUP_NOUNS.has(lower)) return false;
  if (TITLE_WORDS.has(lower) || TITLE_WORDS.has(singular(lower)) || ABBREVIATIONS[lower])
    return false;
  if (PLACE_WORDS.has(bare) || ORG_HEADS.has(lower)) return false;
  if (ACRONYM_RE.test(bare) && !INITIAL_RE.test(bare)) return false;
  // A domain ("Wsws.org") is an outlet, not a person.
  if (bare.includes('.')) return false;
  return true;
}

/** A word that ends a name though it is also a title or place ("Steve King", "Michael Jordan"). */
function isNameTail(token: Token): boolean {
  if (!token.capitalised || ORG_HEADS.has(token.lower) || ACRONYM_RE.test(token.bare)) return false;
  return TITLE_WORDS.has(token.lower) || PLACE_WORDS.has(token.bare);
}

function findNameSegments(text: string, tokens: Token[]): NameSegment[] {
  const segments: NameSegment[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!(isNameWord(first) || isGivenNameMonth(text, tokens, i)) || isInitial(first.bare)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1] as Token;
      const next = tokens[j] as Token;
      if (prev.possessive) break;
      const gap = text.slice(prev.end, next.start);
      const isInitialGap = isInitial(prev.bare) && ABBREVIATION_GAP_RE.test(gap);
      if (!NAME_GAP_RE.test(gap) && !isInitialGap) break;
      if (isNameWord(next)) {
        j += 1;
        continue;
      }
      // "bin Laden", "van der Leyen": particles inside a name.
      const after = tokens[j + 1];
      if (
        PARTICLES.has(next.text) &&
        after &&
        NAME_GAP_RE.test(text.slice(next.end, after.start)) &&
        (isNameWord(after) || PARTICLES.has(after.text))
      ) {
        j += 1;
        continue;
      }
      if (isNameTail(next) && GIVEN_NAMES.has(first.bare) && !isCapitalisedAfter(text, tokens, j)) {
        j += 1;
        break;
      }
      // "Theresa May": a month as the surname right after a given name.
      if (
        j === i + 1 &&
        next.capitalised &&
        MONTHS.has(next.lower) &&
        GIVEN_NAMES.has(first.bare) &&
        !isCapitalisedAfter(text, tokens, j)
      ) {
        j += 1;
        break;
      }
      // "Kathleen Hall Jamieson": an organisation or place word between a first name and a surname.
      if (
        GIVEN_NAMES.has(first.bare) &&
        next.capitalised &&
        !ACRONYM_RE.test(next.bare) &&
        (ORG_HEADS.has(next.lower) || PLACE_WORDS.has(next.bare)) &&
        after &&
        NAME_GAP_RE.test(text.slice(next.end, after.start)) &&
        isNameWord(after) &&
        !isCapitalisedAfter(text, tokens, j + 1)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    // A trailing particle is not part of the name.
    // A trailing particle or initial is not part of the name ("Charles G." before a line break).
    while (
      j - 1 > i &&
      (PARTICLES.has((tokens[j - 1] as Token).text) || isInitial((tokens[j - 1] as Token).bare))
    ) {
      j -= 1;
    }
    const last = tokens[j - 1] as Token;
    const words = tokens.slice(i, j).map((token) => token.bare);
    const nextToken = tokens[j];
    const gapAfter = nextToken ? text.slice(last.end, nextToken.start) : '';
    // "Obama administration", and "Con Edison officials", "Clinton aides": a group named after it.
    const attributive =
      !last.possessive &&
      nextToken !== undefined &&
      NAME_GAP_RE.test(gapAfter) &&
      (ATTRIBUTIVE_FOLLOWERS.has(nextToken.lower) ||
        (!nextToken.capitalised &&
          (GROUP_NOUNS.has(nextToken.lower) || UNNAMED_HEADS.has(nextToken.lower))));
    const inOrganisation =
      !last.possessive &&
      nextToken !== undefined &&
      NAME_GAP_RE.test(gapAfter) &&
      ((nextToken.capitalised && ORG_HEADS.has(nextToken.lower)) ||
        (!nextToken.capitalised && INSTITUTION_FOLLOWERS.has(nextToken.lower)));
    const before = readPremodifier(text, tokens, i);
    const role = before.role.title !== null ? before.role : readAppositive(text, last.end);
    const span = { start: first.start, end: last.possessive ? last.end - 2 : last.end };
    const after = text.slice(span.end, span.end + 12);
    const acronym = BRACKETED_ACRONYM_RE.exec(after)?.[1];
    const isAcronymed =
      acronym !== undefined && acronym === words.map((word) => word.charAt(0)).join('');
    const previous = tokens[i - 1];
    const isAdjacent =
      previous !== undefined && TITLE_GAP_RE.test(text.slice(previous.end, first.start));
    const hasGivenName = GIVEN_NAMES.has(first.bare);
    // "a Margaret Hamilton Lego minifigure", "the Golden Dawn": an article before a bare name.
    const isAfterArticle = isAdjacent && DETERMINERS.has(previous.lower);
    // "Assassin's Creed Origins" (but "Facebook's Mark Zuckerberg").
    const isAfterPossessive =
      isAdjacent && previous.possessive && previous.capitalised && !hasGivenName;
    segments.push({
      from: i,
      to: j,
      words,
      display: text.slice(span.start, span.end).replace(SOFT_HYPHEN_RE, ''),
      span,
      // "(Thomas Coex/AFP/Getty Images)": a photo credit, not a mention.
      attributive: attributive || CREDIT_SLASH_RE.test(after),
      inOrganisation: inOrganisation || before.inOrganisation || isAcronymed,
      honorific: before.honorific,
      doubtful:
        role.title === null &&
        (isAfterArticle ||
          isAfterPossessive ||
          (LABEL_COLON_RE.test(after) && !hasGivenName && words.length > 1)),
      role,
    });
    i = j;
  }
  return segments;
}

/**
 * A month that is also a given name, as "Mar" in "said Mar Hicks, a historian" (quanta-1): taken as
 * one only before a name word that a title or a speech verb follows, and not after a preposition
 * ("In April Trump said").
 */
function isGivenNameMonth(text: string, tokens: Token[], index: number): boolean {
  const month = tokens[index] as Token;
  const surname = tokens[index + 1];
  const previous = tokens[index - 1];
  if (!month.capitalised || !MONTHS.has(month.lower) || !GIVEN_NAMES.has(month.bare)) {
    return false;
  }
  if (!surname || !isNameWord(surname) || !NAME_GAP_RE.test(text.slice(month.end, surname.start))) {
    return false;
  }
  if (previous && FUNCTION_WORDS.has(previous.lower)) return false;
  const after = tokens[index + 2];
  const isFollowedBySpeechCue =
    after !== undefined &&
    SPEECH_CUES.has(after.lower) &&
    NAME_GAP_RE.test(text.slice(surname.end, after.start));
  return isFollowedBySpeechCue || readAppositive(text, surname.end).title !== null;
}

/** A lone capital or joined initials ("W", "H.W"). */
function isInitial(word: string): boolean {
  return INITIAL_RE.test(word) || JOINED_INITIALS_RE.test(word);
}

/** A function word, but "US" (the country) is not "us". */
function isFunctionWord(token: Token): boolean {
  return FUNCTION_WORDS.has(token.lower) && !ACRONYM_RE.test(token.bare);
}

function isCapitalisedAfter(text: string, tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  return !!next && next.capitalised && NAME_GAP_RE.test(text.slice(token.end, next.start));
}

/** Reads the title and organisation right before a name ("US Defense Department spokesman"). */
function readPremodifier(
  text: string,
  tokens: Token[],
  nameIndex: number,
): { role: Role; honorific: boolean; inOrganisation: boolean } {
  const words: Token[] = [];
  let honorific = false;
  let inOrganisation = false;
  for (let k = nameIndex - 1; k >= 0 && words.length < MAX_PREMODIFIER_TOKENS; k--) {
    const token = tokens[k] as Token;
    const after = tokens[k + 1] as Token;
    const gap = text.slice(token.end, after.start);
    const isAbbreviation = HONORIFICS.has(token.lower) || ABBREVIATIONS[token.lower] !== undefined;
    if (!TITLE_GAP_RE.test(gap) && !(isAbbreviation && ABBREVIATION_GAP_RE.test(gap))) break;
    if (k === nameIndex - 1 && HONORIFICS.has(token.lower) && token.capitalised) {
      honorific = true;
      break;
    }
    // "Times reporter Peter Baker" is fine, but "New York Times Peter Baker" is not a name.
    if (
      k === nameIndex - 1 &&
      token.capitalised &&
      ORG_HEADS.has(token.lower) &&
      !TITLE_WORDS.has(token.lower)
    ) {
      inOrganisation = !isGovernmentBody(token.bare) && !token.possessive;
    }
    const isTitleWord =
      TITLE_WORDS.has(token.lower) ||
      TITLE_WORDS.has(singular(token.lower)) ||
      TITLE_MODIFIERS.has(token.lower) ||
      PORTFOLIOS.has(token.lower) ||
      ABBREVIATIONS[token.lower] !== undefined;
    if (!token.capitalised && !isTitleWord && token.lower !== 'of') break;
    words.unshift(token);
  }
  let role = parseRole(words);
  const titleToken = words[words.length - 1];
  const beforeTitle = tokens[nameIndex - 1 - words.length];
  if (
    titleToken &&
    role.title !== null &&
    ADJECTIVE_TITLES.has(role.title.toLowerCase()) &&
    (!titleToken.capitalised || (beforeTitle !== undefined && DETERMINERS.has(beforeTitle.lower)))
  ) {
    role = { title: null, organisation: null, plural: false, span: null };
  }
  // A name straight after an organisation with no title between ("Pentagon Peter Cook") is not a role.
  return { role, honorific, inOrganisation: inOrganisation && role.title === null };
}

/**
 * Splits the words before a name into organisation and title: "US Defense Secretary" → US / Defense
 * Secretary.
 */
function parseRole(words: Token[]): Role {
  const lowers = words.map((token) => token.lower);
  let titleStart = -1;
  let plural = false;
  for (let k = Math.min(words.length, MAX_TITLE_WORDS); k >= 1; k--) {
    const phrase = lowers.slice(-k).join(' ');
    const singularPhrase = singular(phrase);
    if (ALL_TITLES.has(phrase) || ABBREVIATIONS[phrase] !== undefined) {
      titleStart = words.length - k;
      break;
    }
    if (singularPhrase !== phrase && ALL_TITLES.has(singularPhrase)) {
      titleStart = words.length - k;
      plural = true;
      break;
    }
  }
  if (titleStart < 0) return { title: null, organisation: null, plural: false, span: null };
  // "Defense Secretary", "former deputy press secretary": modifiers and portfolios join the title.
  while (titleStart > 0) {
    const lower = lowers[titleStart - 1] as string;
    if (TITLE_MODIFIERS.has(lower) || PORTFOLIOS.has(lower) || lower === 'vice') titleStart -= 1;
    else break;
  }
  const titleWords = words.slice(titleStart).map((token, index, all) => {
    const expanded = ABBREVIATIONS[token.lower];
    if (expanded && all.length === 1) return expanded;
    return plural && index === all.length - 1 ? singularWord(token.bare) : token.bare;
  });
  const organisation = normaliseOrganisation(words.slice(0, titleStart));
  const firstWord = words[0] as Token;
  return {
    title: titleWords.join(' '),
    organisation,
    plural,
    span: { start: firstWord.start, end: (words[words.length - 1] as Token).end },
  };
}

/** Reads ", a Pentagon spokesman," or ", spokesman for the Defense Department," after a name. */
function readAppositive(text: string, nameEnd: number): Role {
  const none: Role = { title: null, organisation: null, plural: false, span: null };
  const match = APPOSITIVE_RE.exec(text.slice(nameEnd, nameEnd + 100));
  const phrase = match?.[1];
  if (!match || !phrase || RELATIVE_RE.test(phrase)) return none;
  const offset = nameEnd + match[0].length - phrase.length;
  const tokens = tokenize(phrase).map((token) => ({
    ...token,
    start: token.start + offset,
    end: token.end + offset,
  }));
  let k = 0;
  if (tokens[0] && POSSESSIVE_DETERMINERS.has(tokens[0].lower)) return none;
  if (tokens[k] && DETERMINERS.has((tokens[k] as Token).lower)) k += 1;
  // Find where the title ends: the last title word before any preposition.
  let end = -1;
  for (let m = k; m < tokens.length; m++) {
    const token = tokens[m] as Token;
    if (ORG_PREPOSITIONS.has(token.lower) && end >= 0) break;
    if (TITLE_WORDS.has(token.lower) && ALL_TITLES.has(token.lower)) end = m + 1;
    else if (end >= 0 && !TITLE_WORDS.has(token.lower)) break;
  }
  if (end < 0) return none;
  const role = parseRole(tokens.slice(k, end));
  if (role.title === null) return none;
  let organisation = role.organisation;
  const rest = tokens.slice(end);
  if (organisation === null && rest[0] && ORG_PREPOSITIONS.has(rest[0].lower)) {
    const orgWords = rest.slice(1).filter((token) => !DETERMINERS.has(token.lower));
    if (orgWords.length > 0 && orgWords.every((token) => token.capitalised)) {
      organisation = normaliseOrganisation(orgWords);
    }
  } else if (
    rest.length > 0 &&
    (organisation === null || !ORG_PREPOSITIONS.has((rest[0] as Token).lower))
  ) {
    // Anything else after the title makes this a clause ("a spokesman who…") or the title a modifier
    // ("a member of Ennahda’s general secretariat").
    return none;
  }
  return { ...role, organisation };
}

/** Keeps the capitalised tail of the words before a title and writes a lone demonym as its country. */
function normaliseOrganisation(words: Token[]): string | null {
  let from = words.length;
  while (
    from > 0 &&
    (words[from - 1] as Token).capitalised &&
    (words[from - 1] as Token).lower !== 'of'
  ) {
    from -= 1;
  }
  const kept = words.slice(from);
  while (kept.length > 0 && isFunctionWord(kept[0] as Token)) kept.shift();
  if (kept.length === 0) return null;
  const name = kept
    .map((token, index) => (index === kept.length - 1 ? token.bare : token.text))
    .join(' ');
  const dotted = `${name}.`;
  return DEMONYMS[name] ?? DEMONYMS[dotted] ?? name;
}

function isFollowedBySpeech(text: string, tokens: Token[], segment: NameSegment): boolean {
  const next = tokens[segment.to];
  // On the same line: "+ Added Slime Block\n+ Added …" in a changelog is no speaker.
  return (
    !!next &&
    SPEECH_CUES.has(next.lower) &&
    NAME_GAP_RE.test(text.slice(segment.span.end, next.start))
  );
}

/**
 * A lone capitalised word is a name only away from a sentence start, or when the lower-case word
 * never occurs.
 */
function isPlausibleSingleName(segment: NameSegment, tokens: Token[], text: string): boolean {
  const word = segment.words[0] as string;
  if (segment.honorific) return true;
  const before = text.slice(Math.max(0, segment.span.start - 3), segment.span.start);
  const sentenceStart = segment.from === 0 || SENTENCE_START_RE.test(before);
  if (!sentenceStart) return true;
  const lower = word.toLowerCase();
  return !tokens.some((token) => token.text === lower);
}

/** True when a name at this position opens a numbered list entry ("18) Lady Macbeth"). */
function isListEntryStart(text: string, start: number): boolean {
  return LIST_ENTRY_START_RE.test(
    text.slice(Math.max(0, start - LIST_ENTRY_LOOKBACK_CHARS), start),
  );
}

/**
 * A one-word name right before a bracketed full name is a character and the actor who plays it
 * ("hotel manager Bobby (a splendid, warm Willem Dafoe)", videos-1), not a person of the article.
 */
function isCharacterBeforeActor(text: string, segments: NameSegment[], index: number): boolean {
  const segment = segments[index] as NameSegment;
  const next = segments[index + 1];
  return (
    segment.words.length === 1 &&
    next !== undefined &&
    next.words.length > 1 &&
    OPEN_BRACKET_RE.test(text.slice(segment.span.end, next.span.start)) &&
    text.startsWith(')', next.span.end)
  );
}

function addSpeakerName(raw: string, names: Set<string>): void {
  const words = extractPersonName(raw);
  if (words.length > 0) names.add(words.join(' '));
}

function sameName(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

/** "Carter" or "Mr. Carter" or "Ashton B. Carter" names the same person as "Ashton Carter". */
function sameOrShortName(full: string[], words: string[]): boolean {
  if (sameName(full, words)) return true;
  // "John D" is "John D. Podesta" cut at the initial's dot by a sentence splitter.
  const cut = words[words.length - 1] as string;
  if (words.length > 1 && INITIAL_RE.test(cut) && full.length > words.length) {
    return words.every((word, index) => word === full[index]);
  }
  const last = full[full.length - 1] as string;
  if (words.length === 1) {
    const word = words[0] as string;
    return (
      surnameKey(word) === surnameKey(last) ||
      (full.length > 1 && word === full[0] && GIVEN_NAMES.has(word))
    );
  }
  // "Forrest Jones" for "Michael Forrest Jones".
  const tail = full.slice(full.length - words.length);
  if (words.length < full.length && sameName(tail, words)) return true;
  return words[0] === full[0] && words[words.length - 1] === last;
}

/** A surname without its Arabic article, so "Bashir" finds "al-Bashir". */
function surnameKey(word: string): string {
  return word.replace(PARTICLE_PREFIX_RE, '');
}

/** Merges people first known by one word ("President Obama") into a full name ("Barack Obama"). */
function absorbShortNames(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const short = drafts[i] as Draft;
    const longer = drafts.filter(
      (other) =>
        other !== short &&
        other.words.length > short.words.length &&
        sameOrShortName(other.words, short.words),
    );
    if (longer.length === 0) continue;
    const target = longer[0] as Draft;
    target.first = Math.min(target.first, short.first);
    drafts.splice(i, 1);
  }
}

/**
 * "President Yoon Suk Yeol" … "President Yoon": family name first, so the short form is the first
 * word, not the last. Merge it when the title agrees, which a different person rarely shares.
 */
function mergeByTitle(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const short = drafts[i] as Draft;
    if (short.words.length !== 1 || short.title === null) continue;
    const longer = drafts.filter(
      (other) =>
        other.words.length > 1 &&
        other.words[0] === short.words[0] &&
        other.title?.toLowerCase() === short.title?.toLowerCase(),
    );
    if (longer.length !== 1) continue;
    const target = longer[0] as Draft;
    target.spans.push(...short.spans);
    target.quotes += short.quotes;
    drafts.splice(i, 1);
  }
}

/**
 * Finds the person a run of name words refers to; a shared surname goes to the one named last
 * before.
 */
function resolveName(words: string[], drafts: Draft[], position: number): Draft | null {
  const exact = drafts.find((draft) => sameName(draft.words, words));
  if (exact) return exact;
  const matches = drafts.filter((draft) => sameOrShortName(draft.words, words));
  if (matches.length <= 1) return matches[0] ?? null;
  let best: Draft | null = null;
  let bestStart = -1;
  for (const draft of matches) {
    for (const span of draft.spans) {
      if (span.start < position && span.start > bestStart) {
        best = draft;
        bestStart = span.start;
      }
    }
  }
  return best ?? (matches[0] as Draft);
}

function resolveSpeaker(raw: string, drafts: Draft[], position: number): Draft | null {
  const words = extractPersonName(raw);
  if (words.length > 0) return resolveName(words, drafts, position);
  if (PRONOUN_RE.test(raw.trim())) return nearestDraftBefore(drafts, position);
  return null;
}

/** "…, he said": a pronoun source counts as a mention of the person named last before it. */
function resolvePronounSources(attributions: Attribution[], drafts: Draft[]): void {
  for (const attribution of attributions) {
    const span = attribution.sourceSpan;
    if (!span || !PRONOUN_RE.test(attribution.source.trim())) continue;
    const draft = nearestDraftBefore(drafts, span.start);
    if (draft && !draft.spans.some((s) => s.start === span.start)) draft.spans.push({ ...span });
  }
}

function nearestDraftBefore(drafts: Draft[], position: number): Draft | null {
  let best: Draft | null = null;
  let bestStart = position - PRONOUN_LOOKBACK_CHARS;
  for (const draft of drafts) {
    for (const span of draft.spans) {
      if (span.end <= position && span.start > bestStart) {
        best = draft;
        bestStart = span.start;
      }
    }
  }
  return best;
}

function nearestBefore(people: Person[], position: number): Person | null {
  let best: Person | null = null;
  let bestStart = position < 0 ? -1 : position - PRONOUN_LOOKBACK_CHARS;
  for (const person of people) {
    for (const span of person.spans) {
      if ((position < 0 || span.end <= position) && span.start > bestStart) {
        best = person;
        bestStart = span.start;
      }
    }
  }
  return best;
}

function firstStart(draft: Draft): number {
  return Math.min(...draft.spans.map((span) => span.start));
}

/**
 * Finds office-holders named only by their post: "the US Ambassador in Moscow", "ranking Russian
 * diplomats".
 */
function findUnnamedOfficials(
  text: string,
  tokens: Token[],
  segments: NameSegment[],
  roleSpans: TextSpan[],
): UnnamedOfficial[] {
  const found = new Map<string, UnnamedOfficial>();
  const segmentStarts = new Set(segments.map((segment) => segment.from));
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (!UNNAMED_HEADS.has(head.lower)) continue;
    // The title of a named person ("spokesman Peter Cook") is not an unnamed official.
    if (roleSpans.some((span) => head.start >= span.start && head.end <= span.end)) continue;
    if (segmentStarts.has(i + 1) && TITLE_GAP_RE.test(text.slice(head.end, tokens[i + 1]?.start)))
      continue;
    let from = i;
    while (from > 0) {
      const prev = tokens[from - 1] as Token;
      if (!TITLE_GAP_RE.test(text.slice(prev.end, (tokens[from] as Token).start))) break;
      const isModifier =
        UNNAMED_MODIFIERS.has(prev.lower) ||
        (prev.capitalised && !isFunctionWord(prev) && !prev.possessive);
      if (!isModifier) break;
      // "US and Russian officials" joins two qualifiers; "in Moscow and ranking diplomats" does not.
      const beforeAnd = tokens[from - 2];
      if (
        prev.lower === 'and' &&
        !(beforeAnd && (DEMONYMS[beforeAnd.bare] || UNNAMED_MODIFIERS.has(beforeAnd.lower)))
      ) {
        break;
      }
      from -= 1;
    }
    while (from < i && (tokens[from] as Token).lower === 'and') from += 1;
    const det = tokens[from - 1];
    if (
      det &&
      DETERMINERS.has(det.lower) &&
      TITLE_GAP_RE.test(text.slice(det.end, (tokens[from] as Token).start))
    ) {
      from -= 1;
    }
    let to = i + 1;
    const prep = tokens[to];
    if (
      prep &&
      PLACE_PREPOSITIONS.has(prep.lower) &&
      TITLE_GAP_RE.test(text.slice(head.end, prep.start))
    ) {
      let k = to + 1;
      if (tokens[k] && DETERMINERS.has((tokens[k] as Token).lower)) k += 1;
      const placeStart = k;
      while (
        tokens[k] &&
        (tokens[k] as Token).capitalised &&
        TITLE_GAP_RE.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start))
      ) {
        k += 1;
      }
      if (k > placeStart) to = k;
    }
    const description = text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
    // A bare plural ("officials") says too little to list.
    if (from === i && to === i + 1) continue;
    const key = description.toLowerCase().replace(LEADING_DETERMINER_RE, '');
    const existing = found.get(key);
    if (existing) existing.mentions += 1;
    else found.set(key, { description, mentions: 1 });
  }
  return [...found.values()];
}

function titleHead(title: string): string | null {
  const lower = title.toLowerCase();
  const words = lower.split(' ');
  // The longest known title at the end of the phrase: "former deputy press secretary" → "press secretary".
  for (let k = 0; k < words.length; k++) {
    const phrase = words.slice(k).join(' ');
    if (OFFICIAL_TITLES.has(phrase) || ORG_DEPENDENT_TITLES.has(phrase) || ALL_TITLES.has(phrase))
      return phrase;
    const expanded = ABBREVIATIONS[phrase];
    if (expanded) return expanded.toLowerCase();
  }
  return null;
}

function singular(word: string): string {
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function singularWord(word: string): string {
  const lower = singular(word.toLowerCase());
  return word[0] === word[0]?.toUpperCase()
    ? lower.charAt(0).toUpperCase() + lower.slice(1)
    : lower;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
