import { describe, expect, it } from 'vitest';
import { analyzeDocument, type Analysis } from '../../lib/analyze';
import { extractArticle } from '../../lib/extract-article';
import { mapSpanToLive, spanToLiveRanges } from '../../lib/highlight/live-ranges';
import { traceCloneToLive } from '../../lib/highlight/trace-live';
import type { TextSpan } from '../../lib/report';
import { parseDocument, STORY_FILLER } from '../test-data';

function analyse(body: string, attributes = ''): { doc: Document; analysis: Analysis } {
  const doc = parseDocument(
    `<!doctype html><html ${attributes}><head><title>T</title></head><body>${body}</body></html>`,
  );
  const analysis = analyzeDocument(doc);
  return { doc, analysis };
}

/** The span of the `occurrence`-th (0-based) match of `needle` in the article text. */
function spanOf(analysis: Analysis, needle: string, occurrence = 0): TextSpan {
  const text = analysis.articleText?.text ?? '';
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" (#${occurrence}) is not in the article text`);
  return { start, end: start + needle.length };
}

function rangesFor(doc: Document, analysis: Analysis, span: TextSpan): Range[] {
  if (!analysis.articleText) throw new Error('no article');
  return spanToLiveRanges(doc, analysis.articleText, span, analysis.toLive);
}

describe('mapping report spans to live ranges', () => {
  it('should produce one Range across <em> and <a> boundaries', () => {
    // Shape of a Guardian paragraph: quote with emphasis and a link inside.
    const { doc, analysis } = analyse(
      `<article><h1>Bridge</h1><p id="q">The mayor said that “the bridge <em>will</em> reopen in <a href="/spring">the spring</a>,” officials confirmed.</p>${STORY_FILLER}</article>`,
    );
    const input = spanOf(analysis, '“the bridge will reopen in the spring,”');

    const actual = rangesFor(doc, analysis, input);

    expect(actual).toHaveLength(1);
    const [range] = actual as [Range];
    expect(range.toString()).toBe('“the bridge will reopen in the spring,”');
    const paragraph = doc.getElementById('q');
    expect(range.startContainer).toBe(paragraph?.firstChild);
    expect(range.endContainer.parentElement).toBe(paragraph);
    expect(range.endContainer).not.toBe(range.startContainer);
  });

  it('should highlight the occurrence the report found when a sentence occurs twice', () => {
    const { doc, analysis } = analyse(
      `<article><h1>Twice</h1><p id="first">“We will rebuild,” the mayor said.</p>${STORY_FILLER}<p id="second">Later, her deputy repeated it: “We will rebuild,” he said.</p></article>`,
    );

    const first = rangesFor(doc, analysis, spanOf(analysis, '“We will rebuild,”', 0));
    const second = rangesFor(doc, analysis, spanOf(analysis, '“We will rebuild,”', 1));

    expect(first[0]?.startContainer.parentElement?.id).toBe('first');
    expect(second[0]?.startContainer.parentElement?.id).toBe('second');
    expect(second[0]?.toString()).toBe('“We will rebuild,”');
  });

  it('should map spans inside nested blocks and across paragraphs', () => {
    const { doc, analysis } = analyse(
      `<article><h1>Nested</h1>${STORY_FILLER}<blockquote><div><p id="a">First quoted paragraph.</p><ul><li><p id="b">Second one, in a list.</p></li></ul></div></blockquote></article>`,
    );
    const input = spanOf(analysis, 'First quoted paragraph.\n\nSecond one, in a list.');

    const actual = rangesFor(doc, analysis, input);

    expect(actual).toHaveLength(1);
    // Range text has no block separators: the markup has no whitespace between the blocks.
    expect(actual[0]?.toString()).toBe('First quoted paragraph.Second one, in a list.');
    expect(actual[0]?.startContainer.parentElement?.id).toBe('a');
    expect(actual[0]?.endContainer.parentElement?.id).toBe('b');
  });

  it('should split the range around text the article left out', () => {
    // An inline ad inside the quote's paragraph (the cleaner removes it from the article).
    const { doc, analysis } = analyse(
      `<article><h1>Ad</h1><p>“Part one <span id="comments">Be the first to comment</span> part two,” she said.</p>${STORY_FILLER}</article>`,
    );
    const text = analysis.articleText?.text ?? '';
    if (text.includes('Be the first')) return; // The cleaner kept it: nothing to split.
    const input = spanOf(analysis, '“Part one part two,”');

    const actual = rangesFor(doc, analysis, input).map((range) => range.toString());

    expect(actual).toEqual(['“Part one ', 'part two,”']);
  });

  it('should trace nodes Readability rebuilt when it retried a short page', () => {
    // A short story in a "sidebar" box: Readability's first pass strips it as unlikely, retries
    // from its cached innerHTML, and keeps the rebuilt nodes.
    const { doc, analysis } = analyse(
      `<div class="nav"><a href="/">Home</a></div><div id="main"><h1>Short</h1><div class="sidebar"><p id="p">The mayor said “the bridge <em>will</em> reopen,” officials confirmed.</p><p>Residents were pleased.</p></div></div>`,
    );
    // Without tags, the nodes Readability rebuilt do not trace.
    const clone = doc.cloneNode(true) as Document;
    const untagged = traceCloneToLive(doc, clone, false);
    const extracted = extractArticle(clone);
    const segment = extracted.status === 'ok' ? extracted.articleText.segments[0] : undefined;
    expect(segment).toBeDefined();
    expect(segment && untagged.toLive(segment.node)).toBeUndefined();

    const actual = rangesFor(doc, analysis, spanOf(analysis, '“the bridge will reopen,”'));

    expect(actual).toHaveLength(1);
    expect(actual[0]?.toString()).toBe('“the bridge will reopen,”');
    expect(actual[0]?.startContainer.parentElement?.id).toBe('p');
    expect(doc.getElementById('p')?.contains(actual[0]?.endContainer ?? null)).toBe(true);
  });

  it('should map the part of a page too large to read whole', () => {
    // An article, then more elements than the analysis reads: the clone is cut at its end.
    const { doc, analysis } = analyse(
      `<article><h1>Long</h1><p id="q">The mayor said “the bridge <em>will</em> reopen,” officials confirmed.</p>${STORY_FILLER}</article><div>${'<span>x</span>'.repeat(10_050)}</div>`,
    );

    const actual = rangesFor(doc, analysis, spanOf(analysis, '“the bridge will reopen,”'));

    // Every element of the page, head included.
    const elements = doc.getElementsByTagName('*').length;
    expect(analysis.report.notes).toContain(
      `Page too large: analysed its first 10,000 elements (of ${elements.toLocaleString('en')}).`,
    );
    expect(actual.map((range) => range.toString())).toEqual(['“the bridge will reopen,”']);
    expect(actual[0]?.startContainer.parentElement?.id).toBe('q');
  }, 60_000);

  it('should leave untraceable text out instead of guessing', () => {
    const { analysis } = analyse(
      `<article><h1>T</h1><p>“Alone,” he said.</p>${STORY_FILLER}</article>`,
    );
    if (!analysis.articleText) throw new Error('no article');

    const actual = mapSpanToLive(
      analysis.articleText,
      spanOf(analysis, '“Alone,”'),
      () => undefined,
    );

    expect(actual).toEqual([]);
  });

  it('should map right-to-left pages without touching them', () => {
    // Hebrew news paragraph shape (haaretz.co.il): quote marks „…” around an emphasised word.
    const { doc, analysis } = analyse(
      `<article><h1>כותרת</h1><p id="q">ראש העירייה אמר כי „הגשר <em>ייפתח</em> מחדש באביב”, כך נמסר.</p>${STORY_FILLER}</article>`,
      'dir="rtl" lang="he"',
    );
    const before = doc.documentElement.outerHTML;

    const actual = rangesFor(doc, analysis, spanOf(analysis, '„הגשר ייפתח מחדש באביב”'));

    expect(actual.map((range) => range.toString())).toEqual(['„הגשר ייפתח מחדש באביב”']);
    expect(actual[0]?.startContainer.parentElement?.id).toBe('q');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
  });

  it('should collapse whitespace exactly as the article text does', () => {
    const { doc, analysis } = analyse(
      `<article><h1>Spaces</h1><p>He said:   “many\n   spaces   here,”  and left.</p>${STORY_FILLER}</article>`,
    );

    const actual = rangesFor(doc, analysis, spanOf(analysis, '“many spaces here,”'));

    expect(actual.map((range) => range.toString())).toEqual(['“many\n   spaces   here,”']);
  });
});
