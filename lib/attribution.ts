import type { ArticleText, TextBlock } from './article-text';
import type { Attribution, Quote, TextSpan } from './report';
import VERBS from './lexicons/reporting-verbs.json';
import { analyzeSourcing, type CueMatch } from './text/sourcing';

/**
 * Verbs of thinking, wanting and supporting. Inside another attribution's reported content ("He
 * said voters want change") they are part of what was said, not a claim of their own: on PolNeAR
 * train four in five such nested cues were not annotated.
 */
const STANCE_VERBS = new Set(VERBS.stance);

/** A block that hands over the next blockquote ends with a colon: "Wsws.org reports:". */
const INTRODUCES_NEXT_BLOCK = /:\s*$/;

/**
 * Finds the places where the article hands a claim to someone else: quotes with their speaker,
 * paraphrases ("X said that…", "according to X"), declined comment and re-posted blocks.
 */
export function findAttributions(articleText: ArticleText, quotes: Quote[]): Attribution[] {
  const { text, blocks } = articleText;
  const { quotes: quoteMatches, cues } = analyzeSourcing(articleText);
  const keptQuotes = new Set(quotes.map((q) => q.span.start));
  const attributions: Attribution[] = [];
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
    if (quoted.length === 0 && isNestedStance(cue, attributions)) continue;
    attributions.push({ ...baseOf(cue), text: content, span });
  }
  return attributions;
}

/** A stance cue inside the content of an attribution found before it. */
function isNestedStance(cue: CueMatch, before: readonly Attribution[]): boolean {
  const words = cue.cue.toLowerCase().split(/\s+/);
  if (!words.some((word) => STANCE_VERBS.has(word))) return false;
  const { start, end } = cue.cueSpan;
  return before.some(
    (host) => host.cueSpan.end <= start && host.span.start <= start && end <= host.span.end,
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
