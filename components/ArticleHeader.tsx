import type { ArticleInfo } from '../lib/report';

/** Title, site, byline, date, language and length of the article. */
export function ArticleHeader({ article }: { article: ArticleInfo }) {
  const date = formatDate(article.publishedTime);
  return (
    <header class="article-header">
      {article.siteName && <p class="site-name">{article.siteName}</p>}
      <h1 class="title">{article.title ?? 'Untitled article'}</h1>
      <p class="meta">
        {[
          article.byline && `By ${article.byline}`,
          date,
          `${article.wordCount.toLocaleString('en')} words`,
          `${article.readingMinutes} min read`,
          article.lang && `Language: ${article.lang}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </header>
  );
}

function formatDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
