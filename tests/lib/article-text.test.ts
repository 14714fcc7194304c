import { describe, expect, it } from 'vitest';
import { articleTextFromString, buildArticleText } from '../../lib/article-text';
import { parseDocument } from '../test-data';

function textOf(html: string) {
  return buildArticleText(parseDocument(`<body>${html}</body>`).body);
}

describe('buildArticleText', () => {
  it.each([
    ['collapse whitespace like a browser', '<p>  a \n\t b  </p>', 'a b'],
    ['separate blocks with a blank line', '<p>one</p><p>two</p>', 'one\n\ntwo'],
    [
      'keep inline elements in the line',
      '<p>“agreed,” <em>said</em> <a href="#">Peter Cook</a>.</p>',
      '“agreed,” said Peter Cook.',
    ],
    [
      'keep a lost space lost',
      '<p>the<em>New York Times</em> reported</p>',
      'theNew York Times reported',
    ],
    ['turn <br> into a line break', '<p>line one<br>line two</p>', 'line one\nline two'],
    [
      'drop scripts, styles and form controls',
      '<p>a<script>x()</script><style>p{}</style><button>Go</button>b</p>',
      'ab',
    ],
    ['read nested blocks once', '<div><div><p>deep</p></div></div><p>next</p>', 'deep\n\nnext'],
  ])('should %s', (_name, input, expected) => {
    expect(textOf(input).text).toBe(expected);
  });

  it('should map every character back to its Text node and offset', () => {
    const actual = textOf(
      '<p>  “It’s <b>done</b>,”\n  he said.</p><blockquote><p>Quoted <i>block</i></p></blockquote>',
    );
    for (const segment of actual.segments) {
      for (let i = segment.start; i < segment.end; i++) {
        const nodeChar = segment.node.data[segment.nodeStart + i - segment.start] as string;
        const char = actual.text[i] as string;
        expect(char === ' ' ? /\s/.test(nodeChar) : nodeChar === char).toBe(true);
      }
    }
    const covered = actual.segments.reduce((sum, s) => sum + s.end - s.start, 0);
    const separators = (actual.text.match(/\n/g) ?? []).length;
    expect(covered + separators).toBe(actual.text.length);
  });

  it('should map words joined by single spaces as one run, and cut runs where spaces collapse', () => {
    const runsOf = (html: string) =>
      textOf(html).segments.map(({ node, nodeStart, start, end }) =>
        node.data.slice(nodeStart, nodeStart + end - start),
      );
    expect(runsOf('<p>Peter Cook said the talks went well.</p>')).toEqual([
      'Peter Cook said the talks went well.',
    ]);
    expect(runsOf('<p>one  two\nthree <b>four</b></p>')).toEqual([
      'one',
      ' ',
      'two',
      '\n',
      'three',
      ' ',
      'four',
    ]);
  });

  it('should number blockquotes and give each block its tag', () => {
    const actual = textOf(
      '<h2>Head</h2><p>intro</p><blockquote><p>a</p><p>b</p></blockquote><ul><li>item</li></ul><blockquote>c</blockquote>',
    );
    expect(
      actual.blocks.map((b) => [actual.text.slice(b.start, b.end), b.tag, b.blockquote]),
    ).toEqual([
      ['Head', 'h2', -1],
      ['intro', 'p', -1],
      ['a', 'p', 0],
      ['b', 'p', 0],
      ['item', 'li', -1],
      ['c', 'blockquote', 1],
    ]);
  });

  it('should record links with their resolved address', () => {
    const actual = textOf('<p><a href="/en/articles/syria.html">Wsws.org</a> reports:</p>');
    expect(actual.links).toEqual([
      { start: 0, end: 8, href: 'http://fakehost/en/articles/syria.html' },
    ]);
  });

  it('should survive 10,000 levels of nesting', () => {
    // Built bottom-up: jsdom's parser itself is quadratic in depth.
    const doc = parseDocument('<body></body>');
    let node: Node = doc.createTextNode('deep text');
    for (let i = 0; i < 10_000; i++) {
      const span = doc.createElement('span');
      span.append(node);
      node = span;
    }
    // Left detached: attaching it would overflow jsdom's own recursion, not ours.
    const actual = buildArticleText(node);
    expect(actual.text).toBe('deep text');
  });
});

describe('articleTextFromString', () => {
  it('should make one block per non-empty line', () => {
    const actual = articleTextFromString('First line.\n\nSecond line.\n');
    expect(actual.blocks.map((b) => [b.start, b.end])).toEqual([
      [0, 11],
      [13, 25],
    ]);
  });
});
