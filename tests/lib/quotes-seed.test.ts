import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { parseDocument, readFixtureSource } from '../test-data';

// End to end on the seed page (tests/fixtures/seed-1). Another engineer owns cleaning, so this
// suite asserts only on quotes and attributions, and on text it finds rather than fixed offsets.
describe('seed-1: quotes and attributions', () => {
  const { report } = analyzeDocument(parseDocument(readFixtureSource('seed-1')));
  const text = report.article?.text ?? '';

  it('should find exactly three quotes', () => {
    expect(report.quotes).toHaveLength(3);
  });

  it.each([
    [0, 'agreed to further discuss mechanisms', 'Peter Cook', 'person', 'said', true],
    [1, 'The Obama administration reached out', 'The New York Times', 'outlet', 'reported', false],
    [
      2,
      'The president believes that a mil-to-mil',
      'John Kerry',
      'person',
      'said in remarks',
      false,
    ],
  ] as const)(
    'should attribute quote %i (“%s…”) to %s',
    (index, opening, speaker, speakerKind, cue, partial) => {
      const actual = report.quotes[index];
      expect(actual?.text.startsWith(opening)).toBe(true);
      expect(actual?.speaker).toBe(speaker);
      expect(actual?.speakerKind).toBe(speakerKind);
      expect(actual?.cue).toBe(cue);
      expect(actual?.partial).toBe(partial);
      expect(actual && text.slice(actual.span.start + 1, actual.span.end - 1)).toBe(actual?.text);
    },
  );

  it('should find exactly the four attributions of the seed', () => {
    const actual = report.attributions.map((a) => ({
      source: a.source,
      sourceKind: a.sourceKind,
      kind: a.kind,
      secondHand: a.secondHand,
    }));
    expect(actual).toEqual([
      { source: 'Wsws.org', sourceKind: 'outlet', kind: 'reposted-block', secondHand: true },
      { source: 'Peter Cook', sourceKind: 'person', kind: 'attribution', secondHand: false },
      { source: 'The New York Times', sourceKind: 'outlet', kind: 'attribution', secondHand: true },
      { source: 'John Kerry', sourceKind: 'person', kind: 'attribution', secondHand: false },
    ]);
  });

  it('should span the whole blockquote with the re-posted block', () => {
    const actual = report.attributions[0];
    const block = actual && text.slice(actual.span.start, actual.span.end);
    expect(actual?.cue).toBe('reports');
    expect(block?.startsWith('The US and Russian officials “agreed')).toBe(true);
    expect(block).toContain('John Kerry said in remarks');
    expect(block).not.toContain('Wsws.org reports');
  });

  it.each([
    [1, 'said', 'US Defense Department spokesman Peter Cook'],
    [2, 'reported', 'New York Times'],
    [3, 'said in remarks', 'US Secretary of State John Kerry'],
  ])('should point attribution %i at its cue "%s" and source "%s"', (index, cue, source) => {
    const actual = report.attributions[index];
    expect(actual && text.slice(actual.cueSpan.start, actual.cueSpan.end)).toBe(cue);
    expect(actual?.sourceSpan && text.slice(actual.sourceSpan.start, actual.sourceSpan.end)).toBe(
      source,
    );
  });
});
