import { describe, expect, it } from 'vitest';
import { articleTextFromString, buildArticleText } from '../../lib/article-text';
import { findAttributions } from '../../lib/attribution';
import { findQuotes } from '../../lib/quotes';
import type { Attribution } from '../../lib/report';
import { findOutletMentions, isDomainName, lookupOutlet } from '../../lib/text/outlets';
import { parseDocument } from '../test-data';

// Sentences are written for these tests in the style of wire copy; none is copied from a corpus.

function attributionsOf(input: string): Attribution[] {
  const articleText = articleTextFromString(input);
  return findAttributions(articleText, findQuotes(articleText));
}

function pick(a: Attribution | undefined) {
  return a && { source: a.source, sourceKind: a.sourceKind, cue: a.cue, kind: a.kind };
}

describe('findAttributions: second-hand sourcing', () => {
  it.each([
    [
      'X reported on Friday',
      'Reuters reported on Friday that the talks had stalled.',
      { source: 'Reuters', sourceKind: 'outlet', cue: 'reported', kind: 'attribution' },
    ],
    [
      'according to X',
      'The talks had stalled, according to The Washington Post.',
      {
        source: 'The Washington Post',
        sourceKind: 'outlet',
        cue: 'according to',
        kind: 'attribution',
      },
    ],
    [
      'citing X',
      'The talks had stalled, CNN said, citing two officials.',
      { source: 'CNN', sourceKind: 'outlet', cue: 'said', kind: 'attribution' },
    ],
    [
      'as first reported by X',
      'The talks had stalled, as first reported by Politico.',
      {
        source: 'Politico',
        sourceKind: 'outlet',
        cue: 'as first reported by',
        kind: 'attribution',
      },
    ],
    [
      'in an interview with X',
      'In an interview with CNN, the minister defended the plan.',
      { source: 'CNN', sourceKind: 'outlet', cue: 'In an interview with', kind: 'attribution' },
    ],
    [
      'X said in a statement',
      'The Pentagon said in a statement that the talks were useful.',
      {
        source: 'Pentagon',
        sourceKind: 'organisation',
        cue: 'said in a statement',
        kind: 'attribution',
      },
    ],
    [
      'X told Y',
      'Jane Smith told reporters that the talks were useful.',
      { source: 'Jane Smith', sourceKind: 'person', cue: 'told', kind: 'attribution' },
    ],
    [
      'X said that (paraphrase)',
      'Jane Smith said that the talks were useful.',
      { source: 'Jane Smith', sourceKind: 'person', cue: 'said', kind: 'attribution' },
    ],
    [
      'domain as outlet',
      'Wsws.org reported that the talks were useful.',
      { source: 'Wsws.org', sourceKind: 'outlet', cue: 'reported', kind: 'attribution' },
    ],
  ])('should find %s', (_name, input, expected) => {
    expect(pick(attributionsOf(input)[0])).toEqual(expected);
  });

  it('should mark an outlet source as second-hand and a person as first-hand', () => {
    const actual = attributionsOf(
      'Reuters reported that the talks stalled. Jane Smith said that they would resume.',
    ).map((a) => [a.source, a.secondHand]);
    expect(actual).toEqual([
      ['Reuters', true],
      ['Jane Smith', false],
    ]);
  });

  it('should also hand the claim to the first source when citing another', () => {
    const actual = attributionsOf('The talks had stalled, CNN said, citing two officials.').map(
      (a) => [a.source, a.cue],
    );
    expect(actual).toEqual([
      ['CNN', 'said'],
      ['two officials', 'citing'],
    ]);
  });

  it.each([
    ['officials said', 'Officials said the talks had stalled.', 'Officials'],
    [
      'a source familiar with the matter',
      'The talks had stalled, a source familiar with the matter said.',
      'a source familiar with the matter',
    ],
    [
      'people briefed on the talks',
      'People briefed on the talks said they had stalled.',
      'People briefed on the talks',
    ],
    ['sources told', 'Sources told the paper that the talks had stalled.', 'Sources'],
    [
      'condition of anonymity',
      'A senior official, who spoke on condition of anonymity, said the talks had stalled.',
      'A senior official',
    ],
  ])('should find anonymous sourcing: %s', (_name, input, expected) => {
    const [actual] = attributionsOf(input);
    expect(actual?.source).toBe(expected);
    expect(actual?.sourceKind).toBe('anonymous');
  });

  it.each([
    [
      'did not respond to a request for comment',
      'Jane Smith did not respond to a request for comment.',
      'Jane Smith',
    ],
    ['declined to comment', 'The White House declined to comment.', 'White House'],
    [
      'could not be reached for comment',
      'A spokesman for the campaign could not be reached for comment.',
      'A spokesman for the campaign',
    ],
  ])('should find declined comment: %s', (_name, input, expected) => {
    const [actual] = attributionsOf(input);
    expect(actual?.kind).toBe('declined-comment');
    expect(actual?.source).toBe(expected);
  });

  it('should give offsets into the text for span, cue and source', () => {
    const input = 'The plan had stalled, Jane Smith said on Friday.';
    const [actual] = attributionsOf(input);
    expect(actual && input.slice(actual.cueSpan.start, actual.cueSpan.end)).toBe('said');
    expect(actual?.sourceSpan && input.slice(actual.sourceSpan.start, actual.sourceSpan.end)).toBe(
      'Jane Smith',
    );
    expect(actual && input.slice(actual.span.start, actual.span.end)).toBe('The plan had stalled');
  });

  it('should treat "X reports:" and the blockquote after it as one re-posted block', () => {
    // Shape of the seed page (tests/fixtures/seed-1): a linked outlet, "reports:", a blockquote.
    const doc = parseDocument(
      '<p><a href="https://www.wsws.org/a.html">Wsws.org</a> reports:</p><blockquote><p>The talks were held on Friday.</p><p>They lasted an hour.</p></blockquote><p>Our view follows.</p>',
    );
    const articleText = buildArticleText(doc.body);
    const actual = findAttributions(articleText, findQuotes(articleText));
    expect(actual.map(pick)).toEqual([
      { source: 'Wsws.org', sourceKind: 'outlet', cue: 'reports', kind: 'reposted-block' },
    ]);
    expect(actual[0]?.text).toBe('The talks were held on Friday.\n\nThey lasted an hour.');
    expect(actual[0]?.secondHand).toBe(true);
  });

  it.each([
    ['an infinitive', 'The two sides met in order to agree on a plan.'],
    ['a non-agent subject', 'The talks indicate a new readiness to settle.'],
    ['a verb with no source', 'Said to be the largest, the base holds 4,000 troops.'],
  ])('should find no attribution in %s', (_name, input) => {
    expect(attributionsOf(input)).toEqual([]);
  });
});

describe('lookupOutlet', () => {
  it.each([
    ['The New York Times', 'The New York Times'],
    ['New York Times', 'The New York Times'],
    ['the Times', 'The New York Times'],
    ['NYT', 'The New York Times'],
    ['nytimes.com', 'The New York Times'],
    ['https://www.nytimes.com/2015/10/03/world/a.html', 'The New York Times'],
    ['edition.cnn.com', 'CNN'],
    ['AP', 'The Associated Press'],
    ['Peter Cook', null],
  ])('should look up %s', (input, expected) => {
    expect(lookupOutlet(input)?.name ?? null).toBe(expected);
  });

  it.each([
    ['Wsws.org', true],
    ['breitbart.com', true],
    ['Peter Cook', false],
    ['U.S.', false],
  ])('should tell whether %s is a domain', (input, expected) => {
    expect(isDomainName(input)).toBe(expected);
  });

  it.each([
    ['theNew York Times reported', 'New York Times'],
    ['as the Times reported', 'Times'],
    ['Read it on nytimes.com today', 'nytimes.com'],
    ['Wsws.org reports:', 'Wsws.org'],
    // The first part of a joined word is looked up when the whole is not an outlet's.
    ['an AP-NORC poll found', 'AP'],
    ['according to 538 analysts', '538'],
    ['the U.S.-based CNN.com said', 'CNN.com'],
  ])('should find the outlet in "%s"', (input, expected) => {
    const actual = findOutletMentions(input).map((m) => input.slice(m.start, m.end));
    expect(actual).toEqual([expected]);
  });

  it.each([
    ['a word inside another', 'The APPLE deal closed.'],
    ['a capitalised common word', 'Time is running out for the talks.'],
    ['a word after a non-ASCII letter', 'said éCNN today'],
    // U+1D400, an upper-case letter outside the BMP, starts the word: CNN is inside it.
    ['a word after an astral capital', 'per \u{1D400}CNN reports'],
  ])('should not find an outlet in %s', (_name, input) => {
    expect(findOutletMentions(input)).toEqual([]);
  });
});
