import type { RemovedKind } from '../report';

/** An element of page furniture (comments, spam notices, share bars…) found by the cleaner. */
export interface JunkMatch {
  element: Element;
  kind: RemovedKind;
  /** A short sample of its text. */
  text: string;
}

// WIP: replaced by the rule-based cleaner (issue 3).
/** Finds comment sections, comment forms, spam notices and similar furniture under `root`. */
export function findJunk(root: Document | Element): JunkMatch[] {
  const found: JunkMatch[] = [];
  for (const element of Array.from(root.querySelectorAll('#comments, #respond, .comments-area'))) {
    found.push({
      element,
      kind: 'comments',
      text: (element.textContent ?? '').trim().slice(0, 80),
    });
  }
  return found;
}

/** Detaches matched elements from their (cloned) document. */
export function removeJunk(matches: JunkMatch[]): void {
  for (const { element } of matches) element.remove();
}
