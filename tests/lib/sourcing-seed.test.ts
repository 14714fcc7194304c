import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { parseDocument, readFixtureSource } from '../test-data';

/**
 * Tests/fixtures/seed-1 end to end: quotes, attributions, people, sources and the sourcing chain as
 * analyzeDocument reports them.
 */
describe('seed-1 people and sources', () => {
  const { report } = analyzeDocument(parseDocument(readFixtureSource('seed-1')));

  it('should list exactly the four officials, each with a title', () => {
    const actual = report.people
      .filter((person) => person.official)
      .map(({ name, title, organisation }) => ({ name, title, organisation }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(actual).toEqual([
      { name: 'Ashton Carter', title: 'Defense Secretary', organisation: 'US' },
      { name: 'Bashar al-Assad', title: 'president', organisation: 'Syria' },
      { name: 'John Kerry', title: 'Secretary of State', organisation: 'US' },
      { name: 'Peter Cook', title: 'spokesman', organisation: 'US Defense Department' },
    ]);
  });

  it('should list exactly the four sources', () => {
    const actual = report.sources
      .map(({ name, kind, links }) => ({ name, kind, linked: links.length > 0 }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(actual).toEqual([
      { name: 'John Kerry', kind: 'person', linked: false },
      { name: 'Peter Cook', kind: 'person', linked: false },
      { name: 'The New York Times', kind: 'outlet', linked: false },
      { name: 'Wsws.org', kind: 'outlet', linked: true },
    ]);
  });

  it('should list the unnamed office-holders', () => {
    const actual = report.unnamedOfficials.map((official) => official.description);
    expect(actual).toEqual(
      expect.arrayContaining(['the US Ambassador in Moscow', 'ranking Russian diplomats']),
    );
  });

  it('should read the chain as a re-post of Wsws.org that quotes the others', () => {
    const chain = report.sourcing?.chain ?? [];
    expect(chain[0]).toMatchObject({ source: 'Wsws.org', role: 're-reported-from', via: -1 });
    expect(
      chain
        .slice(1)
        .map((step) => [step.source, step.via])
        .sort(),
    ).toEqual([
      ['John Kerry', 0],
      ['Peter Cook', 0],
      ['The New York Times', 0],
    ]);
    expect(report.sourcing?.summary).toMatch(
      /^Re-reported from Wsws\.org \(linked\) → which quotes /,
    );
  });

  it('should flag the unbacked "Fact checked" badge Readability drops', () => {
    expect(report.sourcing?.trustBadges).toEqual([
      { text: 'Fact checked', checker: null, claimReview: false },
    ]);
    expect(report.sourcing?.flags.map((flag) => flag.kind)).toEqual(
      expect.arrayContaining(['unbacked-trust-badge', 'single-source', 'unlinked-sources']),
    );
  });
});
