import { describe, expect, it } from 'vitest';
import { articleTextFromString } from '../../lib/article-text';
import { findAttributions } from '../../lib/attribution';
import { findQuotes } from '../../lib/quotes';
import type { Attribution } from '../../lib/report';

// Sentence shapes that PolNeAR's train split (issue 4) showed the engine missing. The sentences
// are written for these tests; none is copied from the corpus, which has no licence.

function attributionsOf(input: string): Attribution[] {
  const articleText = articleTextFromString(input);
  return findAttributions(articleText, findQuotes(articleText));
}

function pick(input: string, a: Attribution) {
  return {
    source: a.source,
    cue: a.cue,
    sourceText: a.sourceSpan ? input.slice(a.sourceSpan.start, a.sourceSpan.end) : null,
  };
}

describe('findAttributions: subjects the verb does not touch', () => {
  it.each([
    [
      'an appositive holding commas of its own',
      'Jane Roe, 31, a freelance photographer from Ava, said the vote was a chance.',
      { source: 'Jane Roe', cue: 'said', sourceText: 'Jane Roe' },
    ],
    [
      'a control verb before "to"',
      'Mark Owens went on to say that the plan had failed.',
      { source: 'Mark Owens', cue: 'say', sourceText: 'Mark Owens' },
    ],
    [
      'an adjective before "to"',
      'Mark Owens was quick to ask why the plan had failed.',
      { source: 'Mark Owens', cue: 'ask', sourceText: 'Mark Owens' },
    ],
    [
      'a time phrase between source and verb',
      'Mark Owens on Friday endorsed the governor.',
      { source: 'Mark Owens', cue: 'endorsed', sourceText: 'Mark Owens' },
    ],
    [
      'a contracted pronoun',
      'Yet they’ve offered no details about the plan.',
      { source: 'they', cue: 'offered', sourceText: 'they’ve' },
    ],
    [
      'a negated auxiliary written as one word',
      "The mayor spoke. He doesn't believe the count is right.",
      { source: 'He', cue: 'believe', sourceText: 'He' },
    ],
  ])('should find the source across %s', (_name, input, expected) => {
    const actual = attributionsOf(input).map((a) => pick(input, a));
    expect(actual).toContainEqual(expected);
  });

  it('should find the subject after an introductory phrase for a shared participle', () => {
    const input =
      'Jane Roe spoke. On Thursday, she hedged on the question, telling reporters that she would wait.';
    const actual = attributionsOf(input).find((a) => a.cue === 'telling');
    expect(actual && pick(input, actual)).toEqual({
      source: 'Jane Roe',
      cue: 'telling',
      sourceText: 'she',
    });
    expect(actual?.text).toBe('reporters that she would wait');
  });

  it('should find the subject after a dateline for a coordinated verb', () => {
    const input =
      'WASHINGTON — Sen. Jane Roe on Wednesday played down the remark and said it was a joke.';
    const actual = attributionsOf(input).map((a) => pick(input, a));
    expect(actual).toEqual([{ source: 'Jane Roe', cue: 'said', sourceText: 'Sen. Jane Roe' }]);
  });

  it('should give a participle after a quote closed on its comma the sentence subject', () => {
    const input = 'The senator called the system "rigged," noting that banks had grown.';
    const actual = attributionsOf(input).map((a) => pick(input, a));
    expect(actual).toContainEqual({
      source: 'The senator',
      cue: 'noting',
      sourceText: 'The senator',
    });
  });
});

describe('findAttributions: generic and relative sources', () => {
  it.each([
    [
      'a singular noun phrase opening the sentence',
      'The petition accuses the campaign of fraud.',
      { source: 'The petition', cue: 'accuses', sourceText: 'The petition' },
    ],
    [
      'a bare plural before a speech verb',
      'Security specialists say the attack was unusual.',
      { source: 'Security specialists', cue: 'say', sourceText: 'Security specialists' },
    ],
    [
      'a percentage',
      'By wide margins, 42% say they are liberal.',
      { source: '42%', cue: 'say', sourceText: '42%' },
    ],
    [
      '"which" resolved to the phrase before it',
      'She cited a new report, which found that wages rose.',
      { source: 'a new report', cue: 'found', sourceText: 'which' },
    ],
  ])('should find %s', (_name, input, expected) => {
    const actual = attributionsOf(input).map((a) => pick(input, a));
    expect(actual).toContainEqual(expected);
  });

  it('should take the clause after the cue as content when it opens with a pronoun', () => {
    const [actual] = attributionsOf('By wide margins, 42% say they are liberal.');
    expect(actual?.text).toBe('they are liberal');
  });

  it('should not read a verb form after an article as a cue', () => {
    const input = 'Sen. Jane Roe on Wednesday played down the remark and said it was a joke.';
    expect(attributionsOf(input).map((a) => a.cue)).not.toContain('remark');
  });

  it('should leave a plural noun phrase with a non-speech verb alone', () => {
    expect(attributionsOf('The talks indicate a new readiness to settle.')).toEqual([]);
  });
});

describe('findAttributions: stance verbs added from PolNeAR train counts', () => {
  it.each([
    ['issued', 'The governor issued a warning about the storm.'],
    ['voted', 'Jo Poe voted against the bill on Friday.'],
    ['lashed out', 'Jo Poe lashed out at the ruling.'],
  ])('should find a cue on "%s"', (expected, input) => {
    const actual = attributionsOf(input).map((a) => a.cue);
    expect(actual).toEqual([expected]);
  });
});

describe('findAttributions: relative sources, naming and objects', () => {
  it('should take a relative "that" after a source phrase as the source', () => {
    const input = 'The polls that show Johnson ahead are rare.';
    const actual = attributionsOf(input).map((a) => pick(input, a));
    expect(actual).toEqual([{ source: 'The polls', cue: 'show', sourceText: 'that' }]);
  });

  it('should give a coordinated verb the source of the cue before it', () => {
    const input = 'Some booed, and when Rubio thanked Miami and said it was great, a man yelled.';
    const actual = attributionsOf(input).find((a) => a.cue === 'said');
    expect(actual && pick(input, actual)).toEqual({
      source: 'Rubio',
      cue: 'said',
      sourceText: 'Rubio',
    });
  });

  it('should not read a participle naming a thing as a cue', () => {
    expect(attributionsOf('Tim Selaty runs a group called Citizens for Trump.')).toEqual([]);
  });

  it('should give ", calling…" the sentence subject, not the object before the comma', () => {
    const input = 'At a news conference, Trump launched an attack against Obama, calling him weak.';
    const actual = attributionsOf(input).map((a) => [a.source, a.cue, a.text]);
    expect(actual).toEqual([['Trump', 'calling', 'him weak']]);
  });

  it('should not take a scene-setting phrase before the source as content', () => {
    const input = 'On Friday, Jo Poe endorsed the plan.';
    const [actual] = attributionsOf(input);
    expect(actual?.text).toBe('the plan');
  });

  it.each([
    ['a verb after the name', 'Jo Poe, a broker in Ohio, said Mr. Trump was right.', 'Jo Poe'],
    [
      'a listener after "told"',
      'Steve Cohen, Democrat of Tennessee, told Mr. Obama that he was wrong.',
      'Steve Cohen',
    ],
  ])('should not invert after a comma with %s', (_name, input, expected) => {
    const actual = attributionsOf(input).map((a) => a.source);
    expect(actual).toEqual([expected]);
  });
});

describe('findAttributions: inverted cues', () => {
  it.each([
    [
      'a verb opening the sentence',
      'Said Tom Reed, “We will win.”',
      { source: 'Tom Reed', cue: 'Said', sourceText: 'Tom Reed' },
    ],
    [
      'a determiner and a common noun after a quote',
      '"It is over," wrote one commenter.',
      { source: 'one commenter', cue: 'wrote', sourceText: 'one commenter' },
    ],
    [
      'a lower-case description before a name after a quote',
      '"It is hard," said conservative activist Bob Klaus.',
      { source: 'Bob Klaus', cue: 'said', sourceText: 'conservative activist Bob Klaus' },
    ],
  ])('should find the source after %s', (_name, input, expected) => {
    const actual = attributionsOf(input).map((a) => pick(input, a));
    expect(actual).toEqual([expected]);
  });

  it('should not take the content after a comma for an inverted source', () => {
    const input =
      'A senior official, who spoke on condition of anonymity, said the talks had stalled.';
    const [actual] = attributionsOf(input);
    expect(actual?.source).toBe('A senior official');
  });

  it('should attribute a quote ending in a question mark to the cue in the next sentence', () => {
    const input = 'He spoke. “Are those small hands?” Tom Reed said. Jane Roe says it is late.';
    const quotes = findQuotes(articleTextFromString(input));
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Are those small hands?', 'Tom Reed'],
    ]);
    const actual = attributionsOf(input).map((a) => [a.source, a.cue, a.text]);
    expect(actual).toEqual([
      ['Tom Reed', 'said', 'Are those small hands?'],
      ['Jane Roe', 'says', 'it is late'],
    ]);
  });
});
