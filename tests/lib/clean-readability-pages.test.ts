import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { DATA_DIR, parseDocument, requireData } from '../test-data';

/** The readability-pages that carry comment sections (MANIFEST.tsv, comment_section_note). */
const COMMENT_PAGES = ['002', 'aclu', 'wordpress', 'firefox-nightly-blog'];

/** Comment and spam furniture that must not reach the article text. */
const JUNK_SNIPPETS = [
  'Leave a Reply',
  'Leave a Comment',
  'Akismet',
  'Your email address will not be published',
  'Required fields are marked',
  'Post Comment',
  'Learn how your comment data is processed',
  'Be the first to comment',
];

/**
 * Photo captions in Readability's expected output: the cleaner drops them, as both benchmarks'
 * labels do (zyte's articleBody, trafilatura-eval's boilerplate lists), so they are not story.
 * Readability strips classes, so WordPress captions are known by their id
 * ("caption-attachment-995").
 */
const CAPTION_SELECTOR = 'figcaption, .wp-caption-text, [id^="caption-attachment-"]';

/** Comment threads in Readability's expected output (WordPress markup keeps its ids). */
const COMMENT_SELECTOR = '#comments, [id^="comment-"], .comment';

const PAGES_DIR = join(DATA_DIR, 'readability-pages');

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe.runIf(requireData('clean readability-pages'))('comment-bearing readability pages', () => {
  describe.each(COMMENT_PAGES)('%s', (slug) => {
    const source = readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8');
    const { report } = analyzeDocument(parseDocument(source));
    const text = collapse(report.article?.text);

    it('should leave no comment or spam furniture in the article text', () => {
      for (const junk of JUNK_SNIPPETS) expect(text, junk).not.toContain(junk);
    });

    // Readability keeps the comment thread of firefox-nightly-blog: those paragraphs must go.
    const expectedDoc = parseDocument(readFileSync(join(PAGES_DIR, slug, 'expected.html'), 'utf8'));
    const paragraphs = Array.from(expectedDoc.querySelectorAll('p'));
    const isComment = (p: Element) => p.closest(COMMENT_SELECTOR) !== null;
    const isCaption = (p: Element) => p.closest(CAPTION_SELECTOR) !== null;
    const story = paragraphs
      .filter((p) => !isComment(p) && !isCaption(p))
      .map((p) => collapse(p.textContent));
    const comments = paragraphs.filter(isComment).map((p) => collapse(p.textContent));

    it("should keep every story paragraph of Readability's expected article", () => {
      expect(story.length).toBeGreaterThan(0);
      const missing = story.filter((p) => p && !text.includes(p));
      expect(missing).toEqual([]);
    });

    it('should drop the comments Readability kept', () => {
      const kept = comments.filter((p) => p.length > 20 && text.includes(p));
      expect(kept).toEqual([]);
    });
  });
});
