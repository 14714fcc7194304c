import { describe, expect, it } from 'vitest';
import { articleTextFromString, buildArticleText } from '../../lib/article-text';
import { extractArticle } from '../../lib/extract-article';
import { findPeople } from '../../lib/people';
import type { Attribution, Person, SourceKind } from '../../lib/report';
import { collectSources, identifySource } from '../../lib/sources';
import { parseDocument, readFixtureSource } from '../test-data';
import { buildSeedInputs, makeAttribution, makeQuote, spanOf } from './sources-seed-inputs';

function peopleIn(text: string): Person[] {
  return findPeople(articleTextFromString(text), [], []).people;
}

describe('identifySource', () => {
  const people = peopleIn('US Defense Department spokesman Peter Cook spoke. John Kerry agreed.');

  it.each<[string, SourceKind, string, SourceKind]>([
    ['the New York Times', 'outlet', 'The New York Times', 'outlet'],
    ['New York Times', 'organisation', 'The New York Times', 'outlet'],
    ['theNew York Times', 'outlet', 'The New York Times', 'outlet'],
    ['the Times', 'outlet', 'The New York Times', 'outlet'],
    ['NYT', 'outlet', 'The New York Times', 'outlet'],
    ['Wsws.org', 'outlet', 'Wsws.org', 'outlet'],
    ['wsws.org', 'organisation', 'Wsws.org', 'outlet'],
    ['Cook', 'person', 'Peter Cook', 'person'],
    ['US Defense Department spokesman Peter Cook', 'person', 'Peter Cook', 'person'],
    ['Secretary of State John Kerry', 'person', 'John Kerry', 'person'],
    ['Jane Doe', 'person', 'Jane Doe', 'person'],
    ['the Pentagon', 'organisation', 'Pentagon', 'organisation'],
    ['a source', 'anonymous', 'source', 'anonymous'],
    ['officials', 'person', 'officials', 'anonymous'],
    ['Pentagon officials', 'anonymous', 'Pentagon officials', 'anonymous'],
    ['a report', 'organisation', 'report', 'document'],
    ['Many of them', 'anonymous', 'many of them', 'anonymous'],
    ['some of the officials', 'anonymous', 'some of the officials', 'anonymous'],
  ])('should read %s (%s) as %s (%s)', (raw, declared, name, kind) => {
    const actual = identifySource(raw, declared, 0, people);
    expect(actual && { name: actual.name, kind: actual.kind }).toEqual({ name, kind });
  });

  it('should name no source for a headline word the article also writes in lower case', () => {
    const text = 'Music\n\nShe said music helps.';
    expect(identifySource('Music', 'person', 0, [], text)).toBeNull();
  });

  it.each([
    ['an unresolved pronoun', 'he', 'person'],
    ['an honorific alone', 'Mr', 'organisation'],
    ['a name cut at an initial', 'Nelson D', 'person'],
    ['a time phrase', 'earlier Saturday', 'anonymous'],
    [
      'a clause',
      'Thanks for Kenrick95 for fixing Bug 1678616 about the new tab page',
      'organisation',
    ],
  ] as const)('should name no source for %s', (_label, raw, declared) => {
    expect(identifySource(raw, declared, 0, [])).toBeNull();
  });

  it.each([
    ['Vulture', 'reports', 'Vulture', 'outlet'],
    ['the Gazette-Ledger', 'has learned', 'Gazette-Ledger', 'outlet'],
    ['John Smith', 'reported', 'John Smith', 'person'],
    ['officials', 'reported', 'officials', 'anonymous'],
  ])('should read %s, cued by "%s", as %s (%s)', (raw, cue, name, kind) => {
    const actual = identifySource(raw, 'person', 0, [], '', cue);
    expect(actual && { name: actual.name, kind: actual.kind }).toEqual({ name, kind });
  });

  it('should resolve a pronoun to the person named last before it', () => {
    const text = 'Peter Cook spoke first. Then John Kerry arrived, and he said so.';
    const actual = identifySource('he', 'person', text.indexOf('he said'), peopleIn(text));
    expect(actual?.name).toBe('John Kerry');
  });
});

describe('collectSources', () => {
  it('should merge every spelling of an outlet into one source', () => {
    const text = [
      'The talks failed, the New York Times reported.',
      'New York Times reporters said more.',
      'The plan is dead, the Times said.',
      'NYT said so too.',
      'The war goes on, theNew York Times reported.',
    ].join('\n');
    const cases: [source: string, cue: string, content: string][] = [
      ['the New York Times', 'reported', 'The talks failed'],
      ['New York Times', 'said', 'more'],
      ['the Times', 'said', 'The plan is dead'],
      ['NYT', 'said', 'so too'],
      ['theNew York Times', 'reported', 'The war goes on'],
    ];
    const attributions = cases.map(([source, cue, content]) =>
      makeAttribution(text, source, 'outlet', cue, spanOf(text, content)),
    );
    const actual = collectSources(articleTextFromString(text), attributions, [], []);
    expect(actual.map((s) => [s.name, s.kind, s.citations])).toEqual([
      ['The New York Times', 'outlet', 5],
    ]);
  });

  it('should merge a surname into the person and count quoted and paraphrased citations', () => {
    const text =
      'US Defense Department spokesman Peter Cook spoke. “We agreed,” Cook said. The talks will go on, Cook added.';
    const articleText = articleTextFromString(text);
    const quote = makeQuote(text, 'We agreed,', 'Cook', 'person');
    const attributions = [
      makeAttribution(text, 'Cook', 'person', 'said', quote.span, { from: text.indexOf('”') }),
      makeAttribution(text, 'Cook', 'person', 'added', spanOf(text, 'The talks will go on'), {
        from: text.indexOf('go on'),
      }),
    ];
    const { people } = findPeople(articleText, [quote], attributions);
    const actual = collectSources(articleText, attributions, [quote], people);
    expect(actual).toEqual([
      {
        name: 'Peter Cook',
        kind: 'person',
        citations: 2,
        links: [],
        quoted: true,
        paraphrased: true,
      },
    ]);
  });

  it('should count a quote no attribution covers as a quoted citation', () => {
    const text = '“It was useful,” said John Kerry.';
    const quote = makeQuote(text, 'It was useful,', 'John Kerry', 'person');
    const articleText = articleTextFromString(text);
    const { people } = findPeople(articleText, [quote], []);
    const actual = collectSources(articleText, [], [quote], people);
    expect(actual.map((s) => [s.name, s.citations, s.quoted, s.paraphrased])).toEqual([
      ['John Kerry', 1, true, false],
    ]);
  });

  it('should merge anonymous sources and skip declined comments', () => {
    const text =
      'It was planned, a source said. It was late, sources said. Smith declined to comment.';
    const attributions: Attribution[] = [
      makeAttribution(text, 'a source', 'anonymous', 'said', spanOf(text, 'It was planned')),
      makeAttribution(text, 'sources', 'anonymous', 'said', spanOf(text, 'It was late')),
      makeAttribution(text, 'Smith', 'person', 'declined to comment', spanOf(text, 'Smith'), {
        kind: 'declined-comment',
      }),
    ];
    const actual = collectSources(articleTextFromString(text), attributions, [], []);
    expect(actual.map((s) => [s.name, s.kind, s.citations])).toEqual([['source', 'anonymous', 2]]);
  });

  // Inline HTML shaped like tests/fixtures/seed-1 ("<a>Wsws.org</a> reports:").
  it.each([
    [
      'a link on the name',
      '<p><a href="https://www.wsws.org/a.html">Wsws.org</a> reports the talks failed.</p>',
      'Wsws.org',
      ['https://www.wsws.org/a.html'],
    ],
    [
      'a link near the cue in the same block',
      '<p>The talks failed, Reuters <a href="https://example.com/story">reported</a>.</p>',
      'Reuters',
      ['https://example.com/story'],
    ],
    [
      'no link from another block',
      '<p>The talks failed, Reuters reported.</p><p>See <a href="https://example.com/x">this</a>.</p>',
      'Reuters',
      [],
    ],
    [
      "a link anywhere to the outlet's own site",
      '<p>The talks failed, the New York Times reported.</p><p>Read <a href="https://www.nytimes.com/2015/x.html">the story</a>.</p>',
      'the New York Times',
      ['https://www.nytimes.com/2015/x.html'],
    ],
  ])('should find %s', (_label, html, source, expected) => {
    const doc = parseDocument(`<html><body>${html}</body></html>`);
    const articleText = buildArticleText(doc.body);
    const { text } = articleText;
    const cue = text.includes('reports') ? 'reports' : 'reported';
    const attribution = makeAttribution(text, source, 'outlet', cue, spanOf(text, 'talks failed'));
    const actual = collectSources(articleText, [attribution], [], []);
    expect(actual[0]?.links).toEqual(expected);
  });
});

describe('collectSources on tests/fixtures/seed-1 with hand-built quotes and attributions', () => {
  const doc = parseDocument(readFixtureSource('seed-1'));
  const extracted = extractArticle(doc);
  if (extracted.status !== 'ok') throw new Error('Expected the seed page to have an article');
  const { articleText } = extracted;
  const { quotes, attributions } = buildSeedInputs(articleText);
  const { people } = findPeople(articleText, quotes, attributions);
  const actual = collectSources(articleText, attributions, quotes, people);

  it('should list exactly the four sources, in order of first citation', () => {
    expect(actual.map((s) => [s.name, s.kind, s.links.length > 0])).toEqual([
      ['Wsws.org', 'outlet', true],
      ['Peter Cook', 'person', false],
      ['The New York Times', 'outlet', false],
      ['John Kerry', 'person', false],
    ]);
  });

  it('should give the Wsws.org link', () => {
    expect(actual[0]?.links).toEqual(['https://www.wsws.org/en/articles/2015/10/03/syri-o03.html']);
  });

  it('should count each quote once although an attribution covers it', () => {
    expect(actual.map((s) => s.citations)).toEqual([1, 1, 1, 1]);
  });
});
