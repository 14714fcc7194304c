import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

function sentencesOf(text: string): string[] {
  const block = { start: 0, end: text.length, tag: 'p', blockquote: -1 };
  return splitSentences(text, [block]).map(({ start, end }) => text.slice(start, end));
}

describe('splitSentences', () => {
  it.each([
    ['a single initial', 'John F. Kennedy spoke. He left.', ['John F. Kennedy spoke.', 'He left.']],
    [
      'joined initials before a surname',
      'Jane met George H.W. Bush there. He left.',
      ['Jane met George H.W. Bush there.', 'He left.'],
    ],
    [
      'joined initials opening a sentence',
      'It rained. J.K. Rowling stayed in.',
      ['It rained.', 'J.K. Rowling stayed in.'],
    ],
    [
      'an abbreviation',
      'The U.S. Senate voted. It passed.',
      ['The U.S. Senate voted.', 'It passed.'],
    ],
  ])('should not end a sentence at %s', (_name, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it('should end a sentence at joined initials before a word that opens one', () => {
    const input =
      'He worked for the C.I.A. She said it was a lie. He moved to L.A. The rest is known.';
    expect(sentencesOf(input)).toEqual([
      'He worked for the C.I.A.',
      'She said it was a lie.',
      'He moved to L.A.',
      'The rest is known.',
    ]);
  });
});
