/**
 * Issue 5: words of real pages that the people and source finders mistook for people. Each input is
 * a sentence copied from one of mozilla/readability's test pages (Apache-2.0), named by its slug in
 * ../shared/data/readability-pages.
 */
import { describe, expect, it } from 'vitest';
import { articleTextFromString } from '../../lib/article-text';
import { findPeople } from '../../lib/people';
import type { Attribution, Person } from '../../lib/report';
import { identifySource } from '../../lib/sources';
import { makeAttribution, spanOf } from './sources-seed-inputs';

function peopleIn(text: string, attributions: Attribution[] = []): Person[] {
  return findPeople(articleTextFromString(text), [], attributions).people;
}

/** An attribution of `content` to `source`, as the attribution engine hands it over. */
function attributed(text: string, source: string, cue: string, content: string): Attribution {
  return makeAttribution(text, source, 'person', cue, spanOf(text, content));
}

describe('findPeople on real pages', () => {
  it.each([
    [
      'an adjective that is also a rank (citylab-1)',
      'Neon let communist cities see their surroundings with the nighttime glamour of major Western capitals.',
    ],
    [
      'a capitalised rank after an article (article-author-tag)',
      'Plus 21 Trump cards known as the Major Arcana, plus the Fool, form the traditional tarot deck.',
    ],
    [
      'a photo credit (wapo-2)',
      'Netanyahu speaks in Jerusalem. (Thomas Coex/AFP/Getty Images)\n\nThe talks resumed.',
    ],
    [
      'a photo credit with spaced slash (seattletimes-1)',
      'A shopper at the store. (Ellen M. Banner / The Seattle Times)',
    ],
  ])('should find no person in %s', (_label, input) => {
    expect(peopleIn(input).map((person) => person.name)).toEqual([]);
  });

  it('should read a name whose first name carries a soft hyphen (wapo-2)', () => {
    const input =
      'Aside from Russian President Vladi\u00admir Putin, few foreign leaders stand up to him.';
    const actual = peopleIn(input)[0];
    expect(actual && [actual.name, actual.title, actual.organisation]).toEqual([
      'Vladimir Putin',
      'President',
      'Russia',
    ]);
  });

  it('should keep joined initials inside a name (wapo-2)', () => {
    const input = 'In 1991, President George H.W. Bush held back loan guarantees.';
    expect(peopleIn(input).map((person) => person.name)).toEqual(['George H.W. Bush']);
  });

  it('should not give a person the title of the one named in a possessive appositive (quanta-1)', () => {
    const input =
      'It came from the office of a meteorologist named Edward Norton Lorenz. Because of the noise, Lorenz, his secretary, his programmer and his students shared the room.';
    const actual = peopleIn(input).map((person) => [person.name, person.title]);
    expect(actual).toEqual([['Edward Norton Lorenz', null]]);
  });

  it('should not read a title that only modifies the appositive’s noun (wapo-1)', () => {
    const input =
      'Ajmi Lourimi, a member of Ennahda’s general secretariat, said he believed the attack was alien.';
    const text = input;
    const attribution = attributed(
      text,
      'Ajmi Lourimi',
      'said',
      'he believed the attack was alien',
    );
    const actual = peopleIn(input, [attribution]).map((person) => [person.name, person.title]);
    expect(actual).toEqual([['Ajmi Lourimi', null]]);
  });

  it.each([
    [
      'a run followed by its own acronym (ars-1)',
      'Items store metadata in a format known as Named Binary Tag (NBT), which allows nesting, Askar said.',
      'Named Binary Tag',
      'said',
      'which allows nesting',
    ],
    [
      'a run after another name’s possessive (engadget)',
      "Already-released games like Assassin's Creed Origins might still see upgrades, Assassin's Creed Origins said.",
      'Creed Origins',
      'said',
      'might still see upgrades',
    ],
    [
      'a run before an institution noun (buzzfeed-1)',
      'Eloise Parry was taken to Royal Shrewsbury hospital after taking pills, police said.',
      'Royal Shrewsbury',
      'said',
      'after taking pills',
    ],
    [
      'a run before a group noun (nytimes-3)',
      'For days after a storm, Con Edison officials say, they deal with fires.',
      'Con Edison',
      'say',
      'they deal with fires',
    ],
  ])(
    'should find no person in %s, even when it is a source',
    (_label, text, source, cue, content) => {
      const names = peopleIn(text, [attributed(text, source, cue, content)]).map(
        (person) => person.name,
      );
      expect(names).not.toContain(source);
    },
  );

  it('should take no evidence from a pronoun the attribution engine resolved (article-author-tag)', () => {
    const text =
      'Arthur Waite joined the Order of the Golden Dawn. He wrote books on the Kabbalah.';
    const attribution: Attribution = {
      ...attributed(text, 'He', 'wrote', 'books on the Kabbalah'),
      source: 'Golden Dawn',
    };
    expect(peopleIn(text, [attribution]).map((person) => person.name)).not.toContain('Golden Dawn');
  });
});

describe('identifySource on real pages', () => {
  const uberText =
    'Uber had an interesting response to the panic. But Uber claims drivers earn more. (The Teamsters disagree.) As Mashable reports, the company announced a minimum fare.';

  it.each([
    ['Uber', 'person', '', 'Uber', 'organisation'],
    ['But Uber', 'person', 'claims', 'Uber', 'organisation'],
    ['Teamsters', 'person', 'disagree', 'Teamsters', 'organisation'],
    ['As Mashable', 'person', 'reports', 'Mashable', 'outlet'],
  ] as const)(
    'should read %s (%s, cued by "%s") as %s (%s) in salon-1',
    (raw, declared, cue, name, kind) => {
      const actual = identifySource(raw, declared, uberText.indexOf(raw), [], uberText, cue);
      expect(actual && { name: actual.name, kind: actual.kind }).toEqual({ name, kind });
    },
  );

  it('should read the name after a title the source string stopped at', () => {
    const text = 'The vote was close. Sen. Jack Reed (D-R.I.) called it a disgrace.';
    const actual = identifySource('Sen', 'organisation', text.indexOf('Sen'), [], text, 'called');
    expect(actual && { name: actual.name, kind: actual.kind }).toEqual({
      name: 'Jack Reed',
      kind: 'person',
    });
  });

  it('should read the name before the place the source string stopped at', () => {
    const text = 'The bill stalled. Sen. Bernie Sanders of Vermont called it a giveaway.';
    const actual = identifySource('Vermont', 'person', text.indexOf('Vermont'), [], text, 'called');
    expect(actual && { name: actual.name, kind: actual.kind }).toEqual({
      name: 'Bernie Sanders',
      kind: 'person',
    });
  });

  it('should read a run cut before its group noun as the group', () => {
    const text = 'For days after a storm, Con Edison officials say, they deal with fires.';
    const actual = identifySource('Con Edison', 'person', text.indexOf('Con'), [], text, 'say');
    expect(actual && { name: actual.name, kind: actual.kind }).toEqual({
      name: 'Con Edison officials',
      kind: 'anonymous',
    });
  });

  it.each([
    [
      'a label before a colon (cnet)',
      'Tech Enabled: CNET chronicles tech’s role.',
      'Tech Enabled',
      ':',
    ],
    [
      'a Title Case heading',
      'Stealth Over Health: Clinton Was Headed to ER\n\nThe Post reports it.',
      'Stealth Over Health',
      ':',
    ],
  ])('should name no source for %s', (_label, text, raw, cue) => {
    expect(identifySource(raw, 'person', text.indexOf(raw), [], text, cue)).toBeNull();
  });

  it('should drop a "he" resolved to something no person is called (article-author-tag)', () => {
    const text = 'Arthur Edward Waite joined the Golden Dawn. He wrote books on the Kabbalah.';
    const actual = identifySource('Golden Dawn', 'person', text.indexOf('He wrote'), [], text);
    expect(actual).toBeNull();
  });
});
