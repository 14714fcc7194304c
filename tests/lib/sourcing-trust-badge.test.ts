import { describe, expect, it } from 'vitest';
import type { TrustBadge } from '../../lib/report';
import { findTrustBadges, hasClaimReview, isUnbackedTrustBadge } from '../../lib/trust-badge';
import { parseDocument, readFixtureSource } from '../test-data';

/** The entry header of tests/fixtures/seed-1, where the badge sits. */
const SEED_HEADER = `<header class="entry-header"><h1 class="entry-title">High Level U.S. And Russian Military Officials Discuss Syria Action</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time>October 3, 2015</time></span>
<span class="fact-check-badge" title="This article has been fact checked">Fact checked</span></div></header>`;

/** Schema.org's ClaimReview example (https://schema.org/ClaimReview), trimmed. */
const CLAIM_REVIEW_JSON_LD = `<script type="application/ld+json">
{"@context":"https://schema.org","@type":"ClaimReview","url":"https://example.org/fc/1",
 "author":{"@type":"Organization","name":"Example Fact Check"},
 "reviewRating":{"@type":"Rating","ratingValue":1,"alternateName":"False"}}
</script>`;

function badgesOf(head: string, body: string): TrustBadge[] {
  return findTrustBadges(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`));
}

describe('findTrustBadges', () => {
  it('should find the seed page badge with no fact-checker and no ClaimReview', () => {
    const actual = findTrustBadges(parseDocument(readFixtureSource('seed-1')));
    expect(actual).toEqual([{ text: 'Fact checked', checker: null, claimReview: false }]);
    expect(actual.every(isUnbackedTrustBadge)).toBe(true);
  });

  it.each<[string, string, string, TrustBadge[]]>([
    [
      'a bare badge',
      '',
      SEED_HEADER,
      [{ text: 'Fact checked', checker: null, claimReview: false }],
    ],
    [
      'a badge on a page with ClaimReview JSON-LD',
      CLAIM_REVIEW_JSON_LD,
      SEED_HEADER,
      [{ text: 'Fact checked', checker: null, claimReview: true }],
    ],
    [
      'a badge naming its fact-checker',
      '',
      '<span class="badge">Fact-checked by PolitiFact</span>',
      [{ text: 'Fact-checked by PolitiFact', checker: 'PolitiFact', claimReview: false }],
    ],
    [
      'a checker named in the title attribute',
      '',
      '<span class="badge" title="Checked by Full Fact">✓ Verified</span>',
      [{ text: '✓ Verified', checker: 'Full Fact', claimReview: false }],
    ],
    [
      'a German badge',
      '',
      '<div class="meta"><span>Faktencheck</span></div>',
      [{ text: 'Faktencheck', checker: null, claimReview: false }],
    ],
    [
      'a sentence that mentions fact-checking',
      '',
      '<p>The claim was fact checked by PolitiFact, which rated it false.</p>',
      [],
    ],
    [
      'the verified mark of an embedded tweet',
      '',
      '<blockquote class="twitter-tweet"><p>Hello</p><span>Verified</span></blockquote>',
      [],
    ],
    ['a badge inside a script', '', '<script>var label = "Fact checked";</script>', []],
  ])('should read %s', (_label, head, body, expected) => {
    expect(badgesOf(head, body)).toEqual(expected);
  });

  it('should say a badge is unbacked only without a checker and without ClaimReview', () => {
    expect(isUnbackedTrustBadge({ text: 'Fact checked', checker: null, claimReview: false })).toBe(
      true,
    );
    expect(isUnbackedTrustBadge({ text: 'Fact checked', checker: null, claimReview: true })).toBe(
      false,
    );
    expect(
      isUnbackedTrustBadge({ text: 'Fact checked', checker: 'Snopes', claimReview: false }),
    ).toBe(false);
  });
});

describe('hasClaimReview', () => {
  it.each([
    ['JSON-LD', CLAIM_REVIEW_JSON_LD, true],
    [
      'JSON-LD in an @graph with a type list',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ClaimReview"]}]}</script>',
      true,
    ],
    ['microdata', '<div itemscope itemtype="https://schema.org/ClaimReview"></div>', true],
    ['RDFa', '<div vocab="https://schema.org/" typeof="ClaimReview"></div>', true],
    [
      'a NewsArticle only',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Fact checked"}</script>',
      false,
    ],
    [
      'broken JSON-LD',
      '<script type="application/ld+json">{"@type": "ClaimReview",</script>',
      false,
    ],
  ])('should read %s', (_label, html, expected) => {
    expect(hasClaimReview(parseDocument(`<html><body>${html}</body></html>`))).toBe(expected);
  });
});
