import type { TextSpan } from '../report';

/** A word or punctuation mark of the text, with its offsets. */
export interface Token extends TextSpan {
  text: string;
  /** Lower-case text, for lexicon look-ups. */
  lower: string;
  /** True for a word (letters or digits), false for punctuation. */
  isWord: boolean;
}

/**
 * A letter or digit outside ASCII ("é", "ß", "勝"). Here and in the other text patterns an
 * alternation, not the class [\p{L}\p{N}]: Chromium builds that class by merging the two
 * properties' ranges each time a pattern holding it is compiled, 0.2-0.4 ms a pattern more.
 */
const NON_ASCII_WORD_CHAR = /(?:\p{L}|\p{N})/u;

/** White space outside ASCII (no-break and thin spaces). */
const NON_ASCII_SPACE = /\s/u;

/** Leading letter is upper-case (a name, a sentence start, an acronym). */
const CAPITALISED = /^\p{Lu}/u;

/**
 * Characters that join two runs of letters into one word: apostrophes, hyphen, dot, ampersand
 * ("it's", "al-Assad", "U.S", "Wsws.org", "AT&T").
 */
const JOINERS = new Set([0x27, 0x2019, 0x2d, 0x2e, 0x26]);

/** Classification memo for non-ASCII characters, which are rare but slow to test by regex. */
const NON_ASCII_CLASS = new Map<number, number>();

/** Character classes. */
const SPACE = 0;
const WORD = 1;
const MARK = 2;

function classify(code: number): number {
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return SPACE;
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      return WORD;
    }
    return MARK;
  }
  let found = NON_ASCII_CLASS.get(code);
  if (found === undefined) {
    const ch = String.fromCharCode(code);
    found = NON_ASCII_WORD_CHAR.test(ch) ? WORD : NON_ASCII_SPACE.test(ch) ? SPACE : MARK;
    NON_ASCII_CLASS.set(code, found);
  }
  return found;
}

/**
 * Splits `text` between `start` and `end` into tokens with absolute offsets. Words keep inner
 * joiners; every other non-space character is a token of its own. A hand-written scanner, as this
 * runs over every sentence of the article and a regex iterator costs several times more.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const kind = classify(text.charCodeAt(i));
    if (kind === SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    if (kind === WORD) {
      for (;;) {
        while (j < end && classify(text.charCodeAt(j)) === WORD) j++;
        if (
          j + 1 < end &&
          JOINERS.has(text.charCodeAt(j)) &&
          classify(text.charCodeAt(j + 1)) === WORD
        ) {
          j += 2;
          continue;
        }
        break;
      }
    }
    const word = text.slice(i, j);
    tokens.push({ text: word, lower: word.toLowerCase(), start: i, end: j, isWord: kind === WORD });
    i = j;
  }
  return tokens;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return CAPITALISED.test(token.text);
}
