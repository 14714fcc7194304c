/**
 * The cleaner (issue 3): finds comment sections, comment forms, spam notices and similar page
 * furniture by combining well-known markup (STRUCTURE_RULES) with short text signals (TEXT_RULES),
 * while guarding the story itself against removal.
 */
import type { RemovedKind } from '../report';
import { STRUCTURE_RULES, TEXT_RULES, type JunkRule } from './rules';

/** An element of page furniture (comments, spam notices, share bars…) found by the cleaner. */
export interface JunkMatch {
  element: Element;
  kind: RemovedKind;
  /** A short sample of its text. */
  text: string;
}

/** Longest text sample a match carries. */
const SAMPLE_MAX_CHARS = 80;

/** Text signals only apply to elements at most this long (collapsed), so story paragraphs stay. */
const TEXT_SIGNAL_MAX_CHARS = 300;

/** Share of an element's letters the text signals must cover for it to count as furniture. */
const TEXT_SIGNAL_MIN_COVERAGE = 0.75;

/** A paragraph at least this long counts towards the story the guard protects. */
const STORY_PARAGRAPH_MIN_CHARS = 80;

/** A structural match may hold at most this share of the story's paragraph text. */
const STORY_SHARE_MAX = 0.5;

/** An <article> or <main> may hold at most this share of the story's paragraph text. */
const STORY_SHARE_MAX_LANDMARK = 0.2;

/** A block headed by a share/related title is taken whole only up to this length. */
const HEADED_BLOCK_MAX_CHARS = 1500;

/** …and only when at least this share of its text (title aside) is link text. */
const HEADED_BLOCK_MIN_LINK_DENSITY = 0.5;

/** Inline text next to a matched inline element means it sits inside a sentence. */
const SENTENCE_NEIGHBOUR_MIN_LETTERS = 3;

/** Elements never matched: the page itself. */
const NEVER_MATCHED_TAGS = new Set(['html', 'head', 'body']);

/** Landmarks that usually hold the story, guarded more strictly. */
const LANDMARK_TAGS = new Set(['article', 'main']);

/** Elements whose content is never text (skipped by the text pass). */
const NON_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe']);

/** Inline elements: a text signal on one of these may be a phrase inside a sentence. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'em',
  'font',
  'i',
  'label',
  'mark',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

/** Text blocks: an inline match inside one with much more text is part of the story. */
const TEXT_BLOCK_TAGS = new Set([
  'p',
  'li',
  'dd',
  'td',
  'blockquote',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/**
 * An id or class token of a comment thread or single comment: paragraphs inside one are comments,
 * not story, when the guard measures the story (WordPress, Drupal, Blogger, Disqus markup).
 */
const COMMENT_CONTAINER_RE =
  /(?:^|\s)(?:comments?|commentlist|comment-(?:list|body|content|text|thread|area|section)|comments-(?:area|list|section|wrapper|container)|disqus_thread|respond)(?:$|\s)/i;

/** Any run of whitespace, collapsed as a browser renders it. */
const SPACES_RE = /\s+/g;

/** One letter or digit: coverage is counted in these, so spaces and punctuation do not count. */
const LETTER_RE = /[\p{L}\p{N}]/u;

/** Every letter or digit of a string. */
const LETTERS_RE = /[\p{L}\p{N}]/gu;

/** Node.TEXT_NODE, spelled out so the module needs no DOM globals (it runs under Node too). */
const TEXT_NODE = 3;

/** Node.DOCUMENT_POSITION_FOLLOWING, for sorting matches in document order. */
const DOCUMENT_POSITION_FOLLOWING = 4;

/** Finds comment sections, comment forms, spam notices and similar furniture under `root`. */
export function findJunk(root: Document | Element): JunkMatch[] {
  const scope = isDocument(root) ? (root.body ?? root.documentElement) : root;
  if (!scope) return [];
  const guard = new StoryGuard(scope);
  const found = new Map<Element, JunkRule['kind']>();

  for (const rule of STRUCTURE_RULES) {
    const targets: Element[] = [];
    for (const hit of selectStructure(scope, rule)) {
      const target = rule.closest ? hit.closest(rule.closest) : hit;
      if (!target || found.has(target) || !isInside(target, scope)) continue;
      if (rule.maxChars !== undefined && collapse(target.textContent).length > rule.maxChars) {
        continue;
      }
      if (!isPhraseInSentence(target) && guard.allows(target)) targets.push(target);
    }
    // A generic class repeated on every block of the story (a gallery whose captions are classed
    // "comment") is the site's naming, not furniture: drop the rule's matches together.
    if (rule.idClass && !guard.allowsAll(targets)) continue;
    for (const target of targets) found.set(target, rule.kind);
  }
  findByText(scope, found, guard);
  return collapseNested(found);
}

/** Detaches matched elements from their (cloned) document. */
export function removeJunk(matches: JunkMatch[]): void {
  for (const { element } of matches) element.remove();
}

function isDocument(node: Document | Element): node is Document {
  return node.nodeType === 9;
}

function isInside(element: Element, scope: Element): boolean {
  return element !== scope && scope.contains(element);
}

function selectStructure(scope: Element, rule: JunkRule): Element[] {
  if (rule.selector) return Array.from(scope.querySelectorAll(rule.selector));
  const pattern = rule.idClass;
  if (!pattern) return [];
  return Array.from(scope.querySelectorAll('[id], [class]')).filter((element) =>
    idClassOf(element)
      .split(SPACES_RE)
      .some((token) => pattern.test(token)),
  );
}

function idClassOf(element: Element): string {
  return `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`.trim();
}

function collapse(text: string | null): string {
  return (text ?? '').replace(SPACES_RE, ' ').trim();
}

function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/**
 * Measures the story as the long paragraphs outside comment threads, so that no match swallows it
 * (e.g. a theme that puts a "share" class on the post wrapper).
 */
class StoryGuard {
  private readonly paragraphs: { element: Element; length: number }[] = [];
  private readonly total: number;

  constructor(scope: Element) {
    let total = 0;
    for (const element of Array.from(scope.querySelectorAll('p, pre'))) {
      const length = collapse(element.textContent).length;
      if (length < STORY_PARAGRAPH_MIN_CHARS || isInCommentThread(element, scope)) continue;
      this.paragraphs.push({ element, length });
      total += length;
    }
    this.total = total;
  }

  /** True when `element` may be removed without taking the story with it. */
  allows(element: Element): boolean {
    const tag = tagOf(element);
    if (NEVER_MATCHED_TAGS.has(tag)) return false;
    const limit = LANDMARK_TAGS.has(tag) ? STORY_SHARE_MAX_LANDMARK : STORY_SHARE_MAX;
    return this.storyIn([element]) <= limit * this.total;
  }

  /** True when `elements` together hold at most half the story. */
  allowsAll(elements: Element[]): boolean {
    return this.storyIn(elements) <= STORY_SHARE_MAX * this.total;
  }

  private storyIn(elements: Element[]): number {
    if (this.total === 0 || elements.length === 0) return 0;
    let inside = 0;
    for (const { element: paragraph, length } of this.paragraphs) {
      if (elements.some((element) => element.contains(paragraph))) inside += length;
    }
    return inside;
  }
}

function isInCommentThread(element: Element, scope: Element): boolean {
  for (let node = element.parentElement; node && node !== scope; node = node.parentElement) {
    if (COMMENT_CONTAINER_RE.test(idClassOf(node))) return true;
  }
  return false;
}

/** Walks `scope` top-down and takes the outermost short elements whose text is mostly a signal. */
function findByText(scope: Element, found: Map<Element, RemovedKind>, guard: StoryGuard): void {
  const visit = (element: Element): void => {
    if (NON_TEXT_TAGS.has(tagOf(element))) return;
    const text = collapse(element.textContent);
    if (!text) return;
    // Matched containers are still searched, so an empty comments area can report what it holds.
    if (text.length <= TEXT_SIGNAL_MAX_CHARS && element !== scope && !found.has(element)) {
      const match = matchText(text);
      if (match && !isPhraseInSentence(element) && guard.allows(element)) {
        found.set(element, match.kind);
        if (match.rule.heads) takeHeadedBlock(element, scope, found, guard, match.kind);
        return;
      }
    }
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(scope);
}

/** The text rule covering most of `text`, when the rules together cover enough of it. */
function matchText(text: string): { kind: RemovedKind; rule: JunkRule } | null {
  const covered = new Uint8Array(text.length);
  let best: { rule: JunkRule; chars: number } | null = null;
  for (const rule of TEXT_RULES) {
    const pattern = rule.text;
    if (!pattern) continue;
    pattern.lastIndex = 0;
    let chars = 0;
    for (const m of text.matchAll(pattern)) {
      if (!m[0]) continue;
      covered.fill(1, m.index, m.index + m[0].length);
      chars += m[0].length;
    }
    if (chars > 0 && (!best || chars > best.chars)) best = { rule, chars };
  }
  if (!best) return null;
  let letters = 0;
  let coveredLetters = 0;
  for (let i = 0; i < text.length; i++) {
    if (!LETTER_RE.test(text[i] as string)) continue;
    letters++;
    if (covered[i]) coveredLetters++;
  }
  if (letters === 0 || coveredLetters / letters < TEXT_SIGNAL_MIN_COVERAGE) return null;
  return { kind: best.rule.kind, rule: best.rule };
}

/**
 * True for an inline element that reads as part of a sentence ("readers can <a>leave a comment</a>
 * below"), which the story keeps.
 */
function isPhraseInSentence(element: Element): boolean {
  if (!INLINE_TAGS.has(tagOf(element))) return false;
  for (const sibling of [element.previousSibling, element.nextSibling]) {
    if (sibling?.nodeType !== TEXT_NODE) continue;
    const letters = (sibling.textContent ?? '').match(LETTERS_RE)?.length ?? 0;
    if (letters >= SENTENCE_NEIGHBOUR_MIN_LETTERS) return true;
  }
  const block = element.parentElement;
  if (block && TEXT_BLOCK_TAGS.has(tagOf(block))) {
    const own = collapse(element.textContent).length;
    return collapse(block.textContent).length > own * 1.5 + SAMPLE_MAX_CHARS / 4;
  }
  return false;
}

/**
 * Extends a title match ("Related posts", "Share this:") to the block it heads: its parent, or else
 * its next sibling, when that is small and mostly links (Jetpack, YARPP, theme share bars).
 */
function takeHeadedBlock(
  title: Element,
  scope: Element,
  found: Map<Element, RemovedKind>,
  guard: StoryGuard,
  kind: RemovedKind,
): void {
  const titleText = collapse(title.textContent);
  const parent = title.parentElement;
  if (parent && isInside(parent, scope) && isLinkBlock(parent, titleText) && guard.allows(parent)) {
    found.delete(title);
    found.set(parent, kind);
    return;
  }
  const next = title.nextElementSibling;
  if (next && isLinkBlock(next, '') && guard.allows(next)) found.set(next, kind);
}

function isLinkBlock(element: Element, titleText: string): boolean {
  if (NEVER_MATCHED_TAGS.has(tagOf(element)) || LANDMARK_TAGS.has(tagOf(element))) return false;
  const text = collapse(element.textContent);
  if (text.length > HEADED_BLOCK_MAX_CHARS) return false;
  const rest = text.length - titleText.length;
  // Icon-only share bars: nothing but the title is text.
  if (rest <= 0) return element.querySelector('a, button') !== null;
  let linkChars = 0;
  for (const link of Array.from(element.querySelectorAll('a'))) {
    linkChars += collapse(link.textContent).length;
  }
  return linkChars / rest >= HEADED_BLOCK_MIN_LINK_DENSITY;
}

/**
 * Keeps only the outermost matches, in document order, with their text samples. A comments area
 * with no comment in it (WordPress's "Be the first to comment" + form + Akismet notice) is reported
 * as the parts it holds, which says more than "comments".
 */
function collapseNested(found: Map<Element, RemovedKind>): JunkMatch[] {
  const outermost = (element: Element, within: Element | null): boolean => {
    for (let node = element.parentElement; node && node !== within; node = node.parentElement) {
      if (found.has(node)) return false;
    }
    return true;
  };
  const matches: JunkMatch[] = [];
  for (const [element, kind] of found) {
    if (!outermost(element, null)) continue;
    const parts =
      kind === 'comments'
        ? Array.from(found.keys()).filter(
            (inner) => inner !== element && element.contains(inner) && outermost(inner, element),
          )
        : [];
    const partKinds = new Set(parts.map((part) => found.get(part)));
    if (partKinds.has('comment-form') && !partKinds.has('comments') && isMadeOf(element, parts)) {
      for (const part of parts) {
        matches.push({ element: part, kind: found.get(part) as RemovedKind, text: sampleOf(part) });
      }
    } else {
      matches.push({ element, kind, text: sampleOf(element) });
    }
  }
  return matches.sort((a, b) =>
    a.element.compareDocumentPosition(b.element) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

/** True when every letter of `container`'s text lies inside one of `parts`. */
function isMadeOf(container: Element, parts: Element[]): boolean {
  const total = collapse(container.textContent).match(LETTERS_RE)?.length ?? 0;
  let inParts = 0;
  for (const part of parts) inParts += collapse(part.textContent).match(LETTERS_RE)?.length ?? 0;
  return inParts >= total;
}

function sampleOf(element: Element): string {
  const text = collapse(element.textContent);
  return text.length <= SAMPLE_MAX_CHARS ? text : `${text.slice(0, SAMPLE_MAX_CHARS - 1)}…`;
}
