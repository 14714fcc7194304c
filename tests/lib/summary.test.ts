import { describe, expect, it } from 'vitest';
import {
  createReportExport,
  describeRemoved,
  formatSummaryMarkdown,
  getLinkHost,
  groupSourcesByKind,
} from '../../lib/summary';
import { buildMockReport } from '../components/mock-report';

describe('formatSummaryMarkdown', () => {
  it('should summarise the seed report in Markdown', () => {
    const input = buildMockReport();
    const expected = `# High Level U.S. And Russian Military Officials Discuss Syria Action

World Affairs Brief · By Staff Writer · Oct 3, 2015 · 2 min read

**Sourcing:** Re-reported from Wsws.org (linked) → which quotes Peter Cook (spokesman, US Defense Department), The New York Times (no link), John Kerry (Secretary of State, US)
- ⚠ 75% of the article is quoted or re-reported rather than original reporting.
- ⚠ Cited without a link: The New York Times.
- ⚠ The story rests on a single source: it re-posts Wsws.org.
- ⚠ The page says “Fact checked” but names no fact-checker and carries no ClaimReview markup.

## Sources

- **Wsws.org** (outlet, paraphrased, 1 citation) · <https://www.wsws.org/en/articles/2015/10/03/syri-o03.html>
- **The New York Times** (outlet, quoted, 1 citation) · no link
- **Peter Cook** (person, quoted, 1 citation) · no link
- **John Kerry** (person, quoted, 1 citation) · no link

## Officials

- **Ashton Carter** — Defense Secretary, US · 1 mention, 0 quotes
- **Peter Cook** — spokesman, US Defense Department · 1 mention, 1 quote
- **John Kerry** — Secretary of State, US · 1 mention, 1 quote
- **Bashar al-Assad** — president, Syria · 1 mention, 0 quotes

## Other people

- **Jane Roe** · 2 mentions, 0 quotes

## Unnamed officials

- the US Ambassador in Moscow
- ranking Russian diplomats

## Quotes

- **Peter Cook:** “agreed to further discuss mechanisms for deconfliction in Syria and the counter-ISIL campaign,” _(partial)_
- **The New York Times:** “The Obama administration reached out to Moscow on Friday to try to coordinate actions in the war zone and avoid an accidental escalation,”
- **John Kerry:** “The president believes that a mil-to-mil conversation is an important next step.”

Removed from the page: comment form, spam notice, 2 share bars.

_Summary by Sourcelight._
`;

    const actual = formatSummaryMarkdown(input);

    expect(actual).toBe(expected);
  });

  it('should escape page text so it cannot become HTML or links', () => {
    const input = buildMockReport({
      quotes: [
        {
          ...buildMockReport().quotes[0]!,
          speaker: '<img src=x onerror=alert(1)>',
          text: '[click](javascript:alert(1)) *bold*',
        },
      ],
      sources: [{ ...buildMockReport().sources[0]!, links: ['javascript:alert(1)'] }],
    });

    const actual = formatSummaryMarkdown(input);

    expect(actual).toContain(
      '- **\\<img src=x onerror=alert(1)\\>:** “\\[click\\](javascript:alert(1)) \\*bold\\*”',
    );
    expect(actual).toContain('· no link');
    expect(actual).not.toMatch(/(?<!\\)<img/);
  });

  it('should say why there is no article', () => {
    const input = buildMockReport({ article: null, reason: 'Not an article.' });

    expect(formatSummaryMarkdown(input)).toBe('No article found: Not an article.\n');
  });
});

describe('createReportExport', () => {
  it('should name the file after the article and hold the whole report', () => {
    const input = buildMockReport();

    const actual = createReportExport(input);

    expect(actual.name).toBe(
      'sourcelight-high-level-u-s-and-russian-military-officials-discuss-syria.json',
    );
    expect(actual.type).toBe('application/json');
    expect(JSON.parse(actual.text)).toEqual(input);
  });

  it('should fall back to "page" for an untitled article', () => {
    const input = buildMockReport({ article: null });

    expect(createReportExport(input).name).toBe('sourcelight-page.json');
  });
});

describe('describeRemoved', () => {
  it.each([
    [['comment-form', 'spam-notice', 'share', 'share'], 'comment form, spam notice, 2 share bars'],
    [['newsletter'], 'newsletter box'],
    [[], ''],
  ] as const)('should describe %j as "%s"', (input, expected) => {
    expect(describeRemoved([...input])).toBe(expected);
  });
});

describe('getLinkHost', () => {
  it.each([
    ['https://www.wsws.org/en/articles/x.html', 'wsws.org'],
    ['http://nytimes.com/', 'nytimes.com'],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('should read %s as %s', (input, expected) => {
    expect(getLinkHost(input)).toBe(expected);
  });
});

describe('groupSourcesByKind', () => {
  it('should keep report indexes and put people first', () => {
    const input = buildMockReport().sources;

    const actual = groupSourcesByKind(input).map(({ kind, items }) => [
      kind,
      items.map(({ index }) => index),
    ]);

    expect(actual).toEqual([
      ['person', [2, 3]],
      ['outlet', [0, 1]],
    ]);
  });
});
