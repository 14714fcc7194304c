import type { ArticleText } from './article-text';
import type { Attribution, Quote } from './report';

// WIP (issue 4)
/** Finds the places where the article hands a claim to someone else. */
export function findAttributions(articleText: ArticleText, quotes: Quote[]): Attribution[] {
  void articleText;
  void quotes;
  return [];
}
