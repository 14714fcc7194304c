import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract-article';
import { parseDocument } from '../test-data';

describe('extractArticle', () => {
  it.each([
    ['no body text at all', '<html><head><title>T</title></head><body></body></html>'],
    [
      'only spaces and comments',
      '<html><body>\n  <div> <span>\t</span> </div><!-- x --></body></html>',
    ],
  ])('should call a page with %s empty', (_name, html) => {
    const actual = extractArticle(parseDocument(html));
    expect(actual).toEqual({ status: 'not-readerable', reason: 'The page is empty.' });
  });

  it('should read a page whose only text sits deep in its markup', () => {
    const actual = extractArticle(
      parseDocument(
        '<html><body><div> <div> <span> </span><p><b>Hello</b></p></div></div></body></html>',
      ),
    );
    expect(actual.status === 'not-readerable' ? actual.reason : null).not.toBe(
      'The page is empty.',
    );
  });
});
