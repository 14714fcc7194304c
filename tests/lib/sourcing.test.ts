import { describe, expect, it } from 'vitest';
import { articleTextFromString } from '../../lib/article-text';
import { extractArticle } from '../../lib/extract-article';
import { findPeople } from '../../lib/people';
import type { Attribution, Quote, TrustBadge } from '../../lib/report';
import { describeSourcing, emptySourcing, measureQuotedShare } from '../../lib/sourcing';
import { findTrustBadges } from '../../lib/trust-badge';
import { parseDocument, readFixtureSource } from '../test-data';
import { buildSeedInputs, makeAttribution, makeQuote, spanOf } from './sources-seed-inputs';

function describeText(
  text: string,
  quotes: Quote[],
  attributions: Attribution[],
  badges: TrustBadge[] = [],
) {
  const articleText = articleTextFromString(text);
  const { people } = findPeople(articleText, quotes, attributions);
  return describeSourcing({ articleText, quotes, attributions, people, trustBadges: badges });
}

describe('describeSourcing on tests/fixtures/seed-1 with hand-built quotes and attributions', () => {
  const doc = parseDocument(readFixtureSource('seed-1'));
  const trustBadges = findTrustBadges(doc);
  const extracted = extractArticle(doc);
  if (extracted.status !== 'ok') throw new Error('Expected the seed page to have an article');
  const { articleText } = extracted;
  const { quotes, attributions } = buildSeedInputs(articleText);
  const { people } = findPeople(articleText, quotes, attributions);
  const actual = describeSourcing({ articleText, quotes, attributions, people, trustBadges });

  it('should chain the re-posted outlet, then who it quotes', () => {
    expect(actual.chain).toEqual([
      {
        source: 'Wsws.org',
        kind: 'outlet',
        link: 'https://www.wsws.org/en/articles/2015/10/03/syri-o03.html',
        role: 're-reported-from',
        via: -1,
        detail: null,
        citations: 1,
      },
      {
        source: 'Peter Cook',
        kind: 'person',
        link: null,
        role: 'quoted',
        via: 0,
        detail: 'spokesman, US Defense Department',
        citations: 1,
      },
      {
        source: 'The New York Times',
        kind: 'outlet',
        link: null,
        role: 'quoted',
        via: 0,
        detail: null,
        citations: 1,
      },
      {
        source: 'John Kerry',
        kind: 'person',
        link: null,
        role: 'quoted',
        via: 0,
        detail: 'Secretary of State, US',
        citations: 1,
      },
    ]);
  });

  it('should summarise the chain in one line', () => {
    expect(actual.summary).toBe(
      'Re-reported from Wsws.org (linked) → which quotes Peter Cook (spokesman, US Defense Department), The New York Times (no link), John Kerry (Secretary of State, US)',
    );
  });

  it('should measure most of the article as re-reported', () => {
    expect(actual.quotedShare).toBeGreaterThan(0.6);
    expect(actual.quotedShare).toBeLessThan(0.9);
  });

  it('should raise the flags a careful reader needs', () => {
    expect(actual.flags.map((flag) => [flag.kind, flag.subjects])).toEqual([
      ['second-hand', ['Wsws.org']],
      ['unlinked-sources', ['The New York Times']],
      ['single-source', ['Wsws.org']],
      ['unbacked-trust-badge', ['Fact checked']],
    ]);
  });
});

describe('describeSourcing', () => {
  it('should list direct sources and flag anonymous ones', () => {
    const text =
      'The plan is dead, a source said. “We will see,” said Peter Cook, a Pentagon spokesman.';
    const quote = makeQuote(text, 'We will see,', 'Peter Cook', 'person');
    const attributions = [
      makeAttribution(text, 'a source', 'anonymous', 'said', spanOf(text, 'The plan is dead')),
    ];
    const actual = describeText(text, [quote], attributions);
    expect(actual.summary).toBe('Quotes source (anonymous), Peter Cook (spokesman, Pentagon)');
    expect(actual.flags.map((flag) => flag.kind)).toEqual(['anonymous-sources']);
  });

  it('should flag a story resting on one quoted person', () => {
    const text = 'The council met on Monday. “It was a good day,” said Mayor Jane Doe.';
    const quote = makeQuote(text, 'It was a good day,', 'Jane Doe', 'person');
    const actual = describeText(text, [quote], []);
    expect(actual.chain.map((step) => [step.source, step.role, step.detail])).toEqual([
      ['Jane Doe', 'quoted', 'Mayor'],
    ]);
    expect(actual.flags.map((flag) => flag.kind)).toEqual(['single-source']);
  });

  it('should say when no source is named', () => {
    const actual = describeText('The council met on Monday and agreed a budget.', [], []);
    expect(actual).toEqual({
      chain: [],
      summary: 'No sources named.',
      quotedShare: 0,
      flags: [],
      trustBadges: [],
    });
  });

  it('should not flag a badge that names its fact-checker', () => {
    const badges: TrustBadge[] = [
      { text: 'Fact checked by PolitiFact', checker: 'PolitiFact', claimReview: false },
    ];
    const actual = describeText('The council met on Monday.', [], [], badges);
    expect(actual.flags).toEqual([]);
  });

  it('should keep the badge flag when there is no article', () => {
    const actual = emptySourcing([{ text: 'Verified', checker: null, claimReview: false }]);
    expect(actual.flags.map((flag) => flag.kind)).toEqual(['unbacked-trust-badge']);
  });
});

describe('measureQuotedShare', () => {
  it.each<[string, [number, number][], number]>([
    ['no spans', [], 0],
    ['half of the characters', [[0, 4]], 0.5],
    [
      'overlapping spans counted once',
      [
        [0, 4],
        [2, 6],
      ],
      0.625,
    ],
    ['whitespace not counted', [[0, 5]], 0.5],
  ])('should measure %s', (_label, spans, expected) => {
    const text = 'abcd efgh';
    const quotes = spans.map(([start, end]) => ({
      text: text.slice(start, end),
      speaker: null,
      speakerKind: null,
      cue: null,
      partial: false,
      span: { start, end },
    }));
    expect(measureQuotedShare(text, quotes, [])).toBeCloseTo(expected);
  });
});
