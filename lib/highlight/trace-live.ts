/**
 * Traces nodes of an analysed clone back to the live page, including nodes Readability rebuilt.
 *
 * Readability rearranges the clone but keeps node identity, so a parallel walk made before parsing
 * maps most nodes. On short pages it retries and resets the body from a copy taken before its first
 * try (Readability.js `_grabArticle`, "page.innerHTML = pageCacheHtml"; our build copies the DOM
 * instead of HTML, see wxt.config.ts), which rebuilds every node. To stay exact without searching
 * text, every clone element under <body> carries its index in an attribute that survives the copy;
 * a rebuilt Text node is found again by its nearest tagged ancestor and its position among that
 * element's own Text nodes.
 */

/** The attribute that carries a clone element's index into the live element list. */
export const TRACE_ATTRIBUTE = 'data-sourcelight-n';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, spelled out: Node has no NodeFilter global. */
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/** Maps clone nodes to the live nodes they were cloned from. */
export interface LiveTracer {
  /** The live node `node` (of the clone) came from, or undefined when there is none. */
  toLive(node: Node): Node | undefined;
}

/** Subtrees that never hold article text or page furniture: not mapped, not tagged. */
const UNMAPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head']);

/**
 * Walks `live` and its fresh clone in parallel, remembering each pair of nodes the analysis can
 * hand back (text and elements outside <head>, scripts and SVG, which are a large share of the
 * nodes on news pages) and, when `tag` is set, tagging clone elements under <body> with
 * {@link TRACE_ATTRIBUTE}. The `opaque` elements are paired but not walked into: the analysis
 * removes them whole. Call before changing the clone, except for cutting off its end: a clone that
 * is a prefix of the page in document order still pairs up.
 */
export function traceCloneToLive(
  live: Document,
  clone: Document,
  tag: boolean,
  opaque: ReadonlySet<Node> = new Set(),
): LiveTracer {
  const map = pairNodes(live, clone, opaque);
  const liveElements: Element[] = [];
  if (tag) tagElements(clone, map, opaque, liveElements);
  /**
   * A node inside an opaque element, traced by its path from that element: nothing changes inside
   * one before the analysis removes it whole, so the clone's path leads to the live node.
   */
  const throughOpaque = (node: Node): Node | undefined => {
    const path: number[] = [];
    for (let inner: Node | null = node; inner; inner = inner.parentNode) {
      if (opaque.has(inner)) {
        let live = map.get(inner) ?? null;
        for (let i = path.length - 1; i >= 0 && live; i--) live = nthChild(live, path[i] as number);
        return live ?? undefined;
      }
      path.push(indexAmongSiblings(inner));
    }
    return undefined;
  };
  /** Per rebuilt tagged element: its own Text nodes traced to the live element's. */
  const aligned = new WeakMap<Element, WeakMap<Text, Text>>();
  return {
    toLive(node) {
      const direct = map.get(node) ?? (opaque.size > 0 ? throughOpaque(node) : undefined);
      if (direct || !tag) return direct;
      if (node.nodeType === ELEMENT_NODE) {
        const index = (node as Element).getAttribute(TRACE_ATTRIBUTE);
        return index === null ? undefined : liveElements[Number(index)];
      }
      if (node.nodeType !== TEXT_NODE) return undefined;
      const owner = findTaggedAncestor(node);
      if (!owner) return undefined;
      const liveOwner = liveElements[Number(owner.getAttribute(TRACE_ATTRIBUTE))];
      if (!liveOwner) return undefined;
      let pairs = aligned.get(owner);
      if (!pairs) {
        pairs = alignOwnText(owner, liveOwner);
        aligned.set(owner, pairs);
      }
      return pairs.get(node as Text);
    },
  };
}

/**
 * Pairs the nodes of `clone` with those of `live` in document order, two tree walkers in step: one
 * call per node on each side, where reading child and sibling links took four, each a DOM call that
 * costs more in an extension's isolated world.
 */
function pairNodes(live: Document, clone: Document, opaque: ReadonlySet<Node>): Map<Node, Node> {
  // A Map, not a WeakMap: the clone lives exactly as long as the tracer, and a Map is several times
  // faster to fill.
  const map = new Map<Node, Node>([[clone, live]]);
  const cloneWalker = clone.createTreeWalker(clone, SHOW_ELEMENT_AND_TEXT);
  const liveWalker = live.createTreeWalker(live, SHOW_ELEMENT_AND_TEXT);
  let c = cloneWalker.nextNode();
  let l = liveWalker.nextNode();
  while (c && l) {
    map.set(c, l);
    if (c.nodeType === ELEMENT_NODE && isClosed(c as Element, opaque)) {
      c = skipSubtree(cloneWalker);
      l = skipSubtree(liveWalker);
    } else {
      c = cloneWalker.nextNode();
      l = liveWalker.nextNode();
    }
  }
  return map;
}

/** An element paired but not walked into: unmapped, or removed whole by the analysis. */
function isClosed(element: Element, opaque: ReadonlySet<Node>): boolean {
  return UNMAPPED_TAGS.has(element.localName) || opaque.has(element);
}

/** Moves `walker` to the node after its current node's subtree in document order. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/** Tags the paired elements of the clone's body, the body included, with their live index. */
function tagElements(
  clone: Document,
  map: ReadonlyMap<Node, Node>,
  opaque: ReadonlySet<Node>,
  liveElements: Element[],
): void {
  const body = clone.body;
  if (!body) return;
  for (const element of [body, ...Array.from(body.getElementsByTagName('*'))]) {
    const live = map.get(element);
    if (!live || isClosed(element, opaque)) continue;
    element.setAttribute(TRACE_ATTRIBUTE, String(liveElements.length));
    liveElements.push(live as Element);
  }
}

function indexAmongSiblings(node: Node): number {
  let index = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) index++;
  return index;
}

/** Sibling links, not childNodes[n]: jsdom looks up a named item on every index read. */
function nthChild(parent: Node, n: number): Node | null {
  let child = parent.firstChild;
  for (let i = 0; i < n && child; i++) child = child.nextSibling;
  return child;
}

function findTaggedAncestor(node: Node): Element | null {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (parent.hasAttribute(TRACE_ATTRIBUTE)) return parent;
  }
  return null;
}

/**
 * Pairs the Text nodes `owner` holds itself (through untagged wrappers Readability added, such as
 * the <p> it wraps phrasing content in) with the live element's Text children, in order.
 * Readability only drops whitespace-only Text nodes there, so the clone's run is a subsequence of
 * the live one with identical data; a node with no identical partner stays unmapped rather than
 * guessed.
 */
function alignOwnText(owner: Element, liveOwner: Element): WeakMap<Text, Text> {
  const pairs = new WeakMap<Text, Text>();
  const own: Text[] = [];
  collectOwnText(owner, own);
  const liveText: Text[] = [];
  for (let child = liveOwner.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) liveText.push(child as Text);
  }
  let j = 0;
  for (const text of own) {
    let k = j;
    while (k < liveText.length && (liveText[k] as Text).data !== text.data) k++;
    if (k === liveText.length) continue;
    pairs.set(text, liveText[k] as Text);
    j = k + 1;
  }
  return pairs;
}

function collectOwnText(element: Element, out: Text[]): void {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) out.push(child as Text);
    else if (child.nodeType === ELEMENT_NODE && !(child as Element).hasAttribute(TRACE_ATTRIBUTE)) {
      collectOwnText(child as Element, out);
    }
  }
}
