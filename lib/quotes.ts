import type { ArticleText } from './article-text';
import type { Quote } from './report';

// WIP (issue 4)
/** Finds direct quotations in the article text. */
export function findQuotes(articleText: ArticleText): Quote[] {
  void articleText;
  return [];
}
