import { describe, expect, it } from 'vitest';
import { articleTextFromString } from '../../lib/article-text';
import { findQuotes } from '../../lib/quotes';
import { findQuotedSpans } from '../../lib/text/quote-marks';

// Sentences are written for these tests in the style of wire copy; none is copied from a corpus.

function quotesOf(input: string) {
  return findQuotes(articleTextFromString(input));
}

describe('findQuotedSpans', () => {
  it.each([
    ['curly double', 'He said “we will win the vote” today.', 'we will win the vote'],
    ['straight double', 'He said "we will win the vote" today.', 'we will win the vote'],
    ['guillemets', 'Il a dit « nous allons gagner » hier.', ' nous allons gagner '],
    ['low-9 German', 'Er sagte „wir werden gewinnen“ gestern.', 'wir werden gewinnen'],
    ['single guillemets', 'Er sagte ‹wir werden gewinnen› gestern.', 'wir werden gewinnen'],
    ['corner brackets', '彼は「勝つ」と言った。', '勝つ'],
    ['curly single', 'He said ‘we will win the vote’ today.', 'we will win the vote'],
    ['doubled apostrophes', "''We will win the vote,'' he said.", 'We will win the vote,'],
    [
      'doubled apostrophes closing after a nested single quote',
      "''I call it 'a landslide,''' he said.",
      "I call it 'a landslide,'",
    ],
    ['mixed straight and curly', '"We will win the vote,” he said.', 'We will win the vote,'],
  ])('should read %s marks', (_name, input, expected) => {
    const { text, blocks } = articleTextFromString(input);
    const actual = findQuotedSpans(text, blocks).map((s) => text.slice(s.innerStart, s.innerEnd));
    expect(actual).toEqual([expected]);
  });

  it.each([
    ['contraction', '“It’s over and we don’t care,” she said.', 'It’s over and we don’t care,'],
    [
      'straight contraction',
      '"It\'s over and we don\'t care," she said.',
      "It's over and we don't care,",
    ],
    ['leading elision', '“We beat ’em all, every one,” she said.', 'We beat ’em all, every one,'],
    [
      'rock ’n’ roll',
      '“They played rock ’n’ roll all night,” she said.',
      'They played rock ’n’ roll all night,',
    ],
    [
      'plural possessive',
      '“The voters’ choice is clear,” she said.',
      'The voters’ choice is clear,',
    ],
  ])('should keep apostrophes inside a quote (%s)', (_name, input, expected) => {
    const actual = quotesOf(input).map((q) => q.text);
    expect(actual).toEqual([expected]);
  });

  it('should keep apostrophes outside quotes from opening one', () => {
    const input = "Rock 'n' roll fans and the '90s crowd don't mind, it's said.";
    const { text, blocks } = articleTextFromString(input);
    expect(findQuotedSpans(text, blocks)).toEqual([]);
  });

  it.each([
    [
      'a nested straight quote',
      '“He told me "go home" and then left,” Smith said.',
      'He told me "go home" and then left,',
    ],
    [
      'markup quoted as text',
      '“Posting <img src=x onerror="alert(1)"> is not a crime,” Smith said.',
      'Posting <img src=x onerror="alert(1)"> is not a crime,',
    ],
    [
      'a straight closer after a comma',
      '“We will win the vote," he said.',
      'We will win the vote,',
    ],
  ])('should close curly quotes past %s', (_name, input, expected) => {
    const actual = quotesOf(input).map((q) => q.text);
    expect(actual).toEqual([expected]);
  });

  it('should read a nested quote as part of the outer one', () => {
    const input = '“He told me, ‘Do not sign the deal,’ and I did not,” Smith said.';
    const actual = quotesOf(input).map((q) => q.text);
    expect(actual).toEqual(['He told me, ‘Do not sign the deal,’ and I did not,']);
  });

  it('should not run an unbalanced mark across paragraphs', () => {
    const input =
      'The senator said “the bill is dead and nobody will revive it.\n\nLater the governor said: “We will sign the bill next week.”';
    const actual = quotesOf(input).map((q) => q.text);
    expect(actual).toEqual(['We will sign the bill next week.']);
  });

  it('should join a multi-paragraph quotation into one quote', () => {
    const input =
      'Jane Smith, the mayor, said: “The budget is balanced for the first time in ten years.\n\n“We did it without raising taxes, and we will keep it that way.”';
    const actual = quotesOf(input);
    expect(actual).toHaveLength(1);
    expect(actual[0]?.speaker).toBe('Jane Smith');
    expect(input.slice(actual[0]!.span.start, actual[0]!.span.end)).toMatch(
      /^“The budget.*way\.”$/s,
    );
    expect(actual[0]?.text).toBe(
      'The budget is balanced for the first time in ten years.\n\nWe did it without raising taxes, and we will keep it that way.',
    );
  });
});

describe('findQuotes: speech or not', () => {
  it.each([
    ['scare quotes', 'The so-called “reform” left the budget unchanged.'],
    ['words as words', 'The word “deconfliction” appears twice in the report.'],
    ['title of a work', 'She wrote a book titled “The Long Road Home” last year.'],
    ['nickname', 'Dwayne “The Rock” Johnson arrived late to the gala.'],
    ['short quote, no cue', 'The shop was “home” to three generations.'],
  ])('should not count %s as a quote', (_name, input) => {
    expect(quotesOf(input)).toEqual([]);
  });

  it.each([
    ['short quote with a cue', 'Trump said the deal was “a disaster.”', 'a disaster.'],
    [
      'long unattributed quote',
      '“We will never give up on this city,” read the banner.',
      'We will never give up on this city,',
    ],
  ])('should keep a %s', (_name, input, expected) => {
    expect(quotesOf(input).map((q) => q.text)).toEqual([expected]);
  });

  it.each([
    [
      'fragment inside the writer’s sentence',
      'The officials “agreed to further discuss the plan,” said spokesman Peter Cook.',
      true,
    ],
    [
      'full sentence opening the paragraph',
      '“We agreed to discuss the plan,” Peter Cook said.',
      false,
    ],
    ['full sentence after a colon', 'Peter Cook said: “We agreed to discuss the plan.”', false],
    ['lower-case start', 'Cook said they had “agreed to talk again.”', true],
  ])('should mark a %s as partial=%s', (_name, input, expected) => {
    expect(quotesOf(input)[0]?.partial).toBe(expected);
  });
});

describe('findQuotes: speaker', () => {
  it.each([
    ['“…,” said X', '“The talks were useful,” said Peter Cook.', 'Peter Cook', 'said'],
    ['X said, “…”', 'Peter Cook said, “The talks were useful.”', 'Peter Cook', 'said'],
    ['“…,” X said.', '“The talks were useful,” Peter Cook said.', 'Peter Cook', 'said'],
    ['X: “…”', 'Peter Cook: “The talks were useful.”', 'Peter Cook', ':'],
    [
      'according to X',
      'According to Peter Cook, the talks were “useful and frank.”',
      'Peter Cook',
      'According to',
    ],
    ['X told Y', 'Peter Cook told reporters: “The talks were useful.”', 'Peter Cook', 'told'],
    [
      'X wrote',
      'Peter Cook wrote on Twitter, “The talks were useful.”',
      'Peter Cook',
      'wrote on Twitter',
    ],
    [
      'in a statement, X',
      'In a statement, Peter Cook said: “The talks were useful.”',
      'Peter Cook',
      'said',
    ],
    [
      'title stripped',
      '“The talks were useful,” said US Defense Department spokesman Peter Cook.',
      'Peter Cook',
      'said',
    ],
    [
      'capitalised title stripped',
      '“The talks were useful,” US Secretary of State John Kerry said in remarks.',
      'John Kerry',
      'said in remarks',
    ],
    [
      'appositive',
      '“The talks were useful,” Peter Cook, a Pentagon spokesman, said.',
      'Peter Cook',
      'said',
    ],
  ])('should attribute %s', (_name, input, speaker, cue) => {
    const [actual] = quotesOf(input);
    expect(actual?.speaker).toBe(speaker);
    expect(actual?.cue).toBe(cue);
    expect(actual?.speakerKind).toBe('person');
  });

  it.each([
    [
      'pronoun',
      'John Kerry spoke in London on Friday.\n\n“The talks were useful,” he said.',
      'John Kerry',
    ],
    [
      'surname',
      'John Kerry spoke in London on Friday.\n\n“The talks were useful,” Kerry said.',
      'John Kerry',
    ],
    [
      'honorific and surname',
      'John Kerry spoke in London on Friday.\n\n“The talks were useful,” Mr. Kerry said.',
      'John Kerry',
    ],
  ])('should resolve a %s to the full name at first mention', (_name, input, expected) => {
    expect(quotesOf(input)[0]?.speaker).toBe(expected);
  });

  it('should carry the speaker to the next quote (“…,” he added; next paragraph)', () => {
    const input =
      '“The talks were useful,” said John Kerry. “We will meet again,” he added.\n\n“Nobody wants a clash in the skies over Syria.”';
    const actual = quotesOf(input).map((q) => [q.speaker, q.cue]);
    expect(actual).toEqual([
      ['John Kerry', 'said'],
      ['John Kerry', 'added'],
      ['John Kerry', null],
    ]);
  });

  it.each([
    ['glued article', '“Talks began on Friday,” theNew York Times reported on Friday.'],
    ['short name', '“Talks began on Friday,” the Times reported.'],
    ['abbreviation', '“Talks began on Friday,” NYT reported.'],
  ])('should attribute a quote to an outlet (%s)', (_name, input) => {
    const [actual] = quotesOf(input);
    expect(actual?.speaker).toBe('The New York Times');
    expect(actual?.speakerKind).toBe('outlet');
  });

  it('should leave an unattributed quote without a speaker', () => {
    const input = 'The meeting ended.\n\n“Nobody wants a clash in the skies over Syria.”';
    const [actual] = quotesOf(input);
    expect(actual?.speaker).toBeNull();
    expect(actual?.cue).toBeNull();
  });
});
