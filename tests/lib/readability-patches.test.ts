import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { readArticle } from '../../lib/analyze';
import { extractArticle } from '../../lib/extract-article';
import { listFixtures, parseDocument, readFixtureSource, STORY_FILLER } from '../test-data';

// Readability as the extension ships it: the source with wxt.config.ts' patches applied.
vi.mock('@mozilla/readability', async (importOriginal) => {
  const { loadPatchedReadability } = await import('../patched-readability');
  return { ...(await importOriginal<object>()), Readability: loadPatchedReadability() };
});

/** A story Readability takes at its first try. */
const LONG_PAGE = `<!doctype html><html><head><title>T</title></head><body><nav><a href="/">Home</a></nav><article><h1>Bridge</h1><p id="q">“The bridge <em>will</em> reopen,” the mayor said.</p>${STORY_FILLER}</article></body></html>`;

/** A short story in a "sidebar" box: Readability's first try strips it as unlikely, and retries. */
const SHORT_PAGE = `<!doctype html><html><head><title>T</title></head><body><div class="nav"><a href="/">Home</a></div><div id="main"><h1>Short</h1><div class="sidebar"><p id="q">The mayor said “the bridge <em>will</em> reopen,” officials confirmed.</p><p>Residents were pleased.</p></div></div></body></html>`;

/** How many times Readability copies the page's body, while `read` runs on a clone of `doc`. */
function countBodyCopies(doc: Document, read: () => void): number {
  const nodePrototype = doc.defaultView?.Node.prototype;
  if (!nodePrototype) throw new Error('no window');
  const cloneNode = vi.spyOn(nodePrototype, 'cloneNode');
  read();
  const copies = cloneNode.mock.contexts.filter(
    (node) => (node as Node).nodeName === 'BODY' && (node as Node).ownerDocument !== doc,
  ).length;
  cloneNode.mockRestore();
  return copies;
}

describe('Readability without its retry copy (the extension build)', () => {
  it('should read a page Readability takes at its first try without copying the page', () => {
    const doc = parseDocument(LONG_PAGE);

    let reading: ReturnType<typeof readArticle> | undefined;
    const copies = countBodyCopies(doc, () => {
      reading = readArticle(doc);
    });

    expect(copies).toBe(0);
    expect(reading?.article?.text.text).toContain('“The bridge will reopen,” the mayor said.');
  });

  it('should say when the page needs the retry, and read it with the copy on request', () => {
    const withoutCopy = extractArticle(parseDocument(SHORT_PAGE), { skipRetryCopy: true });
    const withCopy = extractArticle(parseDocument(SHORT_PAGE));

    expect(withoutCopy.status).toBe('needs-retry-copy');
    expect(withCopy.status === 'ok' && withCopy.article.text).toContain(
      'The mayor said “the bridge will reopen,” officials confirmed.',
    );
  });

  it('should read a page that needs the retry again, with every node traced to the page', () => {
    const doc = parseDocument(SHORT_PAGE);

    const reading = readArticle(doc);

    const segments = reading.article?.text.segments ?? [];
    expect(reading.article?.text.text).toContain('“the bridge will reopen,” officials confirmed.');
    expect(segments.length).toBeGreaterThan(0);
    for (const segment of segments) {
      const live = reading.toLive(segment.node);
      expect(live?.ownerDocument).toBe(doc);
      expect((live as Text).data).toBe((segment.node as Text).data);
    }
    expect(reading.quotes.map((quote) => quote.text)).toEqual(['the bridge will reopen,']);
  });
});

/**
 * A page for each speed patch: bylines found by rel, itemprop and class (one too long to count),
 * blocks that only look empty (spaces of every kind, line breaks and rules), and elements hidden by
 * their inline style, the hidden attribute or aria-hidden, beside styled visible ones.
 */
const TRICKY_PAGE = `<!doctype html><html><head><title>Bridge reopens</title></head><body>
<div class="site-byline-box">${'A very long author box that goes on. '.repeat(4)}</div>
<div class="meta"><span itemprop="author"><span itemprop="name">Jane Roe</span></span></div>
<main><article><h1>Bridge reopens</h1>
<div> \u00a0 </div><div>\ufeff\u2003</div><section>\n</section><div><br><hr></div><h2> </h2>
<div style="display: none"><p>Hidden by display.</p></div>
<p style="visibility:hidden">Hidden by visibility.</p>
<div style="color: red"><p>Styled but visible: ${STORY_FILLER}</p></div>
<div hidden><p>Hidden by attribute.</p></div><p aria-hidden="true">Hidden from readers.</p>
<div><a rel="author" href="/jo">Jo Poe</a></div>${STORY_FILLER}</article></main></body></html>`;

describe('Readability speed patches (the extension build)', () => {
  it.each([
    ['a page of edge cases', TRICKY_PAGE],
    ...listFixtures().map((slug) => [`fixture ${slug}`, readFixtureSource(slug)]),
    ['a page Readability retries', SHORT_PAGE],
  ])('should parse %s exactly as stock Readability', async (_, html) => {
    const stock = (
      await vi.importActual<typeof import('@mozilla/readability')>('@mozilla/readability')
    ).Readability;
    expect(stock).not.toBe(Readability);

    const actual = new Readability(parseDocument(html)).parse();

    expect(actual).toEqual(new stock(parseDocument(html)).parse());
  });
});
