import { describe, expect, it } from 'vitest';
import { wrapPieces, type MarkPiece } from '../../lib/highlight/mark-fallback';
import { parseDocument } from '../test-data';

function setUp() {
  const doc = parseDocument(
    '<!doctype html><html><body><p id="p">He said “we will <em>rebuild</em> it,” twice.</p></body></html>',
  );
  const paragraph = doc.getElementById('p') as HTMLElement;
  const first = paragraph.firstChild as Text;
  const emphasised = paragraph.querySelector('em')?.firstChild as Text;
  const last = paragraph.lastChild as Text;
  const makeMark = (group: string) => {
    const mark = doc.createElement('sourcelight-mark');
    mark.setAttribute('data-group', group);
    return mark;
  };
  return { doc, paragraph, first, emphasised, last, makeMark };
}

describe('wrapPieces (no CSS Highlight API)', () => {
  it('should wrap pieces across inline elements and restore the page exactly', () => {
    const { doc, paragraph, first, emphasised, last, makeMark } = setUp();
    const before = doc.documentElement.outerHTML;
    const quoteStart = first.data.indexOf('“');
    const input: MarkPiece[] = [
      {
        node: first,
        start: quoteStart,
        end: first.data.length,
        group: 'quote',
        priority: 2,
        id: 0,
      },
      {
        node: emphasised,
        start: 0,
        end: emphasised.data.length,
        group: 'quote',
        priority: 2,
        id: 0,
      },
      { node: last, start: 0, end: last.data.indexOf('”') + 1, group: 'quote', priority: 2, id: 0 },
      { node: first, start: 3, end: 7, group: 'cue', priority: 3, id: 1 },
    ];

    const actual = wrapPieces(input, makeMark);

    expect(
      [...paragraph.querySelectorAll('sourcelight-mark')].map((mark) => [
        mark.getAttribute('data-group'),
        mark.textContent,
      ]),
    ).toEqual([
      ['cue', 'said'],
      ['quote', '“we will '],
      ['quote', 'rebuild'],
      ['quote', ' it,”'],
    ]);
    expect(paragraph.textContent).toBe('He said “we will rebuild it,” twice.');
    actual.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
    // The page's own Text nodes are the same objects again, not look-alike copies.
    expect(paragraph.firstChild).toBe(first);
    expect(paragraph.lastChild).toBe(last);
    expect(paragraph.querySelector('em')?.firstChild).toBe(emphasised);
  });

  it('should let the higher priority win where pieces overlap', () => {
    const { first, makeMark } = setUp();
    const input: MarkPiece[] = [
      { node: first, start: 0, end: 8, group: 'sourcing', priority: 0, id: 0 },
      { node: first, start: 3, end: 7, group: 'cue', priority: 3, id: 1 },
    ];

    const actual = wrapPieces(input, makeMark);

    expect(actual.marks.map(({ group, id, element }) => [group, id, element.textContent])).toEqual([
      ['sourcing', 0, 'He '],
      ['cue', 1, 'said'],
      ['sourcing', 0, ' '],
    ]);
    actual.restore();
    expect(first.data).toBe('He said “we will ');
  });

  it('should be safe to restore twice', () => {
    const { doc, first, makeMark } = setUp();
    const before = doc.documentElement.outerHTML;
    const wrapping = wrapPieces(
      [{ node: first, start: 0, end: 2, group: 'quote', priority: 1, id: 0 }],
      makeMark,
    );

    wrapping.restore();
    wrapping.restore();

    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
