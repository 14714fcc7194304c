import type { ArticleText } from '../../lib/article-text';
import type { Attribution, Quote, SourceKind, TextSpan } from '../../lib/report';

/** The span of the first `needle` in `text` at or after `from`; throws when it is missing. */
export function spanOf(text: string, needle: string, from = 0): TextSpan {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`Expected the text to contain ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length };
}

/** A quote as the quotes engine reports it, built by hand. */
export function makeQuote(
  text: string,
  words: string,
  speaker: string | null,
  speakerKind: SourceKind | null,
): Quote {
  const inner = spanOf(text, words);
  return {
    text: words,
    speaker,
    speakerKind,
    cue: speaker ? 'said' : null,
    partial: false,
    span: { start: inner.start - 1, end: inner.end + 1 },
  };
}

/** An attribution as the attribution engine reports it, built by hand. */
export function makeAttribution(
  text: string,
  source: string,
  sourceKind: SourceKind,
  cue: string,
  content: TextSpan,
  options: { kind?: Attribution['kind']; from?: number } = {},
): Attribution {
  const sourceSpan = spanOf(text, source, options.from ?? 0);
  const cueSpan = spanOf(text, cue, sourceSpan.end);
  return {
    source,
    sourceKind,
    cue,
    text: text.slice(content.start, content.end),
    secondHand: sourceKind === 'outlet' || options.kind === 'reposted-block',
    kind: options.kind ?? 'attribution',
    span: content,
    cueSpan,
    sourceSpan,
  };
}

/**
 * What the quotes and attribution engines should report for tests/fixtures/seed-1, written by hand
 * so the people and sources tests do not wait for them.
 */
export function buildSeedInputs(articleText: ArticleText): {
  quotes: Quote[];
  attributions: Attribution[];
} {
  const { text } = articleText;
  const cookWords =
    'agreed to further discuss mechanisms for deconfliction in Syria and the counter-ISIL campaign,';
  const nytWords =
    'The Obama administration reached out to Moscow on Friday to try to coordinate actions in the war zone and avoid an accidental escalation,';
  const kerryWords =
    'The president believes that a mil-to-mil conversation is an important next step. It will help to define some of the different options that are available to us,';
  const quotes = [
    makeQuote(text, cookWords, 'Peter Cook', 'person'),
    makeQuote(text, nytWords, 'The New York Times', 'outlet'),
    makeQuote(text, kerryWords, 'John Kerry', 'person'),
  ];
  const quoted = articleText.blocks.filter((block) => block.blockquote === 0);
  const repost: TextSpan = {
    start: (quoted[0] as { start: number }).start,
    end: (quoted[quoted.length - 1] as { end: number }).end,
  };
  const attributions = [
    makeAttribution(text, 'Wsws.org', 'outlet', 'reports', repost, { kind: 'reposted-block' }),
    makeAttribution(
      text,
      'US Defense Department spokesman Peter Cook',
      'person',
      'said',
      (quotes[0] as Quote).span,
    ),
    makeAttribution(text, 'theNew York Times', 'outlet', 'reported', (quotes[1] as Quote).span),
    makeAttribution(
      text,
      'US Secretary of State John Kerry',
      'person',
      'said',
      (quotes[2] as Quote).span,
    ),
  ];
  return { quotes, attributions };
}
