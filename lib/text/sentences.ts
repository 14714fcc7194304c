import type { TextBlock } from '../article-text';
import type { TextSpan } from '../report';

/**
 * Sentence end: terminal punctuation, optional closing marks or brackets, then space. The caller
 * checks what follows, because "U.S. officials" must not split.
 */
const SENTENCE_END = /[.!?…]+["”’'»)\]]*(?=\s)/g;

/** What may start a sentence: an upper-case letter, a digit or an opening mark. */
const SENTENCE_START = /^\s+["“‘'«([]?[\p{Lu}\p{N}]/u;

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

/** Initials ("John F. Kennedy", "George H.W. Bush", "J.K. Rowling") never end a sentence. */
const INITIAL = /^\p{Lu}(?:\.\p{Lu})*$/u;

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
