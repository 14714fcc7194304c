import type { ArticleText } from './article-text';
import type { Quote } from './report';
import { analyzeSourcing } from './text/sourcing';

/** The opening mark repeated at the start of each paragraph of a multi-paragraph quotation. */
const PARAGRAPH_OPENING_MARK = /(\n+)\s*[“"«„‘]/g;

/**
 * Finds direct quotations in the article text: quoted speech, with its speaker and cue when the
 * sentence or a neighbouring quote gives them. Scare quotes, titles and nicknames are left out.
 */
export function findQuotes(articleText: ArticleText): Quote[] {
  const { quotes, cues } = analyzeSourcing(articleText);
  const found: Quote[] = [];
  for (const quote of quotes) {
    if (!quote.isSpeech) continue;
    found.push({
      text: articleText.text
        .slice(quote.innerStart, quote.innerEnd)
        .replace(PARAGRAPH_OPENING_MARK, '$1'),
      speaker: quote.speaker,
      speakerKind: quote.speakerKind,
      cue: quote.cue >= 0 ? (cues[quote.cue]?.cue ?? null) : null,
      partial: quote.partial,
      span: { start: quote.start, end: quote.end },
    });
  }
  return found;
}
