import { describe, expect, it } from 'vitest';
import { articleTextFromString } from '../../lib/article-text';
import { findPeople, isOfficialRole, matchPerson } from '../../lib/people';
import type { Attribution, Person } from '../../lib/report';
import { makeQuote, spanOf } from './sources-seed-inputs';

/** The fields a table row checks, without spans. */
type PersonRow = Pick<Person, 'name' | 'title' | 'organisation' | 'official' | 'mentions'>;

function peopleOf(input: string): PersonRow[] {
  return findPeople(articleTextFromString(input), [], []).people.map(
    ({ name, title, organisation, official, mentions }) => ({
      name,
      title,
      organisation,
      official,
      mentions,
    }),
  );
}

describe('findPeople', () => {
  // Sentences from tests/fixtures/seed-1 and from the kinds of wire copy it re-posts.
  it.each<[string, string, PersonRow[]]>([
    [
      'title and organisation before the name',
      'US Defense Secretary Ashton Carter spoke on the phone with his Russian counterparts.',
      [
        {
          name: 'Ashton Carter',
          title: 'Defense Secretary',
          organisation: 'US',
          official: true,
          mentions: 1,
        },
      ],
    ],
    [
      'lower-case title after a department',
      '“We agreed,” said US Defense Department spokesman Peter Cook.',
      [
        {
          name: 'Peter Cook',
          title: 'spokesman',
          organisation: 'US Defense Department',
          official: true,
          mentions: 1,
        },
      ],
    ],
    [
      'multi-word title with "of"',
      'US Secretary of State John Kerry said in remarks Friday from London.',
      [
        {
          name: 'John Kerry',
          title: 'Secretary of State',
          organisation: 'US',
          official: true,
          mentions: 1,
        },
      ],
    ],
    [
      'a demonym becomes the country',
      'It would leave Syrian president Bashar al-Assad in power.',
      [
        {
          name: 'Bashar al-Assad',
          title: 'president',
          organisation: 'Syria',
          official: true,
          mentions: 1,
        },
      ],
    ],
    [
      'possessive country before the title',
      "Russia's Foreign Minister Sergei Lavrov met reporters.",
      [
        {
          name: 'Sergei Lavrov',
          title: 'Foreign Minister',
          organisation: 'Russia',
          official: true,
          mentions: 1,
        },
      ],
    ],
    [
      'appositive with an organisation before the title',
      'Peter Cook, a Pentagon spokesman, said the talks were useful.',
      [
        {
          name: 'Peter Cook',
          title: 'spokesman',
          organisation: 'Pentagon',
          official: true,
          mentions: 1,
        },
      ],
    ],
    [
      'appositive with "for" and the organisation after the title',
      'Peter Cook, spokesman for the Defense Department, said so.',
      [
        {
          name: 'Peter Cook',
          title: 'spokesman',
          organisation: 'Defense Department',
          official: true,
          mentions: 1,
        },
      ],
    ],
    [
      'a list sharing one plural title',
      'Senators John McCain and Lindsey Graham criticised the plan.',
      [
        { name: 'John McCain', title: 'Senator', organisation: null, official: true, mentions: 1 },
        {
          name: 'Lindsey Graham',
          title: 'Senator',
          organisation: null,
          official: true,
          mentions: 1,
        },
      ],
    ],
    [
      'surname, honorific and full name merge',
      'US Defense Secretary Ashton Carter met officials. Later Carter said the talks went well. Mr. Carter left.',
      [
        {
          name: 'Ashton Carter',
          title: 'Defense Secretary',
          organisation: 'US',
          official: true,
          mentions: 3,
        },
      ],
    ],
    [
      'a title-only mention merges into the full name',
      'President Barack Obama spoke. The Obama administration agreed. Mr. Obama left.',
      [
        {
          name: 'Barack Obama',
          title: 'President',
          organisation: null,
          official: true,
          mentions: 2,
        },
      ],
    ],
    [
      'a company spokeswoman is not an official',
      'Apple spokeswoman Jane Smith declined to comment.',
      [
        {
          name: 'Jane Smith',
          title: 'spokeswoman',
          organisation: 'Apple',
          official: false,
          mentions: 1,
        },
      ],
    ],
    [
      'abbreviated title and middle initial',
      'Sen. Ted Cruz agreed, and George W. Bush said so.',
      [
        { name: 'Ted Cruz', title: 'Senator', organisation: null, official: true, mentions: 1 },
        { name: 'George W. Bush', title: null, organisation: null, official: false, mentions: 1 },
      ],
    ],
    [
      'a family name first, merged by the shared title',
      'President Yoon Suk Yeol declared martial law. Later President Yoon apologised.',
      [
        {
          name: 'Yoon Suk Yeol',
          title: 'President',
          organisation: null,
          official: true,
          mentions: 2,
        },
      ],
    ],
    [
      'same surname, two people',
      'Hillary Clinton was headed to an ER. Clinton’s van was escorted, and Chelsea Clinton said nothing.',
      [
        { name: 'Hillary Clinton', title: null, organisation: null, official: false, mentions: 2 },
        { name: 'Chelsea Clinton', title: null, organisation: null, official: false, mentions: 1 },
      ],
    ],
  ])('should read %s', (_label, input, expected) => {
    const actual = peopleOf(input);
    expect(actual).toEqual(expected);
  });

  it.each([
    ['sentence-initial words', 'Beyond the issues of military coordination, the talks went on.'],
    ['an administration named after a person', 'The Obama administration reached out to Moscow.'],
    ['outlets and domains', 'Wsws.org reports that the New York Times said so.'],
    ['places', 'The US and Russia had talks in Moscow and Washington on Friday.'],
    ['organisations', 'Secret Service protocol called for it, and the White House agreed.'],
    ['capitalised group nouns', 'Officials said the plan was dead. Sources said so too.'],
    // A changelog line before another that starts with a speech verb (readability-pages/tumblr).
    ['changelog lines', '+ Added Slime Block\n+ Added Iron Trapdoor\n+ Added Banners'],
    ['photo credits', 'Photograph: Getty Images. The talks went on.'],
  ])('should find no person in %s', (_label, input) => {
    expect(peopleOf(input)).toEqual([]);
  });

  it('should list every mention span for the UI to scroll to', () => {
    const input = 'Peter Cook spoke. Later Cook left, and Mr. Cook’s aide stayed.';
    const { people } = findPeople(articleTextFromString(input), [], []);
    const actual = (people[0] as Person).spans.map((span) => input.slice(span.start, span.end));
    expect(actual).toEqual(['Peter Cook', 'Cook', 'Cook']);
  });

  it('should count quotes whose speaker is the person, by full name, surname or pronoun', () => {
    const input =
      'Peter Cook spoke first. “We agreed,” Cook said. “It was useful,” he said. “Fine,” said John Kerry.';
    const articleText = articleTextFromString(input);
    const quotes = [
      makeQuote(input, 'We agreed,', 'Cook', 'person'),
      makeQuote(input, 'It was useful,', 'he', 'person'),
      makeQuote(input, 'Fine,', 'John Kerry', 'person'),
    ];
    const { people } = findPeople(articleText, quotes, []);
    const actual = people.map((p) => [p.name, p.quotes]);
    expect(actual).toEqual([
      ['Peter Cook', 2],
      ['John Kerry', 1],
    ]);
  });

  it('should count a pronoun source as a mention of the person named before it', () => {
    const input = 'Ashton Carter met his counterparts. The talks went well, he said.';
    const sourceSpan = spanOf(input, 'he said');
    const attribution: Attribution = {
      source: 'he',
      sourceKind: 'person',
      cue: 'said',
      text: 'The talks went well',
      secondHand: false,
      kind: 'attribution',
      span: spanOf(input, 'The talks went well'),
      cueSpan: { start: sourceSpan.start + 3, end: sourceSpan.end },
      sourceSpan: { start: sourceSpan.start, end: sourceSpan.start + 2 },
    };
    const { people } = findPeople(articleTextFromString(input), [], [attribution]);
    expect(people.map((p) => [p.name, p.mentions])).toEqual([['Ashton Carter', 2]]);
  });

  it.each([
    ['a full name elsewhere', 'Phil Lovas spoke. The plan is dead, Lovas said.', ['Phil Lovas']],
    // "Yahoo said" reads like "Trump said": a lone word needs a title or a full name.
    ['no full name', 'The plan is dead, Yahoo said.', []],
  ])('should take a one-word speaker as a person only with %s', (_label, input, expected) => {
    const source = input.includes('Lovas said') ? 'Lovas' : 'Yahoo';
    const attribution: Attribution = {
      source,
      sourceKind: 'person',
      cue: 'said',
      text: 'The plan is dead',
      secondHand: false,
      kind: 'attribution',
      span: spanOf(input, 'The plan is dead'),
      cueSpan: spanOf(input, 'said'),
      sourceSpan: spanOf(input, `${source} said`),
    };
    const { people } = findPeople(articleTextFromString(input), [], [attribution]);
    expect(people.map((p) => p.name)).toEqual(expected);
  });

  it.each<[string, string, PersonRow[]]>([
    [
      // readability-pages/quanta-1
      'a month as a given name before a title',
      '“It was seen as rote,” said Mar Hicks, a historian at the Illinois Institute of Technology.',
      [{ name: 'Mar Hicks', title: 'historian', organisation: null, official: false, mentions: 1 }],
    ],
    [
      'a month as a surname after a given name',
      'Prime Minister Theresa May said so.',
      [
        {
          name: 'Theresa May',
          title: 'Prime Minister',
          organisation: null,
          official: true,
          mentions: 1,
        },
      ],
    ],
    [
      'a month as a date before a surname',
      'In April Hicks, a historian, said so.',
      [{ name: 'Hicks', title: 'historian', organisation: null, official: false, mentions: 1 }],
    ],
  ])('should read %s', (_label, input, expected) => {
    expect(peopleOf(input)).toEqual(expected);
  });

  it.each([
    // readability-pages/videos-1 ranks films: the entries are works, not people.
    [
      'the entries of a numbered list',
      '18) Lady Macbeth\n\nLady Macbeth is no placid costume drama.\n\n1) Lady Bird\n\nLady Bird topped my list.',
    ],
    [
      'a character before the actor who plays it',
      'The film follows long-suffering hotel manager Bobby (a splendid, warm Willem Dafoe).',
    ],
  ])('should find no person in %s', (_label, input) => {
    expect(peopleOf(input)).toEqual([]);
  });

  it('should keep a name with a given name that opens a numbered list entry', () => {
    const input = '1) Hillary Clinton\n\nClinton said she would run.';
    expect(peopleOf(input).map((person) => person.name)).toEqual(['Hillary Clinton']);
  });

  it.each([
    // readability-pages/bug-1255978: a video player's "Video shows", resolved to "Play Video".
    [
      'a video player’s labels',
      'Play Video\n\nPlay\n\nFullscreen\n\nVideo shows bed bug infestation at New York hotel.',
      'Play Video',
      'Video',
      ' shows',
    ],
    // readability-pages/videos-1: the attribution engine read the colon as a cue.
    [
      'a label before a colon',
      'A new Star Wars trilogy.\n\nStar Wars: The Last Jedi is streaming.',
      'Star Wars',
      'Star Wars',
      ':',
    ],
  ])('should not take as a speaker %s', (_label, input, source, written, cue) => {
    const sourceAndCue = spanOf(input, `${written}${cue}`);
    const sourceSpan = { start: sourceAndCue.start, end: sourceAndCue.start + written.length };
    const attribution: Attribution = {
      source,
      sourceKind: 'person',
      cue: cue.trim(),
      text: input.slice(sourceAndCue.end).trim(),
      secondHand: false,
      kind: 'attribution',
      span: { start: sourceAndCue.end, end: input.length },
      cueSpan: { start: sourceSpan.end, end: sourceAndCue.end },
      sourceSpan,
    };
    const { people } = findPeople(articleTextFromString(input), [], [attribution]);
    expect(people).toEqual([]);
  });

  it('should take a surname source as evidence for the full name it was resolved to', () => {
    // readability-pages/citylab-1
    const input =
      'The French engineer Georges Claude crafted a new light. Claude acknowledged that neon was red.';
    const sourceSpan = spanOf(input, 'Claude acknowledged');
    const attribution: Attribution = {
      source: 'Georges Claude',
      sourceKind: 'person',
      cue: 'acknowledged',
      text: 'that neon was red',
      secondHand: false,
      kind: 'attribution',
      span: spanOf(input, 'that neon was red'),
      cueSpan: spanOf(input, 'acknowledged'),
      sourceSpan: { start: sourceSpan.start, end: sourceSpan.start + 'Claude'.length },
    };
    const { people } = findPeople(articleTextFromString(input), [], [attribution]);
    expect(people.map((p) => [p.name, p.mentions])).toEqual([['Georges Claude', 2]]);
  });

  it('should list unnamed office-holders', () => {
    const input =
      'The US and Russian officials agreed. The past week also saw meetings between top US and Russian diplomatic personnel, including the US Ambassador in Moscow and ranking Russian diplomats. US Defense Department spokesman Peter Cook said so.';
    const { unnamedOfficials } = findPeople(articleTextFromString(input), [], []);
    expect(unnamedOfficials).toEqual([
      { description: 'The US and Russian officials', mentions: 1 },
      { description: 'the US Ambassador in Moscow', mentions: 1 },
      { description: 'ranking Russian diplomats', mentions: 1 },
    ]);
  });
});

describe('matchPerson', () => {
  const people = findPeople(
    articleTextFromString('US Defense Department spokesman Peter Cook spoke. John Kerry agreed.'),
    [],
    [],
  ).people;

  it.each([
    ['US Defense Department spokesman Peter Cook', 'Peter Cook'],
    ['Cook', 'Peter Cook'],
    ['Mr. Kerry', 'John Kerry'],
    ['US Secretary of State John Kerry', 'John Kerry'],
    ['the Pentagon', null],
  ])('should match %s to %s', (input, expected) => {
    expect(matchPerson(input, people)?.name ?? null).toBe(expected);
  });
});

describe('isOfficialRole', () => {
  it.each<[string | null, string | null, boolean]>([
    ['Defense Secretary', 'US', true],
    ['spokesman', 'US Defense Department', true],
    ['spokesman', null, true],
    ['spokeswoman', 'Apple', false],
    ['president', 'Syria', true],
    ['president', 'Acme', false],
    ['Senator', null, true],
    ['Chief Justice', null, true],
    ['Police Chief', null, true],
    ['Secretary-General', 'UN', true],
    ['economist', 'Goldman Sachs', false],
    ['campaign manager', 'Trump', false],
    [null, 'US', false],
  ])('should say %s of %s is official: %s', (title, organisation, expected) => {
    expect(isOfficialRole(title, organisation)).toBe(expected);
  });
});
