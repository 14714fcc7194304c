import type { TextBlock } from '../article-text';
import type { TextSpan } from '../report';

/** A run of text between matching quotation marks. */
export interface QuotedSpan extends TextSpan {
  /** Start of the quoted words, after the opening mark. */
  innerStart: number;
  /** End of the quoted words, before the closing mark. */
  innerEnd: number;
  /** Index of the block the opening mark is in. */
  firstBlock: number;
  /** Index of the block the closing mark is in (later than firstBlock for multi-paragraph quotes). */
  lastBlock: number;
}

/** Opening double marks and the closers each accepts (curly, low-9, guillemets, corner brackets). */
const DOUBLE_PAIRS: Record<string, string> = {
  // Mixed straight and curly marks are common in wire copy ("…,” said X).
  '“': '”“"',
  '„': '“”',
  '«': '»',
  '‹': '›',
  '「': '」',
  '『': '』',
  '"': '"”',
};

/**
 * Two apostrophes standing for a double mark, as in the New York Times' plain-text feeds (''We will
 * win,'' he said).
 */
const DOUBLED_APOSTROPHE = "''";

/** Opening single marks and their closers. */
const SINGLE_PAIRS: Record<string, string> = {
  '‘': '’',
  "'": "'",
  '‚': '‘’',
};

/** Any character that can open a quotation. */
const ANY_MARK = /["'“„«‹「『‘‚]/g;

/** Characters that may stand before an opening mark. */
const BEFORE_OPENER = /[\s([{—–\-/:;,=“"‘'«]/;

/** A letter or digit: marks touching one on the inside side are apostrophes, not quotes. */
const WORD_CHAR = /(?:\p{L}|\p{N})/u;

/** Elisions written with a leading apostrophe ('em, rock 'n' roll, 'til, '90s). */
const ELISION_AFTER_MARK =
  /^(?:em|n|tis|twas|til|cause|bout|round|nuff|cept|ya|s|\d\d)(?![\p{L}])/iu;

/** Whitespace at the start of a block before a continuing paragraph's opening mark. */
const LEADING_SPACE = /^\s*/;

/** Marks that only ever open a quotation, so they need no check of their neighbours. */
const UNAMBIGUOUS_OPENERS = new Set(['«', '‹', '「', '『', '„']);

function isOpenerAt(text: string, index: number, blockStart: number): boolean {
  if (UNAMBIGUOUS_OPENERS.has(text[index] as string)) return true;
  const before = index > blockStart ? (text[index - 1] as string) : ' ';
  const after = text[index + 1] ?? ' ';
  if (!BEFORE_OPENER.test(before) && index > blockStart) return false;
  return !/\s/.test(after);
}

function isSingleOpenerAt(text: string, index: number, blockStart: number): boolean {
  if (!isOpenerAt(text, index, blockStart)) return false;
  const after = text.slice(index + 1, index + 6);
  return WORD_CHAR.test(after[0] ?? '') && !ELISION_AFTER_MARK.test(after);
}

/** Finds the closer of a double quote opened at `from`, or -1 before `end`. */
function findDoubleCloser(text: string, opener: string, from: number, end: number): number {
  const closers = DOUBLE_PAIRS[opener] as string;
  for (let i = from; i < end; i++) {
    const ch = text[i] as string;
    if (!closers.includes(ch)) continue;
    // Inside curly marks, a straight mark placed as an opener starts a nested quotation (or an
    // attribute in quoted markup, onerror="…"): skip to its own closer rather than stop there.
    if (ch === '"' && opener !== '"' && isOpenerAt(text, i, from)) {
      const nestedEnd = findDoubleCloser(text, '"', i + 1, end);
      if (nestedEnd < 0) return i;
      i = nestedEnd;
      continue;
    }
    // A repeated opening mark counts as a closer only where an opener cannot be (“word“ typos).
    if (ch === opener && opener !== '"') {
      const after = text[i + 1] ?? ' ';
      if (WORD_CHAR.test(after)) continue;
    }
    return i;
  }
  return -1;
}

function findDoubledCloser(text: string, from: number, end: number): number {
  for (
    let i = text.indexOf(DOUBLED_APOSTROPHE, from);
    i >= 0 && i + 1 < end;
    i = text.indexOf(DOUBLED_APOSTROPHE, i + 2)
  ) {
    // "…the word 'old-school,'''": a nested single quote closes first, the last two marks after it.
    const at = text[i + 2] === "'" ? i + 1 : i;
    if (!WORD_CHAR.test(text[at + 2] ?? ' ')) return at;
  }
  return -1;
}

function findSingleCloser(text: string, opener: string, from: number, end: number): number {
  const closers = SINGLE_PAIRS[opener] as string;
  for (let i = from; i < end; i++) {
    const ch = text[i] as string;
    if (!closers.includes(ch)) continue;
    const after = text[i + 1] ?? ' ';
    const before = text[i - 1] ?? ' ';
    // it’s, don’t: a mark between letters is an apostrophe.
    if (WORD_CHAR.test(after) || /\s/.test(before)) continue;
    return i;
  }
  return -1;
}

/**
 * Finds quoted spans block by block. A quote never crosses a block unless the next block opens with
 * the same mark (the convention for a multi-paragraph quotation), so an unbalanced mark costs one
 * paragraph at most.
 */
export function findQuotedSpans(text: string, blocks: readonly TextBlock[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  // The next quotation mark or apostrophe at or after the last search: a search that runs past its
  // block is kept for the blocks after it, so that paragraphs without marks are read once.
  let nextMark = -1;
  for (let b = 0; b < blocks.length; b++) {
    let block = blocks[b] as TextBlock;
    let i = block.start;
    while (i < block.end) {
      if (nextMark < i) {
        ANY_MARK.lastIndex = i;
        nextMark = ANY_MARK.exec(text)?.index ?? Infinity;
      }
      if (nextMark >= block.end) break;
      i = nextMark;
      const ch = text[i] as string;
      if (ch === "'" && text[i + 1] === "'") {
        // Doubled apostrophes: a double mark two characters wide.
        const opens =
          (i === block.start || BEFORE_OPENER.test(text[i - 1] as string)) &&
          !/\s/.test(text[i + 2] ?? ' ');
        const closeAt = opens ? findDoubledCloser(text, i + 2, block.end) : -1;
        if (closeAt < 0) {
          i += 2;
          continue;
        }
        spans.push({
          start: i,
          end: closeAt + 2,
          innerStart: i + 2,
          innerEnd: closeAt,
          firstBlock: b,
          lastBlock: b,
        });
        i = closeAt + 2;
        continue;
      }
      const isDouble = ch in DOUBLE_PAIRS && isOpenerAt(text, i, block.start);
      const isSingle = !isDouble && ch in SINGLE_PAIRS && isSingleOpenerAt(text, i, block.start);
      if (!isDouble && !isSingle) {
        i++;
        continue;
      }
      const open = i;
      let closeAt = -1;
      let lastBlock = b;
      if (isDouble) {
        closeAt = findDoubleCloser(text, ch, open + 1, block.end);
        // Multi-paragraph quotation: no closer here, the next block opens with the same mark.
        let scan = b;
        while (closeAt < 0 && scan + 1 < blocks.length) {
          const next = blocks[scan + 1] as TextBlock;
          const lead = (text.slice(next.start, next.end).match(LEADING_SPACE)?.[0] ?? '').length;
          if (text[next.start + lead] !== ch) break;
          scan++;
          closeAt = findDoubleCloser(text, ch, next.start + lead + 1, next.end);
          lastBlock = scan;
        }
      } else {
        closeAt = findSingleCloser(text, ch, open + 1, block.end);
      }
      if (closeAt < 0) {
        i = open + 1;
        continue;
      }
      spans.push({
        start: open,
        end: closeAt + 1,
        innerStart: open + 1,
        innerEnd: closeAt,
        firstBlock: b,
        lastBlock,
      });
      b = lastBlock;
      block = blocks[b] as TextBlock;
      i = closeAt + 1;
    }
  }
  return spans;
}
