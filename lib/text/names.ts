import TITLES from '../lexicons/titles.json';
import { isCapitalised, type Token } from './tokens';

/** Honorifics dropped from a name ("Mr. Kerry" → "Kerry"), lower-case without dots. */
const HONORIFICS = new Set(TITLES.honorifics);
/** Words of a title or office ("US Secretary of State"), lower-case. */
const TITLE_WORDS = new Set(TITLES.titles);
/** Words that mark an organisation's name ("Department", "Party"), lower-case. */
const ORG_WORDS = new Set(TITLES.orgWords);

/** The longest run of name words kept: "Martin Luther King Jr" is four. */
const MAX_NAME_WORDS = 4;

/** Name particles that may stay lower-case inside a name ("Charles de Gaulle", "Osama bin Laden"). */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'del',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'di',
  'du',
]);

/** Dots and possessives stripped when comparing words to the lexicons. */
const WORD_KEY = /[.’']s?$|\./g;

/** Memo of word keys: the same capitalised words recur across an article. */
const WORD_KEYS = new Map<string, string>();
/** Bound on the memo, so a long session does not grow it without end. */
const MAX_CACHED_KEYS = 20_000;

/** Lower-case key of a word for the title and honorific lexicons. */
export function toWordKey(word: string): string {
  let key = WORD_KEYS.get(word);
  if (key === undefined) {
    key = word.toLowerCase().replace(WORD_KEY, '');
    if (WORD_KEYS.size < MAX_CACHED_KEYS) WORD_KEYS.set(word, key);
  }
  return key;
}

/** True when the word is an honorific ("Mr.", "Sen.", "Dr"). */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(toWordKey(word));
}

/** True when the word belongs to a title or office rather than a name. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(toWordKey(word)) || HONORIFICS.has(toWordKey(word));
}

/** True when the word marks an organisation ("Department", "Party", "Pentagon"). */
export function isOrganisationWord(word: string): boolean {
  return ORG_WORDS.has(toWordKey(word));
}

/**
 * The person's name at the end of a noun phrase, without titles: "US Defense Department spokesman
 * Peter Cook" → [Peter, Cook]. Empty when the phrase ends in a title or an organisation ("the White
 * House").
 */
export function findNameTokens(tokens: readonly Token[]): Token[] {
  const name: Token[] = [];
  for (let i = tokens.length - 1; i >= 0 && name.length < MAX_NAME_WORDS; i--) {
    const token = tokens[i] as Token;
    if (!token.isWord) {
      if (token.text === '.' && name.length === 0) continue;
      break;
    }
    if (NAME_PARTICLES.has(token.lower) && name.length > 0 && i > 0) {
      name.unshift(token);
      continue;
    }
    if (!isCapitalised(token) || isTitleWord(token.text) || isOrganisationWord(token.text)) break;
    name.unshift(token);
  }
  while (name.length > 0 && NAME_PARTICLES.has((name[0] as Token).lower)) name.shift();
  return name;
}
