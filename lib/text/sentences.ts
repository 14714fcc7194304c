import type { TextBlock } from '../article-text';
import type { TextSpan } from '../report';
import NOUNS from '../lexicons/source-nouns.json';
import { isHonorific } from './names';

/**
 * Sentence end: terminal punctuation, optional closing marks or brackets, then space. The caller
 * checks what follows, because "U.S. officials" must not split.
 */
const SENTENCE_END = /[.!?…]+["”’'»)\]]*(?=\s)/g;

/** What may start a sentence: an upper-case letter, a digit or an opening mark. */
const SENTENCE_START = /^\s+["“‘'«([]?(?:\p{Lu}|\p{N})/u;

/** Abbreviations that end with a dot without ending the sentence (lower-case, without the dot). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'rev',
  'st',
  'jr',
  'sr',
  'inc',
  'co',
  'corp',
  'ltd',
  'vs',
  'v',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'd.c',
  'ft',
  'mt',
  'gop',
  'atty',
  'supt',
  'ave',
  'blvd',
  'fig',
  'approx',
  'est',
  'dept',
  'univ',
  'pres',
  'sec',
  'amb',
  'hon',
]);

/** The word just before a dot. */
const WORD_BEFORE_DOT = /([\p{L}.]+)\.$/u;

/** A single initial ("John F. Kennedy") never ends a sentence. */
const INITIAL = /^\p{Lu}$/u;

/**
 * Joined initials ("George H.W. Bush", "J.K. Rowling") end a sentence only before a word that opens
 * one ("…joined the F.B.I. He said"), not before the rest of a name.
 */
const JOINED_INITIALS = /^\p{Lu}(?:\.\p{Lu})+$/u;

/**
 * Words that open sentences, lower-case: never a source on their own ("This said…", "Today") and
 * never the rest of a name.
 */
export const SENTENCE_OPENERS = new Set([
  'the',
  'to',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'then',
  'now',
  'also',
  'here',
  'there',
  'what',
  'when',
  'where',
  'why',
  'how',
  'today',
  'yesterday',
  'in',
  'on',
  'at',
  'as',
  'if',
  'after',
  'before',
  'while',
  'since',
  'still',
  'instead',
  'meanwhile',
  'however',
  'indeed',
  'some',
  'many',
  'most',
  'all',
  'both',
  'one',
  'no',
  'not',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'such',
  'other',
  'another',
  'each',
  'every',
]);

/** Pronouns, which open sentences as often as names do (lower-case). */
const PRONOUNS = new Set(NOUNS.pronouns);

/** The first word after a sentence-end candidate. */
const NEXT_WORD = /^\s+["“‘'«([]?([\p{L}]+)/u;

/**
 * Splits the text of each block into sentences. `protectedSpans` (quotations) are never split, so a
 * quote of several sentences stays in the sentence that attributes it.
 */
export function splitSentences(
  text: string,
  blocks: readonly TextBlock[],
  protectedSpans: readonly TextSpan[] = [],
): TextSpan[] {
  const sentences: TextSpan[] = [];
  for (const block of blocks) {
    let start = block.start;
    const slice = text.slice(block.start, block.end);
    for (const match of slice.matchAll(SENTENCE_END)) {
      const end = block.start + match.index + match[0].length;
      if (!SENTENCE_START.test(text.slice(end, Math.min(block.end, end + 4)))) continue;
      if (match[0].startsWith('.') && match[0].length === 1) {
        const word = WORD_BEFORE_DOT.exec(text.slice(Math.max(block.start, end - 12), end))?.[1];
        if (word && (ABBREVIATIONS.has(word.toLowerCase()) || INITIAL.test(word))) continue;
        if (word && JOINED_INITIALS.test(word)) {
          const next = NEXT_WORD.exec(text.slice(end, Math.min(block.end, end + 24)))?.[1];
          if (next && !opensSentence(next)) continue;
        }
      }
      const inside = protectedSpans.some((s) => s.start < end && end < s.end);
      if (inside) continue;
      sentences.push({ start, end });
      start = end;
      while (start < block.end && /\s/.test(text[start] as string)) start++;
    }
    if (start < block.end) sentences.push({ start, end: block.end });
  }
  return sentences;
}

/** True for a word that opens a sentence and never continues a name ("The", "She", "Mr"). */
function opensSentence(word: string): boolean {
  const lower = word.toLowerCase();
  return SENTENCE_OPENERS.has(lower) || PRONOUNS.has(lower) || isHonorific(word);
}
