import type { RemovedItem } from '../lib/report';
import { REMOVED_KIND_NAMES, describeRemoved } from '../lib/summary';
import { Section } from './Section';

/** Props of {@link RemovedList}. */
export interface RemovedListProps {
  removed: RemovedItem[];
  /** For each item, whether it is hidden in the page now. */
  hidden: boolean[];
  /** True while a change is on its way to the page. */
  busy: boolean;
  onToggle: (index: number, hidden: boolean) => void;
}

/** What Sourcelight hid from the page, each with a Show/Hide toggle. */
export function RemovedList({ removed, hidden, busy, onToggle }: RemovedListProps) {
  // Menus, captions and datelines only leave the analysed text; the page keeps them.
  const inPage = removed
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.hiddenInPage);
  if (inPage.length === 0) return null;
  return (
    <Section id="removed" title="Removed from the page" count={inPage.length}>
      <p class="section-lead">{capitalise(describeRemoved(inPage.map(({ item }) => item.kind)))}</p>
      <ul class="list">
        {inPage.map(({ item, index }) => {
          // A page that has not reported a state yet still has its furniture hidden.
          const isHidden = hidden[index] ?? true;
          const name = REMOVED_KIND_NAMES[item.kind][0];
          return (
            <li key={index} class="row static removed-item">
              <span class="row-main inline">
                <span class="name">{capitalise(name)}</span>
                {item.text && <span class="detail sample">{item.text}</span>}
              </span>
              <button
                type="button"
                class="chip-button"
                disabled={busy}
                aria-label={`${isHidden ? 'Show' : 'Hide'} ${name} in the page`}
                onClick={() => onToggle(index, !isHidden)}
              >
                {isHidden ? 'Show' : 'Hide'}
              </button>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
