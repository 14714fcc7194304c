import type { ArticleText } from './article-text';
import type { Attribution, Person, Quote, Source } from './report';

// WIP (issue 5)
/** Merges the attributions into the list of sources the article relies on. */
export function collectSources(
  articleText: ArticleText,
  attributions: Attribution[],
  quotes: Quote[],
  people: Person[],
): Source[] {
  void articleText;
  void attributions;
  void quotes;
  void people;
  return [];
}
