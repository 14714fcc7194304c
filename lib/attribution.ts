import type { ArticleText, TextBlock } from './article-text';
import type { Attribution, Quote, TextSpan } from './report';
import VERBS from './lexicons/reporting-verbs.json';
import PHRASES from './lexicons/cue-phrases.json';
import { analyzeSourcing, type CueMatch } from './text/sourcing';

/**
 * Verbs of thinking, wanting and supporting. Inside another attribution's reported content ("He
 * said voters want change") they are part of what was said, not a claim of their own: on PolNeAR
 * train four in five such nested cues were not annotated.
 */
const STANCE_VERBS = new Set(VERBS.stance);

/** Cues whose source follows them ("according to", "as reported by"). */
const SOURCE_AFTER_CUES = new Set(PHRASES.sourceAfter);

/** Punctuation or a conjunction that ends one reported clause and may open another. */
const CLAUSE_BREAK = /[,;:—–"“”.?!\n]|\b(?:and|but|while|whereas|though|although|because)\b/i;

/** A letter or digit: some of a clause stands in a stretch of text. */
const HAS_WORD = /(?:\p{L}|\p{N})/u;

/** A block that hands over the next blockquote ends with a colon: "Wsws.org reports:". */
const INTRODUCES_NEXT_BLOCK = /:\s*$/;

/** An attribution's cue and the stretch of text it reports. */
interface Reported {
  cueSpan: TextSpan;
  span: TextSpan;
}

/**
 * Finds the places where the article hands a claim to someone else: quotes with their speaker,
 * paraphrases ("X said that…", "according to X"), declined comment and re-posted blocks.
 */
export function findAttributions(articleText: ArticleText, quotes: Quote[]): Attribution[] {
  const { text, blocks } = articleText;
  const { quotes: quoteMatches, cues } = analyzeSourcing(articleText);
  const keptQuotes = new Set(quotes.map((q) => q.span.start));
  const attributions: Attribution[] = [];
  const reported: Reported[] = [];
  const accounts = cues.filter(
    (c) =>
      c.source && SOURCE_AFTER_CUES.has(c.cue.toLowerCase()) && c.content.end <= c.cueSpan.start,
  );
  for (const cue of cues) {
    if (!cue.source || !cue.sourceKind) continue;
    const reposted = findRepostedBlockquote(text, blocks, cue);
    if (reposted) {
      attributions.push({
        ...baseOf(cue),
        kind: 'reposted-block',
        secondHand: true,
        text: text.slice(reposted.start, reposted.end),
        span: reposted,
      });
      continue;
    }
    const quoted = cue.quotes
      .map((q) => quoteMatches[q])
      .filter((q) => q !== undefined && q.isSpeech && keptQuotes.has(q.start));
    let span: TextSpan = cue.content;
    if (quoted.length > 0) {
      span = {
        start: Math.min(...quoted.map((q) => q!.start)),
        end: Math.max(...quoted.map((q) => q!.end)),
      };
    }
    const content =
      quoted.length > 0
        ? quoted.map((q) => text.slice(q!.innerStart, q!.innerEnd)).join(' … ')
        : text.slice(span.start, span.end);
    if (!content.trim() && cue.kind !== 'declined-comment') continue;
    // A quote of its own makes the stance cue a speaker's, whatever it sits in.
    if (quoted.length === 0 && isNestedStance(cue, reported)) continue;
    if (quoted.length === 0 && isNestedReport(text, cue, reported)) continue;
    if (quoted.length === 0 && isInsideAccount(text, cue, accounts)) continue;
    attributions.push({ ...baseOf(cue), text: content, span });
    // What the cue reports runs over its clause even when a quote within it is the content shown.
    reported.push({
      cueSpan: cue.cueSpan,
      span: {
        start: Math.min(span.start, cue.content.start),
        end: Math.max(span.end, cue.content.end),
      },
    });
  }
  return attributions;
}

/** A stance cue inside the content of an attribution found before it. */
function isNestedStance(cue: CueMatch, before: readonly Reported[]): boolean {
  const words = cue.cue.toLowerCase().split(/\s+/);
  if (!words.some((word) => STANCE_VERBS.has(word))) return false;
  const { start, end } = cue.cueSpan;
  return before.some(
    (host) => host.cueSpan.end <= start && host.span.start <= start && end <= host.span.end,
  );
}

/**
 * A cue whose source stands inside an earlier attribution's content with nothing closing that
 * clause before it ("The paper reported that Jo Poe said…", "Experts said Al Roe filed…"): it is
 * part of what was reported. PolNeAR never annotates a cue inside another attribution's content; on
 * train three in four of these were not annotated. A comma or a conjunction before the source ("X
 * said A, and Y argued B") starts a claim of its own.
 */
function isNestedReport(text: string, cue: CueMatch, before: readonly Reported[]): boolean {
  const source = cue.sourceSpan;
  if (!source || source.end > cue.cueSpan.start) return false;
  return before.some(
    (host) =>
      host.cueSpan.end <= source.start &&
      host.span.start <= source.start &&
      cue.cueSpan.end <= host.span.end &&
      !CLAUSE_BREAK.test(text.slice(host.cueSpan.end, source.start)),
  );
}

/**
 * "Most voters view her unfavorably, according to a new poll": a cue and its source inside the
 * clause a later "according to" hands to its source are what that source reported (on PolNeAR train
 * three in four of these were not annotated). "The talks stalled, CNN said, citing two officials"
 * keeps both: nothing of the inner cue's own content stands between them.
 */
function isInsideAccount(text: string, cue: CueMatch, accounts: readonly CueMatch[]): boolean {
  const source = cue.sourceSpan;
  if (!source) return false;
  const start = Math.min(source.start, cue.cueSpan.start);
  const end = Math.max(source.end, cue.cueSpan.end);
  return accounts.some(
    (account) =>
      account !== cue &&
      account.cueSpan.start >= end &&
      account.content.start <= start &&
      end <= account.content.end &&
      HAS_WORD.test(text.slice(end, account.cueSpan.start)),
  );
}

function baseOf(cue: CueMatch): Attribution {
  const sourceKind = cue.sourceKind ?? 'anonymous';
  return {
    source: cue.source ?? '',
    sourceKind,
    cue: cue.cue,
    text: '',
    secondHand: sourceKind === 'outlet',
    kind: cue.kind,
    span: cue.content,
    cueSpan: cue.cueSpan,
    sourceSpan: cue.sourceSpan,
  };
}

/** The blockquote a "X reports:" block introduces, as one span, or null. */
function findRepostedBlockquote(
  text: string,
  blocks: readonly TextBlock[],
  cue: CueMatch,
): TextSpan | null {
  const index = blocks.findIndex((b) => b.start <= cue.cueSpan.start && cue.cueSpan.end <= b.end);
  const block = blocks[index];
  const next = blocks[index + 1];
  if (!block || !next || next.blockquote < 0 || next.blockquote === block.blockquote) return null;
  if (
    cue.sentence.end < block.end - 1 ||
    !INTRODUCES_NEXT_BLOCK.test(text.slice(block.start, block.end))
  )
    return null;
  let end = next.end;
  for (
    let b = index + 2;
    b < blocks.length && (blocks[b] as TextBlock).blockquote === next.blockquote;
    b++
  ) {
    end = (blocks[b] as TextBlock).end;
  }
  return { start: next.start, end };
}
