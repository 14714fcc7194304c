/**
 * Hides page furniture on the live page without removing or cloning anything, so the page's own
 * scripts keep working, and puts every element back exactly as it was on demand (issue 3).
 */

/** Hides and shows the elements given to {@link hideJunk}, and puts the page back. */
export interface JunkRestorer {
  /** The elements under control, in the order given. */
  readonly elements: readonly Element[];
  /** Hides element `index` again (after {@link JunkRestorer.show}). */
  hide(index: number): void;
  /** Shows element `index` as the page had it. */
  show(index: number): void;
  /** True while element `index` is hidden. */
  isHidden(index: number): boolean;
  /** Restores every element's original `style` attribute; the restorer is spent afterwards. */
  restore(): void;
}

/** The declaration that hides an element, winning over the page's own `!important` rules. */
const HIDDEN_DISPLAY = 'none';

/** Priority given to the hiding declaration. */
const HIDDEN_PRIORITY = 'important';

interface Saved {
  element: HTMLElement | SVGElement;
  /** The exact `style` attribute value, or null when the element had none. */
  style: string | null;
  hidden: boolean;
}

/** Hides `elements` with `display: none !important`, remembering each one's original style. */
export function hideJunk(elements: Element[]): JunkRestorer {
  const saved: Saved[] = [];
  for (const element of elements) {
    if (!hasStyle(element)) {
      throw new TypeError('hideJunk expects HTML or SVG elements (they need a style attribute)');
    }
    saved.push({ element, style: element.getAttribute('style'), hidden: false });
  }
  let spent = false;
  const entry = (index: number): Saved => {
    const item = saved[index];
    if (!item) throw new RangeError(`No hidden element at index ${index}`);
    return item;
  };
  const hide = (item: Saved) => {
    if (item.hidden) return;
    item.element.style.setProperty('display', HIDDEN_DISPLAY, HIDDEN_PRIORITY);
    item.hidden = true;
  };
  const show = (item: Saved) => {
    if (!item.hidden) return;
    // Writing back the saved attribute (not removing one property) restores it byte for byte.
    if (item.style === null) item.element.removeAttribute('style');
    else item.element.setAttribute('style', item.style);
    item.hidden = false;
  };
  for (const item of saved) hide(item);
  return {
    elements: saved.map((item) => item.element),
    hide: (index) => {
      if (!spent) hide(entry(index));
    },
    show: (index) => show(entry(index)),
    isHidden: (index) => entry(index).hidden,
    restore: () => {
      // Reverse order, so an element listed twice ends with its first-saved (original) style.
      for (const item of [...saved].reverse()) show(item);
      spent = true;
    },
  };
}

function hasStyle(element: Element): element is HTMLElement | SVGElement {
  return 'style' in element && typeof (element as HTMLElement).style?.setProperty === 'function';
}
