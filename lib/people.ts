import type { ArticleText } from './article-text';
import type { Attribution, Person, Quote, UnnamedOfficial } from './report';

// WIP (issue 5)
/** Finds the named people and unnamed office-holders of the article. */
export function findPeople(
  articleText: ArticleText,
  quotes: Quote[],
  attributions: Attribution[],
): { people: Person[]; unnamedOfficials: UnnamedOfficial[] } {
  void articleText;
  void quotes;
  void attributions;
  return { people: [], unnamedOfficials: [] };
}
