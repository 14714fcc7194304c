import type { ArticleInfo } from '../lib/report';
import { formatDate } from '../lib/summary';

/** Title, site, byline, date and reading time of the article. */
export function ArticleHeader({ article }: { article: ArticleInfo }) {
  const date = article.publishedTime ? formatDate(article.publishedTime) : null;
  // Bylines often carry their own "By" ("By Jane Doe"); don't print it twice.
  const byline = article.byline?.replace(/^by\s+/i, '').trim();
  return (
    <header class="article-header">
      {article.siteName && <p class="site-name">{article.siteName}</p>}
      {/* The page's language on the title, so screen readers pronounce it right. */}
      <h1 class="title" lang={article.lang ?? undefined}>
        {article.title ?? 'Untitled article'}
      </h1>
      <p class="meta">
        {byline && <span class="byline">By {byline}</span>}
        {date && (
          <time dateTime={article.publishedTime ?? undefined} title={article.publishedTime ?? ''}>
            {date}
          </time>
        )}
        <span title={`${article.wordCount.toLocaleString('en')} words`}>
          {article.readingMinutes} min read
        </span>
      </p>
    </header>
  );
}

/** Grey bars the size of {@link ArticleHeader}, shown while the page is read so nothing jumps. */
export function ArticleHeaderSkeleton() {
  return (
    <header class="article-header skeleton" aria-hidden="true">
      <p class="site-name">
        <span class="bone" style={{ width: '34%' }} />
      </p>
      <p class="title">
        <span class="bone" style={{ width: '92%' }} />
        <span class="bone" style={{ width: '58%' }} />
      </p>
      <p class="meta">
        <span class="bone" style={{ width: '64%' }} />
      </p>
    </header>
  );
}
