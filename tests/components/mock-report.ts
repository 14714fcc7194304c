import type { PageState } from '../../lib/messaging';
import type { ChainStep, Report } from '../../lib/report';

/** The link the seed article gives for the post it re-reports. */
const WSWS_LINK = 'https://www.wsws.org/en/articles/2015/10/03/syri-o03.html';

/**
 * A report shaped like the seed article's (tests/fixtures/seed-1), written by hand so component
 * tests do not depend on the engine.
 */
export function buildMockReport(overrides: Partial<Report> = {}): Report {
  return {
    article: {
      title: 'High Level U.S. And Russian Military Officials Discuss Syria Action',
      byline: 'Staff Writer',
      siteName: 'World Affairs Brief',
      publishedTime: '2015-10-03T09:00:00Z',
      lang: 'en-US',
      wordCount: 338,
      readingMinutes: 2,
      text: 'The US and Russia had high level military talks last week.',
      excerpt: 'Russia and US military talks underway about taking action in Syria',
    },
    reason: null,
    removed: [
      { kind: 'comment-form', text: 'Leave a Reply', hiddenInPage: true },
      { kind: 'spam-notice', text: 'This site uses Akismet to reduce spam.', hiddenInPage: true },
      { kind: 'metadata', text: 'Photo: Wire Service', hiddenInPage: false },
      { kind: 'share', text: 'Share on Facebook', hiddenInPage: true },
      { kind: 'share', text: 'Tweet', hiddenInPage: true },
    ],
    quotes: [
      {
        text: 'agreed to further discuss mechanisms for deconfliction in Syria and the counter-ISIL campaign,',
        speaker: 'Peter Cook',
        speakerKind: 'person',
        cue: 'said',
        partial: true,
        span: { start: 0, end: 10 },
      },
      {
        text: 'The Obama administration reached out to Moscow on Friday to try to coordinate actions in the war zone and avoid an accidental escalation,',
        speaker: 'The New York Times',
        speakerKind: 'outlet',
        cue: 'reported',
        partial: false,
        span: { start: 10, end: 20 },
      },
      {
        text: 'The president believes that a mil-to-mil conversation is an important next step.',
        speaker: 'John Kerry',
        speakerKind: 'person',
        cue: 'said',
        partial: false,
        span: { start: 20, end: 30 },
      },
    ],
    attributions: [],
    people: [
      person('Ashton Carter', 'Defense Secretary', 'US', 1, 0),
      person('Peter Cook', 'spokesman', 'US Defense Department', 1, 1),
      person('John Kerry', 'Secretary of State', 'US', 1, 1),
      person('Bashar al-Assad', 'president', 'Syria', 1, 0),
      { ...person('Jane Roe', null, null, 2, 0), official: false },
    ],
    unnamedOfficials: [
      { description: 'the US Ambassador in Moscow', mentions: 1 },
      { description: 'ranking Russian diplomats', mentions: 1 },
    ],
    sources: [
      {
        name: 'Wsws.org',
        kind: 'outlet',
        citations: 1,
        links: [WSWS_LINK],
        quoted: false,
        paraphrased: true,
      },
      {
        name: 'The New York Times',
        kind: 'outlet',
        citations: 1,
        links: [],
        quoted: true,
        paraphrased: false,
      },
      {
        name: 'Peter Cook',
        kind: 'person',
        citations: 1,
        links: [],
        quoted: true,
        paraphrased: false,
      },
      {
        name: 'John Kerry',
        kind: 'person',
        citations: 1,
        links: [],
        quoted: true,
        paraphrased: false,
      },
    ],
    notes: [],
    sourcing: {
      chain: [
        step('Wsws.org', 'outlet', 're-reported-from', -1, null, WSWS_LINK),
        step('Peter Cook', 'person', 'quoted', 0, 'spokesman, US Defense Department'),
        step('The New York Times', 'outlet', 'quoted', 0, null),
        step('John Kerry', 'person', 'quoted', 0, 'Secretary of State, US'),
      ],
      summary:
        'Re-reported from Wsws.org (linked) → which quotes Peter Cook (spokesman, US Defense Department), The New York Times (no link), John Kerry (Secretary of State, US)',
      quotedShare: 0.754,
      flags: [
        {
          kind: 'second-hand',
          message: '75% of the article is quoted or re-reported rather than original reporting.',
          subjects: ['Wsws.org'],
        },
        {
          kind: 'unlinked-sources',
          message: 'Cited without a link: The New York Times.',
          subjects: ['The New York Times'],
        },
        {
          kind: 'single-source',
          message: 'The story rests on a single source: it re-posts Wsws.org.',
          subjects: ['Wsws.org'],
        },
        {
          kind: 'unbacked-trust-badge',
          message:
            'The page says “Fact checked” but names no fact-checker and carries no ClaimReview markup.',
          subjects: ['Fact checked'],
        },
      ],
      trustBadges: [{ text: 'Fact checked', checker: null, claimReview: false }],
    },
    ...overrides,
  };
}

/** A page state around {@link buildMockReport}: furniture hidden, highlights on. */
export function buildMockPage(overrides: Partial<PageState> = {}): PageState {
  const report = overrides.report ?? buildMockReport();
  return {
    report,
    highlightsOn: true,
    removedHidden: report.removed.map((item) => item.hiddenInPage),
    ...overrides,
  };
}

function person(
  name: string,
  title: string | null,
  organisation: string | null,
  mentions: number,
  quotes: number,
) {
  return { name, title, organisation, official: true, mentions, quotes, spans: [] };
}

function step(
  source: string,
  kind: ChainStep['kind'],
  role: ChainStep['role'],
  via: number,
  detail: string | null,
  link: string | null = null,
): ChainStep {
  return { source, kind, link, role, via, detail, citations: 1 };
}
