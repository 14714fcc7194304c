import type { RevealTarget } from '../lib/messaging';
import type { Person, UnnamedOfficial } from '../lib/report';
import { describeRole, formatCount } from '../lib/summary';
import { Section } from './Section';

/** Props of {@link PeopleLists}. */
export interface PeopleListsProps {
  people: Person[];
  unnamedOfficials: UnnamedOfficial[];
  /** Scrolls the page to a person. */
  onReveal: (target: RevealTarget) => void;
}

/** "Officials", "Other people" and "Unnamed officials", each only when it has someone in it. */
export function PeopleLists({ people, unnamedOfficials, onReveal }: PeopleListsProps) {
  // Keep each person's index in `report.people`: it is what the content script reveals.
  const indexed = people.map((person, index) => ({ person, index }));
  const officials = indexed.filter(({ person }) => person.official);
  const others = indexed.filter(({ person }) => !person.official);
  return (
    <>
      {officials.length > 0 && (
        <Section id="officials" title="Officials" count={officials.length}>
          <PersonList items={officials} onReveal={onReveal} />
        </Section>
      )}
      {others.length > 0 && (
        <Section id="other-people" title="Other people" count={others.length}>
          <PersonList items={others} onReveal={onReveal} />
        </Section>
      )}
      {unnamedOfficials.length > 0 && (
        <Section id="unnamed-officials" title="Unnamed officials" count={unnamedOfficials.length}>
          <ul class="list">
            {unnamedOfficials.map((official, index) => (
              <li key={index} class="row static">
                <span class="row-main">
                  <span class="description">{official.description}</span>
                </span>
                <span class="row-side">{formatCount(official.mentions, 'mention')}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function PersonList({
  items,
  onReveal,
}: {
  items: { person: Person; index: number }[];
  onReveal: (target: RevealTarget) => void;
}) {
  return (
    <ul class="list">
      {items.map(({ person, index }) => {
        const role = describeRole(person);
        return (
          <li key={index}>
            <button
              type="button"
              class="row person"
              title="Show in the page"
              onClick={() => onReveal({ kind: 'person', index })}
            >
              <span class="row-main">
                <span class="name">{person.name}</span>
                {role && <span class="detail">{role}</span>}
              </span>
              <span class="row-side">
                <span>{formatCount(person.mentions, 'mention')}</span>
                {person.quotes > 0 && (
                  <span class="quoted">{formatCount(person.quotes, 'quote')}</span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
