/**
 * Keeps the correspondence between a live document and its clone, so that results computed on the
 * clone (which Readability rearranges) can be shown on the live page.
 */

/**
 * Maps each node of `clone` to the node of `live` it was cloned from. Call before mutating the
 * clone.
 */
export function mapCloneToLive(live: Node, clone: Node): WeakMap<Node, Node> {
  const map = new WeakMap<Node, Node>();
  const stack: [Node, Node][] = [[clone, live]];
  while (stack.length > 0) {
    const [c, l] = stack.pop() as [Node, Node];
    map.set(c, l);
    let cc = c.firstChild;
    let lc = l.firstChild;
    while (cc && lc) {
      stack.push([cc, lc]);
      cc = cc.nextSibling;
      lc = lc.nextSibling;
    }
  }
  return map;
}
