import { describe, expect, it } from 'vitest';
import {
  describeQuote,
  planHighlights,
  subtractSpans,
  type HighlightItem,
} from '../../lib/highlight/plan';
import type { Attribution, Person, Quote, Report } from '../../lib/report';

// Hand-made results in the shape the engine gives for tests/fixtures/seed-1 (offsets illustrative).
const COOK: Person = {
  name: 'Peter Cook',
  title: 'spokesman',
  organisation: 'US Defense Department',
  official: true,
  mentions: 1,
  quotes: 1,
  spans: [{ start: 180, end: 190 }],
};

const QUOTES: Quote[] = [
  {
    text: 'agreed to further discuss mechanisms',
    speaker: 'Peter Cook',
    speakerKind: 'person',
    cue: 'said',
    partial: true,
    span: { start: 100, end: 138 },
  },
  {
    text: 'It is a step back',
    speaker: 'a senior official',
    speakerKind: 'anonymous',
    cue: 'said',
    partial: false,
    span: { start: 300, end: 319 },
  },
  {
    text: 'No comment',
    speaker: null,
    speakerKind: null,
    cue: null,
    partial: false,
    span: { start: 400, end: 412 },
  },
];

function attribution(overrides: Partial<Attribution>): Attribution {
  return {
    source: 'Peter Cook',
    sourceKind: 'person',
    cue: 'said',
    text: '',
    secondHand: false,
    kind: 'attribution',
    span: { start: 100, end: 138 },
    cueSpan: { start: 139, end: 143 },
    sourceSpan: { start: 144, end: 190 },
    ...overrides,
  };
}

function report(quotes: Quote[], attributions: Attribution[], people: Person[] = [COOK]): Report {
  return {
    article: null,
    reason: null,
    removed: [],
    quotes,
    attributions,
    people,
    unnamedOfficials: [],
    sources: [],
    notes: [],
  } as unknown as Report;
}

function byGroup(items: HighlightItem[], group: HighlightItem['group']) {
  return items.filter((item) => item.group === group).map((item) => item.spans);
}

describe('planHighlights', () => {
  it('should give direct quotes, anonymous quotes and cues their own groups', () => {
    const input = report(QUOTES, [attribution({})]);

    const actual = planHighlights(input);

    expect(byGroup(actual.items, 'quote')).toEqual([[QUOTES[0]?.span], [QUOTES[2]?.span]]);
    expect(byGroup(actual.items, 'anonymous')).toEqual([[QUOTES[1]?.span]]);
    // The attribution covers exactly the quote: only its cue is added.
    expect(byGroup(actual.items, 'cue')).toEqual([[{ start: 139, end: 143 }]]);
    expect(byGroup(actual.items, 'sourcing')).toEqual([]);
  });

  it('should tint a paraphrase around its quotes and cue', () => {
    const input = report(
      [QUOTES[0] as Quote],
      [
        attribution({
          source: 'Reuters',
          sourceKind: 'outlet',
          secondHand: true,
          cue: 'according to',
          span: { start: 50, end: 160 },
          cueSpan: { start: 50, end: 62 },
          sourceSpan: { start: 63, end: 70 },
        }),
      ],
    );

    const actual = planHighlights(input);

    expect(byGroup(actual.items, 'sourcing')).toEqual([
      [
        { start: 62, end: 100 },
        { start: 138, end: 160 },
      ],
    ]);
    expect(actual.items.find((item) => item.group === 'sourcing')?.label).toBe(
      'Reuters · second-hand ("according to")',
    );
  });

  it('should mark a re-posted block at its side instead of tinting all of it', () => {
    const input = report(
      [],
      [
        attribution({
          source: 'Wsws.org',
          sourceKind: 'outlet',
          cue: 'reports',
          secondHand: true,
          kind: 'reposted-block',
          span: { start: 20, end: 900 },
          cueSpan: { start: 9, end: 16 },
          sourceSpan: { start: 0, end: 8 },
        }),
      ],
    );

    const actual = planHighlights(input);

    expect(actual.markers).toEqual([
      { span: { start: 20, end: 900 }, label: 'Re-posted from Wsws.org', attributionIndex: 0 },
    ]);
    expect(actual.items).toEqual([
      {
        group: 'cue',
        spans: [
          { start: 0, end: 8 },
          { start: 9, end: 16 },
        ],
        label: 'Wsws.org · re-posted block',
        target: { kind: 'attribution', index: 0 },
      },
    ]);
  });

  it('should put anonymous sourcing in the anonymous group', () => {
    const input = report(
      [],
      [
        attribution({
          source: 'people familiar with the matter',
          sourceKind: 'anonymous',
          cue: 'according to',
          span: { start: 0, end: 80 },
          cueSpan: { start: 40, end: 52 },
        }),
      ],
    );

    const actual = planHighlights(input);

    expect(actual.items.map((item) => item.group)).toEqual(['anonymous', 'cue']);
  });
});

describe('tooltips', () => {
  it.each([
    [QUOTES[0], 'Peter Cook — US Defense Department spokesman · partial quote'],
    [
      { ...QUOTES[0], partial: false, speaker: 'Cook' },
      'Peter Cook — US Defense Department spokesman · direct quote',
    ],
    [QUOTES[1], 'a senior official · direct quote'],
    [QUOTES[2], 'Unattributed · direct quote'],
    [
      { ...QUOTES[0], speaker: 'Pentagon', speakerKind: 'organisation' },
      'Pentagon · partial quote',
    ],
  ])('should describe %o', (input, expected) => {
    const actual = describeQuote(input as Quote, [COOK]);

    expect(actual).toBe(expected);
  });
});

describe('subtractSpans', () => {
  it.each([
    [{ start: 0, end: 10 }, [], [{ start: 0, end: 10 }]],
    [
      { start: 0, end: 10 },
      [{ start: 2, end: 4 }],
      [
        { start: 0, end: 2 },
        { start: 4, end: 10 },
      ],
    ],
    [{ start: 0, end: 10 }, [{ start: 0, end: 10 }], []],
    [
      { start: 5, end: 10 },
      [
        { start: 0, end: 6 },
        { start: 8, end: 20 },
      ],
      [{ start: 6, end: 8 }],
    ],
  ])('should subtract %o − %o', (input, holes, expected) => {
    expect(subtractSpans(input, holes)).toEqual(expected);
  });
});
