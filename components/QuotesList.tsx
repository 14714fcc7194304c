import type { RevealTarget } from '../lib/messaging';
import type { Quote } from '../lib/report';
import { Section } from './Section';

/** Props of {@link QuotesList}. */
export interface QuotesListProps {
  quotes: Quote[];
  /** Scrolls the page to a quote. */
  onReveal: (target: RevealTarget) => void;
}

/** Every direct quotation: who says it, then the words; fragments are marked "partial". */
export function QuotesList({ quotes, onReveal }: QuotesListProps) {
  if (quotes.length === 0) return null;
  return (
    <Section id="quotes" title="Quotes" count={quotes.length}>
      <ul class="list">
        {quotes.map((quote, index) => (
          <li key={index}>
            <button
              type="button"
              class="row quote"
              title="Show in the page"
              onClick={() => onReveal({ kind: 'quote', index })}
            >
              <span class="speaker">
                <span class={quote.speaker ? 'name' : 'name unknown'}>
                  {quote.speaker ?? 'Unattributed'}
                </span>
                {quote.partial && <span class="tag">partial</span>}
              </span>
              <q class="quote-text">{quote.text.trim()}</q>
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}
