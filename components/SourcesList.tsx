import type { RevealTarget } from '../lib/messaging';
import type { Source } from '../lib/report';
import { SOURCE_KIND_LABELS, formatCount, groupSourcesByKind, parseWebLink } from '../lib/summary';
import { ExternalIcon } from './Icons';
import { Section } from './Section';

/** Props of {@link SourcesList}. */
export interface SourcesListProps {
  sources: Source[];
  /** Scrolls the page to a source's first citation. */
  onReveal: (target: RevealTarget) => void;
}

/** The sources the article relies on, grouped by kind, with how they are used and their links. */
export function SourcesList({ sources, onReveal }: SourcesListProps) {
  if (sources.length === 0) return null;
  return (
    <Section id="sources" title="Sources" count={sources.length}>
      {groupSourcesByKind(sources).map(({ kind, items }) => (
        <div class="group" key={kind}>
          <h3>{SOURCE_KIND_LABELS[kind]}</h3>
          <ul class="list">
            {items.map(({ source, index }) => (
              <li key={index} class="source">
                <button
                  type="button"
                  class="row"
                  title="Show in the page"
                  onClick={() => onReveal({ kind: 'source', index })}
                >
                  <span class="row-main">
                    <span class="name">{source.name}</span>
                    <span class="detail">{describeUse(source)}</span>
                  </span>
                  <span class="row-side">{formatCount(source.citations, 'citation')}</span>
                </button>
                <SourceLinks source={source} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}

function SourceLinks({ source }: { source: Source }) {
  // Links come from the page: only http(s) ones are shown, so a `javascript:` href never is.
  const urls = source.links.flatMap((link) => parseWebLink(link) ?? []);
  if (urls.length === 0) {
    // People and anonymous sources are rarely linked; an outlet or a document should be.
    return source.kind === 'person' || source.kind === 'anonymous' ? null : (
      <p class="links no-link">No link to it in the article</p>
    );
  }
  return (
    <p class="links">
      {urls.map((url) => (
        <a
          key={url.href}
          href={url.href}
          target="_blank"
          rel="noopener noreferrer"
          title={url.href}
        >
          {url.hostname.replace(/^www\./, '')}
          <ExternalIcon size={12} />
          <span class="visually-hidden"> (opens in a new tab)</span>
        </a>
      ))}
    </p>
  );
}

function describeUse(source: Source): string {
  const uses = [source.quoted && 'quoted', source.paraphrased && 'paraphrased'].filter(Boolean);
  return uses.length > 0 ? uses.join(' and ') : 'cited';
}
