import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import type { Report } from '../../lib/report';
import { MAX_INPUT_BYTES, MAX_NESTING_DEPTH, parseHtml } from '../../bin/parse-html';

/**
 * Seconds one hostile page may take through parse + analysis in Node (jsdom). Generous for a busy
 * 2-core machine; the point is "bounded", and the printed figures show the real cost.
 */
const TIME_BOUND_MS = 90_000;

/** A small deterministic PRNG (mulberry32), so a failing generated page can be reproduced. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tag soup: random open/close tags, quotation marks, attributes, text in several scripts. */
function generateTagSoup(seed: number, pieces: number): string {
  const random = createRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const tags = [
    'div',
    'p',
    'span',
    'a',
    'em',
    'blockquote',
    'table',
    'tr',
    'td',
    'li',
    'ul',
    'svg',
    'math',
    'template',
    'script',
    'form',
    'h2',
    'b',
  ];
  const words = [
    'said',
    '“',
    '”',
    '"',
    '‘',
    '’',
    '«',
    '»',
    '„',
    'according to',
    'officials',
    'Mr. Kerry',
    'مرحبا',
    'שלום',
    '\u200b',
    '\u202e',
    '&amp;',
    '&#0;',
    '<',
    '>',
    'reported',
    'The New York Times',
    '&#x0;',
  ];
  let html = '<!doctype html><html><body>';
  for (let i = 0; i < pieces; i++) {
    const r = random();
    if (r < 0.3)
      html += `<${pick(tags)}${random() < 0.3 ? ` class="${pick(['comments', 'share', 'entry-content', 'x'])}"` : ''}>`;
    else if (r < 0.45) html += `</${pick(tags)}>`;
    else html += ` ${pick(words)}`;
  }
  return html;
}

const CASES: [string, () => string][] = [
  [
    'unclosed tags',
    () => `<html><body>${'<div><p>text <b>bold <i>italic <table><tr><td>cell'.repeat(2000)}`,
  ],
  [
    '10,000-deep nesting',
    () =>
      `<html><body>${'<div>'.repeat(10_000)}deep “quoted,” he said${'</div>'.repeat(10_000)}</body></html>`,
  ],
  [
    'a 5 MB single text node',
    () => `<html><body><p>${'word '.repeat(1_000_000)}</p></body></html>`,
  ],
  [
    'thousands of quotation marks',
    () =>
      `<html><body><article>${Array.from({ length: 3000 }, (_, i) => `<p>“He said ${i}” and "x ${i} ‘y’ «z» „w“ ”” ““ ' "</p>`).join('')}</article></body></html>`,
  ],
  [
    'mixed RTL/LTR text',
    () =>
      `<html dir="rtl" lang="ar"><body><article>${Array.from({ length: 200 }, () => '<p>قال المتحدث «نحن مستعدون» according to “officials” שלום עולם.</p>').join('')}</article></body></html>`,
  ],
  [
    'zero-width characters',
    () =>
      `<html><body><article>${Array.from({ length: 300 }, () => '<p>“Zero\u200bwidth\u200c quote\u200d,” said\ufeff Peter\u2060 Cook.</p>').join('')}</article></body></html>`,
  ],
  [
    'template, declarative shadow DOM, SVG and MathML',
    () =>
      `<html><body><article><template><p>“hidden,” he said</p></template><div><template shadowrootmode="open"><p>“shadow,” she said</p></template></div><svg><text>“svg,” it said</text><foreignObject><p>“foreign”</p></foreignObject></svg><math><mi>x</mi><mtext>“math”</mtext></math>${'<p>Body text, said the official, in a long enough paragraph to be an article.</p>'.repeat(20)}</article></body></html>`,
  ],
  [
    'a style sheet jsdom cannot parse',
    () =>
      `<html><head><style>@media (min-width:64em){.gallery{min-height:calc(($max-width - $aside - 16px) / 16 * 9)}}</style></head><body><article>${'<p>“Styled,” said the spokesman, in a paragraph long enough to be an article.</p>'.repeat(20)}</article></body></html>`,
  ],
  [
    'a page over the size limit',
    () =>
      `<html><body><article>${'<p>“Big,” said the spokesman, according to officials.</p>'.repeat(Math.ceil((MAX_INPUT_BYTES * 1.2) / 60))}</article></body></html>`,
  ],
  ...Array.from({ length: 12 }, (_, i): [string, () => string] => [
    `generated tag soup #${i + 1}`,
    () => generateTagSoup(i + 1, 4000),
  ]),
];

describe('hostile and malformed pages (Node)', () => {
  const timings: string[] = [];

  it.each(CASES)(
    'should analyse %s without throwing, in bounded time',
    (name, makeHtml) => {
      const input = Buffer.from(makeHtml());
      const started = performance.now();
      const page = parseHtml(input);
      const report: Report = analyzeDocument(page.document).report;
      const elapsed = performance.now() - started;
      timings.push(
        `${name}: ${(input.length / 1024).toFixed(0)} KB, ${elapsed.toFixed(0)} ms, ${report.quotes.length} quotes${page.notes.length ? ` — ${page.notes.join(' ')}` : ''}`,
      );

      expect(elapsed).toBeLessThan(TIME_BOUND_MS);
      expect(() => JSON.stringify(report)).not.toThrow();
      if (input.length > MAX_INPUT_BYTES)
        expect(page.notes.join(' ')).toMatch(/Page too large .* analysed the first 2,048 KB/);
      if (name.includes('style sheet'))
        expect(page.notes.join(' ')).toContain('style sheets could not be parsed');
      if (name.includes('deep'))
        expect(page.notes.join(' ')).toContain(`deeper than ${MAX_NESTING_DEPTH} levels`);
    },
    120_000,
  );

  it('should print the fuzz figures', () => {
    console.log(`fuzz (${timings.length} pages):\n${timings.join('\n')}`);
    expect(timings.length).toBeGreaterThan(0);
  });
});
