/**
 * Paints highlight items in the live page: CSS Custom Highlights where the browser has them (no
 * change to the page's DOM at all), wrapper elements otherwise; both removed exactly.
 */
import {
  HIGHLIGHT_GROUPS,
  type HighlightGroup,
  type HighlightItem,
} from '../../lib/highlight/plan';
import { piecesToRanges, type LivePiece } from '../../lib/highlight/live-ranges';
import { wrapPieces, type MarkWrapping } from '../../lib/highlight/mark-fallback';

/** A highlight item with its live text. */
export interface MappedItem {
  item: HighlightItem;
  pieces: LivePiece[];
}

/** Highlights in the page, and how to find and remove them. */
export interface Painting {
  /** The item painted at viewport point (x, y), if any. */
  hitTest(x: number, y: number, target: EventTarget | null): MappedItem | null;
  /** The live ranges of `mapped` (for scrolling to it and anchoring a tooltip). */
  rangesOf(mapped: MappedItem): Range[];
  /** Shows `ranges` in the attention style until {@link Painting.unflash}. */
  flash(ranges: Range[]): void;
  unflash(): void;
  /** Takes every highlight out of the page. */
  remove(): void;
}

/** Prefix of every highlight name and element Sourcelight puts in a page. */
const NAME_PREFIX = 'sourcelight-';

/** The highlight shown briefly when the popup reveals an item. */
const FLASH_NAME = `${NAME_PREFIX}flash`;

/** The wrapper element of the fallback (a custom name no site styles). */
const MARK_TAG = 'sourcelight-mark';

/** The wrapper's group attribute. */
const MARK_GROUP_ATTRIBUTE = 'data-sourcelight-group';

/** Slack around a line box when checking that the pointer is really over highlighted text. */
const HIT_SLACK_PX = 1;

/**
 * Per group: a see-through tint, so the page's own text colour (light or dark theme) stays
 * readable, plus its own underline style, so colour is never the only signal.
 */
const GROUP_STYLES: Record<HighlightGroup, string> = {
  quote:
    'background-color: rgba(255, 184, 0, 0.38); text-decoration: underline solid rgb(214, 150, 0); text-decoration-thickness: 2px;',
  sourcing:
    'background-color: rgba(32, 144, 255, 0.2); text-decoration: underline dashed rgb(40, 140, 240); text-decoration-thickness: 2px;',
  cue: 'background-color: rgba(32, 144, 255, 0.4); text-decoration: underline double rgb(40, 140, 240);',
  anonymous:
    'background-color: rgba(214, 64, 200, 0.24); text-decoration: underline wavy rgb(200, 70, 190);',
};

/** The attention style of a revealed item. */
const FLASH_STYLE = 'background-color: rgba(255, 96, 0, 0.55);';

/** Builds the page stylesheet: ::highlight() rules, and the same look for fallback wrappers. */
function buildPageCss(): string {
  const rules = HIGHLIGHT_GROUPS.map(
    (group) =>
      `::highlight(${NAME_PREFIX}${group}) { ${GROUP_STYLES[group]} }\n` +
      `${MARK_TAG}[${MARK_GROUP_ATTRIBUTE}='${group}'] { display: inline; color: inherit; ${important(GROUP_STYLES[group])} }`,
  );
  rules.push(`::highlight(${FLASH_NAME}) { ${FLASH_STYLE} }`);
  return rules.join('\n');
}

function important(declarations: string): string {
  return declarations.replace(/;/g, ' !important;');
}

/** True when the browser has the CSS Custom Highlight API. */
export function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Paints `mapped` items in `doc`, with the Highlight API when there is one. */
export function paintItems(
  doc: Document,
  mapped: MappedItem[],
  useApi = hasHighlightApi(),
): Painting {
  const removeSheet = installStylesheet(doc, buildPageCss());
  const ordered = sortByPriority(mapped);
  return useApi
    ? paintWithApi(doc, ordered, removeSheet)
    : paintWithMarks(doc, ordered, removeSheet);
}

function paintWithApi(doc: Document, ordered: MappedItem[], removeSheet: () => void): Painting {
  const rangesByItem = new Map<MappedItem, Range[]>();
  const byGroup = new Map<HighlightGroup, Range[]>();
  for (const mapped of ordered) {
    const ranges = piecesToRanges(doc, mapped.pieces);
    rangesByItem.set(mapped, ranges);
    const list = byGroup.get(mapped.item.group) ?? [];
    list.push(...ranges);
    byGroup.set(mapped.item.group, list);
  }
  HIGHLIGHT_GROUPS.forEach((group, priority) => {
    const ranges = byGroup.get(group);
    if (!ranges?.length) return;
    const highlight = new Highlight(...ranges);
    highlight.priority = priority;
    CSS.highlights.set(NAME_PREFIX + group, highlight);
  });
  return {
    hitTest(x, y) {
      const caret = caretAt(doc, x, y);
      if (!caret) return null;
      for (const mapped of ordered) {
        for (const range of rangesByItem.get(mapped) ?? []) {
          if (isPointInRange(range, caret) && isOverRange(range, x, y)) return mapped;
        }
      }
      return null;
    },
    rangesOf: (mapped) => rangesByItem.get(mapped) ?? [],
    flash(ranges) {
      const highlight = new Highlight(...ranges);
      highlight.priority = HIGHLIGHT_GROUPS.length;
      CSS.highlights.set(FLASH_NAME, highlight);
    },
    unflash() {
      CSS.highlights.delete(FLASH_NAME);
    },
    remove() {
      for (const group of HIGHLIGHT_GROUPS) CSS.highlights.delete(NAME_PREFIX + group);
      CSS.highlights.delete(FLASH_NAME);
      removeSheet();
    },
  };
}

function paintWithMarks(doc: Document, ordered: MappedItem[], removeSheet: () => void): Painting {
  // Ranges are taken before wrapping, as pieces: wrapping rewrites Text nodes.
  const pieces = ordered.flatMap((mapped, id) =>
    mapped.pieces.map((piece) => ({
      ...piece,
      group: mapped.item.group,
      priority: HIGHLIGHT_GROUPS.indexOf(mapped.item.group),
      id,
    })),
  );
  const wrapping: MarkWrapping = wrapPieces(pieces, (group) => {
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute(MARK_GROUP_ATTRIBUTE, group);
    return mark;
  });
  const markOwner = new WeakMap<Element, MappedItem>();
  const marksByItem = new Map<MappedItem, Element[]>();
  for (const { id, element } of wrapping.marks) {
    const mapped = ordered[id] as MappedItem;
    markOwner.set(element, mapped);
    marksByItem.set(mapped, [...(marksByItem.get(mapped) ?? []), element]);
  }
  return {
    hitTest(_x, _y, target) {
      const element = target instanceof Element ? target.closest(MARK_TAG) : null;
      return element ? (markOwner.get(element) ?? null) : null;
    },
    rangesOf(mapped) {
      return (marksByItem.get(mapped) ?? []).map((element) => {
        const range = doc.createRange();
        range.selectNodeContents(element);
        return range;
      });
    },
    flash() {
      // No flash style without the API: the reveal scrolls and shows the tooltip instead.
    },
    unflash() {},
    remove() {
      wrapping.restore();
      removeSheet();
    },
  };
}

/** Sorts items so the one painted on top comes first (hit-testing order). */
function sortByPriority(mapped: MappedItem[]): MappedItem[] {
  const rank = (item: MappedItem) => HIGHLIGHT_GROUPS.indexOf(item.item.group);
  return [...mapped].sort((a, b) => rank(b) - rank(a));
}

/**
 * Adds a stylesheet the page cannot see in its markup: an adopted constructable sheet (also exempt
 * from the page's CSP style-src), or a <style> where adopting fails (Firefox content-script Xrays).
 * Returns how to remove exactly that sheet.
 */
export function installStylesheet(target: Document | ShadowRoot, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    if (target.adoptedStyleSheets.includes(sheet)) {
      return () => {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((other) => other !== sheet);
      };
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = (target instanceof Document ? target : target.ownerDocument).createElement('style');
  style.textContent = css;
  const parent = target instanceof Document ? (target.head ?? target.documentElement) : target;
  parent.appendChild(style);
  return () => style.remove();
}

interface Caret {
  node: Node;
  offset: number;
}

/** The text position under a viewport point (standard API first, WebKit's older one second). */
function caretAt(doc: Document, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function isPointInRange(range: Range, caret: Caret): boolean {
  try {
    return range.isPointInRange(caret.node, caret.offset);
  } catch {
    // A caret in another document or a shadow tree is never in a page range.
    return false;
  }
}

/** The caret APIs snap to the nearest text; the pointer must also be over one of its line boxes. */
function isOverRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (
      x >= rect.left - HIT_SLACK_PX &&
      x <= rect.right + HIT_SLACK_PX &&
      y >= rect.top - HIT_SLACK_PX &&
      y <= rect.bottom + HIT_SLACK_PX
    ) {
      return true;
    }
  }
  return false;
}
