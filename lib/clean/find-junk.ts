/**
 * The cleaner (issue 3): finds comment sections, comment forms, spam notices and similar page
 * furniture by combining well-known markup (STRUCTURE_RULES) with short text signals (TEXT_RULES),
 * while guarding the story itself against removal.
 */
import type { RemovedKind } from '../report';
import { STRUCTURE_RULES, TEXT_RULES, type JunkRule } from './rules';
import { anchored, lowerCaseOnly, type RuleForms } from './rule-forms';
import RULE_FORMS_DATA from './rule-forms.json';

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

/** Elements whose text is code, which the text rules are not for. */
const CODE_TAGS = new Set(['script', 'style']);

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

/**
 * Readability's byline pattern (REGEXPS.byline in Readability.js). NOTE: Please keep both copies in
 * sync.
 */
const READABILITY_BYLINE_RE = /byline|author|dateline|writtenby|p-author/i;

/** Readability takes a byline element only when its text is shorter than this. */
const READABILITY_BYLINE_MAX_CHARS = 100;

/**
 * Elements that may carry Readability's byline attributes, rel="author" or an itemprop holding
 * "author": a superset, since `rel` values match case-insensitively in selectors.
 */
const BYLINE_ATTRIBUTE_SELECTOR = '[rel="author"], [itemprop*="author"]';

/** Kinds of comment furniture, which may be removed even when they hold a byline-like element. */
const COMMENT_KINDS = new Set<RemovedKind>([
  'comments',
  'comment-form',
  'comment-count',
  'spam-notice',
]);

/** Any run of whitespace, collapsed as a browser renders it. */
const SPACES_RE = /\s+/g;

/** One letter or digit: coverage is counted in these, so spaces and punctuation do not count. */
const LETTER_RE = /(?:\p{L}|\p{N})/u;

/** Every letter or digit of a string. */
const LETTERS_RE = /(?:\p{L}|\p{N})/gu;

/** Node.TEXT_NODE, spelled out so the module needs no DOM globals (it runs under Node too). */
const TEXT_NODE = 3;

/** Node.ELEMENT_NODE. */
const ELEMENT_NODE = 1;

/** Node.DOCUMENT_POSITION_FOLLOWING, for sorting matches in document order. */
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * Every element the markup rules (STRUCTURE_RULES) took under a root, nested ones included, with
 * its kind: the cheap half of the cleaner, enough to keep comment threads and banners from
 * Readability. {@link findJunk} completes it with the text signals.
 */
export type MarkupMatches = ReadonlyMap<Element, RemovedKind>;

/** Finds comment sections, comment forms, spam notices and similar furniture under `root`. */
export function findJunk(root: Document | Element): JunkMatch[];
/**
 * Completes `markup`, found by {@link findMarkupJunk} under this `root` or an identical copy, with
 * the text signals.
 */
export function findJunk(root: Document | Element, markup: MarkupMatches): JunkMatch[];
export function findJunk(root: Document | Element, markup?: MarkupMatches): JunkMatch[] {
  const scope = scopeOf(root);
  if (!scope) return [];
  const { found, guard } = markup
    ? { found: new Map(markup), guard: new StoryGuard(scope, findBylineCandidate(root, scope)) }
    : findMarkupIn(root, scope);
  findByText(scope, found, guard);
  return outermost(found);
}

/**
 * The text signals' matches alone under `root`: for an article cut from a page the markup rules
 * have read. Readability drops the classes they match on, and on 311 real pages they found nothing
 * more in the article.
 */
export function findTextJunk(root: Element): JunkMatch[] {
  return findJunk(root, new Map());
}

/** What the markup rules alone take under `root` (see {@link MarkupMatches}). */
export function findMarkupJunk(root: Document | Element): MarkupMatches {
  const scope = scopeOf(root);
  return scope ? findMarkupIn(root, scope).found : new Map();
}

function scopeOf(root: Document | Element): Element | null {
  return isDocument(root) ? (root.body ?? root.documentElement) : root;
}

/** The markup rules' matches under `scope`, and the guard they were kept to. */
function findMarkupIn(
  root: Document | Element,
  scope: Element,
): { found: Map<Element, RemovedKind>; guard: StoryGuard } {
  // The byline candidate (see findBylineCandidate) is found in the walk for the rules' candidates.
  const candidates = new StructureCandidates(scope, isDocument(root));
  const guard = new StoryGuard(scope, candidates.byline);
  const found = new Map<Element, RemovedKind>();
  for (const rule of STRUCTURE_RULES) {
    const targets: Element[] = [];
    const hits = candidates.of(rule);
    for (const hit of hits) {
      const target = rule.closest ? hit.closest(rule.closest) : hit;
      if (!target || found.has(target) || !isInside(target, scope)) continue;
      if (!fitsLength(target, rule) || isExcluded(target, rule)) continue;
      if ((rule.inline || !isPhraseInSentence(target)) && guard.allows(target, rule.kind))
        targets.push(target);
    }
    // A class repeated on every block of the story (a gallery whose captions are classed
    // "comment") is the site's naming, not furniture: drop the rule's matches together.
    if (!guard.allowsAll(targets)) continue;
    for (const target of targets) found.set(target, rule.kind);
  }
  return { found, guard };
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

/** Flags of an id/class token: it is a plain selector of a rule, or matches a rule's pattern. */
const SELECTED = 1;
const NAMED = 2;

/**
 * The elements each structure rule names, found with one query for every rule's selector and one
 * pass over id/class tokens for every rule's pattern: a query per rule walks the whole page again.
 */
class StructureCandidates {
  private readonly bySelector: Element[];
  /** Elements with at least one id/class token some rule's pattern matches, with those tokens. */
  private readonly byIdClass: { element: Element; tokens: string[] }[] = [];
  /** Readability's byline element (see {@link findBylineCandidate}), when asked for. */
  readonly byline: Element | null = null;

  /** Finds the candidates under `scope`, and the byline candidate in the same pass if `byline`. */
  constructor(scope: Element, byline: boolean) {
    // One query per selector: Chromium matches a list of them against every element, which took
    // twice as long as the queries apart.
    const bySelector = new Set(
      SELECTORS.complex.flatMap((selector) => Array.from(scope.querySelectorAll(selector))),
    );
    // Sites repeat a few class names on most elements: each token is tested once, and each
    // id/class string read once.
    const tokenUse = new Map<string, number>();
    const idClassUse = new Map<string, { selected: boolean; named: string[] }>();
    const bylineNamed = new Map<string, boolean>();
    let bylineWanted = byline;
    // Readability's byline attributes, found natively: two attribute reads on every element cost
    // more in an isolated world. `rel` matches case-insensitively in a selector: the test rereads it.
    const authorAttributed = new Set(
      byline ? Array.from(scope.querySelectorAll(BYLINE_ATTRIBUTE_SELECTOR)) : [],
    );
    const query =
      authorAttributed.size > 0 ? `[id], [class], ${BYLINE_ATTRIBUTE_SELECTOR}` : '[id], [class]';
    for (const element of Array.from(scope.querySelectorAll(query))) {
      const idClass = idClassOf(element);
      if (bylineWanted && isBylineCandidate(element, idClass, bylineNamed, authorAttributed)) {
        this.byline = element;
        bylineWanted = false;
      }
      if (idClass === '') continue;
      let use = idClassUse.get(idClass);
      if (use === undefined) {
        use = { selected: false, named: [] };
        for (const token of lowerCaseInPlace(idClass).split(SPACES_RE)) {
          if (token === '') continue;
          let flags = tokenUse.get(token);
          if (flags === undefined) {
            // A lookup for the plain #id and .class selectors, which matching a list of a hundred
            // selectors against every element would not make. It may take too much (an id named
            // like a class, case that only quirks mode ignores): `matches` decides in of().
            flags =
              (SELECTORS.plain.has(token) ? SELECTED : 0) |
              (ANY_ID_CLASS_TOKEN.test(token) ? NAMED : 0);
            tokenUse.set(token, flags);
          }
          if (flags & SELECTED) use.selected = true;
          if (flags & NAMED) use.named.push(token);
        }
        idClassUse.set(idClass, use);
      }
      if (use.selected) bySelector.add(element);
      if (use.named.length > 0) this.byIdClass.push({ element, tokens: use.named });
    }
    this.bySelector = Array.from(bySelector).sort(byDocumentOrder);
  }

  /** The elements `rule` names, in document order. */
  of(rule: JunkRule): Element[] {
    const { selector } = rule;
    if (selector) return this.bySelector.filter((element) => element.matches(selector));
    const idClass = LOWER_CASE_ID_CLASS.get(rule);
    if (!idClass) return [];
    return this.byIdClass
      .filter(({ tokens }) => tokens.some((token) => idClass.test(token)))
      .map(({ element }) => element);
  }
}

function byDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** True when the element's collapsed text fits the rule's length bounds. */
function fitsLength(element: Element, rule: JunkRule): boolean {
  if (rule.maxChars === undefined && rule.minChars === undefined) return true;
  const length = collapsedLength(element.textContent);
  return length <= (rule.maxChars ?? Infinity) && length >= (rule.minChars ?? 0);
}

/**
 * True when the rule does not apply where the element sits: on an element matching `outside` (a
 * table cell holding a date) or as the only element inside one. Layout tables, whose cells hold
 * whole blocks, are not excluded.
 */
function isExcluded(element: Element, rule: JunkRule): boolean {
  if (rule.outside === undefined) return false;
  if (element.matches(rule.outside)) return true;
  const parent = element.parentElement;
  const onlyChild = !element.previousElementSibling && !element.nextElementSibling;
  return parent !== null && onlyChild && parent.matches(rule.outside);
}

/**
 * An element's id and classes, space-separated, as its attributes hold them (spaces at the ends
 * included). Read from the attributes, not `id` and `className`: a form's field named "id" takes
 * that property's place. Most elements have no id: their class attribute, which the DOM hands back
 * as one string per value, is returned as it is, and keys caches without a string built and hashed
 * anew per element.
 */
export function idClassOf(element: Element): string {
  const id = element.getAttribute('id');
  const classes = element.getAttribute('class') ?? '';
  return id === null ? classes : `${id} ${classes}`;
}

function collapse(text: string | null): string {
  return (text ?? '').replace(SPACES_RE, ' ').trim();
}

/**
 * The length of `collapse(text)`, counted without building it: the story guard measures every
 * paragraph of a page, and the copy took twice as long as the count.
 */
function collapsedLength(text: string | null): number {
  if (!text) return 0;
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      gap = length > 0;
      continue;
    }
    if (gap) {
      length++;
      gap = false;
    }
    length++;
  }
  return length;
}

/** True for a UTF-16 unit that `\s` matches (and String.prototype.trim removes). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/**
 * Measures the story as the long paragraphs outside comment threads, so that no match swallows it
 * (e.g. a theme that puts a "share" class on the post wrapper).
 */
class StoryGuard {
  /** Story characters inside each element that holds a story paragraph (ancestors included). */
  private readonly storyChars = new Map<Element, number>();
  private readonly total: number;

  constructor(
    private readonly scope: Element,
    /** The element Readability will read the byline from, kept from all but comment rules. */
    private readonly byline: Element | null = null,
  ) {
    let total = 0;
    const isInCommentThread = commentThreadTest(scope);
    // Story paragraphs share a parent or two: one walk up per parent, not per paragraph.
    const byParent = new Map<Element, number>();
    for (const element of Array.from(scope.querySelectorAll('p, pre'))) {
      const text = element.textContent ?? '';
      if (text.length < STORY_PARAGRAPH_MIN_CHARS) continue;
      const length = collapsedLength(text);
      if (length < STORY_PARAGRAPH_MIN_CHARS || isInCommentThread(element)) continue;
      total += length;
      this.add(element, length);
      const parent = element.parentElement;
      if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + length);
    }
    // So that asking about any element later is a lookup.
    for (const [parent, length] of byParent) {
      for (let node: Element | null = parent; node; node = node.parentElement) {
        this.add(node, length);
        if (node === scope) break;
      }
    }
    this.total = total;
  }

  private add(element: Element, length: number): void {
    this.storyChars.set(element, (this.storyChars.get(element) ?? 0) + length);
  }

  /** True when `element` may be removed without taking the story (or its byline) with it. */
  allows(element: Element, kind: RemovedKind): boolean {
    const tag = tagOf(element);
    if (NEVER_MATCHED_TAGS.has(tag)) return false;
    if (this.byline && !COMMENT_KINDS.has(kind)) {
      if (element.contains(this.byline) || this.byline.contains(element)) return false;
    }
    const limit = LANDMARK_TAGS.has(tag) ? STORY_SHARE_MAX_LANDMARK : STORY_SHARE_MAX;
    return this.storyIn([element]) <= limit * this.total;
  }

  /** True when `elements` together hold at most half the story. */
  allowsAll(elements: Element[]): boolean {
    return this.storyIn(elements) <= STORY_SHARE_MAX * this.total;
  }

  private storyIn(elements: Element[]): number {
    if (this.total === 0 || elements.length === 0) return 0;
    const set = new Set(elements);
    let inside = 0;
    for (const element of set) {
      // Count nested elements once, through their outermost ancestor in the set.
      if (!hasAncestorIn(element, set, this.scope)) inside += this.storyChars.get(element) ?? 0;
    }
    return inside;
  }
}

/**
 * The first element Readability's grabArticle takes the byline from: rel="author", an itemprop with
 * "author", or an id/class matching its byline pattern, with 1–99 characters of text. Only on a
 * whole page, where Readability has yet to read it; null under an element.
 */
function findBylineCandidate(root: Document | Element, scope: Element): Element | null {
  if (!isDocument(root)) return null;
  // Every element, tested here: a query for the attribute substrings ("[class*=byline i]") took
  // 1–5 ms a page in Chromium.
  const bylineNamed = new Map<string, boolean>();
  const authorAttributed = new Set(scope.querySelectorAll(BYLINE_ATTRIBUTE_SELECTOR));
  for (const element of Array.from(scope.querySelectorAll('*'))) {
    if (
      element.hasAttributes() &&
      isBylineCandidate(element, idClassOf(element), bylineNamed, authorAttributed)
    ) {
      return element;
    }
  }
  return null;
}

/** The test of {@link findBylineCandidate}; `named` keeps the byline pattern's answer per id/class. */
function isBylineCandidate(
  element: Element,
  idClass: string,
  named: Map<string, boolean>,
  authorAttributed: ReadonlySet<Element>,
): boolean {
  let isNamed = named.get(idClass);
  if (isNamed === undefined) named.set(idClass, (isNamed = READABILITY_BYLINE_RE.test(idClass)));
  const isByline =
    isNamed ||
    (authorAttributed.has(element) &&
      (element.getAttribute('rel') === 'author' ||
        (element.getAttribute('itemprop') ?? '').includes('author')));
  if (!isByline || element.hasAttribute('hidden') || NON_TEXT_TAGS.has(tagOf(element))) {
    return false;
  }
  const length = (element.textContent ?? '').trim().length;
  return length > 0 && length < READABILITY_BYLINE_MAX_CHARS;
}

function hasAncestorIn(element: Element, set: Set<Element>, scope: Element): boolean {
  for (let node = element.parentElement; node && node !== scope; node = node.parentElement) {
    if (set.has(node)) return true;
  }
  return false;
}

/**
 * Tells whether an element sits in a comment thread under `scope`. Paragraphs share most of their
 * ancestors, so each ancestor's answer is kept.
 */
function commentThreadTest(scope: Element): (element: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (element) => {
    const unknown: Element[] = [];
    let inThread = false;
    for (let node = element.parentElement; node && node !== scope; node = node.parentElement) {
      const answer = known.get(node);
      if (answer !== undefined) {
        inThread = answer;
        break;
      }
      if (COMMENT_CONTAINER_RE.test(idClassOf(node))) {
        inThread = true;
        break;
      }
      unknown.push(node);
    }
    // Every ancestor walked below the one that answered shares its answer.
    for (const node of unknown) known.set(node, inThread);
    return inThread;
  };
}

/** The rules' joined and split forms, written by `npm run gen:rule-forms` (see rule-forms.ts). */
const RULE_FORMS: RuleForms = RULE_FORMS_DATA;

/** Each text rule's pattern for lower-cased text (see {@link lowerCaseOnly}). */
const LOWER_CASE_TEXT_RULES: { rule: JunkRule; text: RegExp }[] = TEXT_RULES.flatMap((rule) =>
  rule.text ? [{ rule, text: lowerCaseOnly(rule.text) }] : [],
);

/**
 * Every text rule's pattern joined, per set of flags and anchoring (see {@link RuleForms}). A joined
 * pattern that is one rule's own (the date rule's, alone with the "u" flag) is that rule's RegExp:
 * V8 compiles a pattern per source and flags, and that one took 5–10 ms to compile in Chromium.
 * Tested from lastIndex 0, since the rules' patterns are global.
 */
const ANY_TEXT_SIGNAL: RegExp[] = RULE_FORMS.anyTextSignal.map(
  ({ source, flags }) =>
    LOWER_CASE_TEXT_RULES.find(
      ({ text }) => text.source === source && text.flags.replace('g', '') === flags,
    )?.text ?? new RegExp(source, flags),
);

/** The plain #id and .class selectors' names, and the rest of the structure rules' selectors. */
const SELECTORS = {
  plain: new Set(RULE_FORMS.plainSelectors),
  complex: RULE_FORMS.complexSelectors,
};

/** Each structure rule's id/class pattern for lower-cased tokens (see {@link anchored}). */
const LOWER_CASE_ID_CLASS = new Map(
  STRUCTURE_RULES.flatMap((rule) => (rule.idClass ? [[rule, anchored(rule.idClass)]] : [])),
);

/**
 * The structure rules' id/class patterns joined, to test one token. Each is anchored to the whole
 * token, so the joined pattern is tried at a token's first character only.
 */
const ANY_ID_CLASS_TOKEN = new RegExp(
  Array.from(LOWER_CASE_ID_CLASS.values(), ({ source }) => `(?:${source})`).join('|'),
);

/**
 * `text` lower-cased letter for letter, so that offsets into it are offsets into `text`:
 * String.prototype.toLowerCase turns "İ" into two characters.
 */
export function lowerCaseInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = '';
  for (const ch of text) {
    const folded = ch.toLowerCase();
    result += folded.length === ch.length ? folded : ch;
  }
  return result;
}

/** Text rules whose use depends on where the element sits. */
const PLACED_TEXT_RULES = TEXT_RULES.filter((rule) => rule.outside !== undefined);

/** Walks `scope` top-down and takes the outermost short elements whose text is mostly a signal. */
function findByText(scope: Element, found: Map<Element, RemovedKind>, guard: StoryGuard): void {
  const textChars = countTextChars(scope);
  // Wrappers nest around the same few words ("Share" in a span in a link in a div): run the rules
  // once per text and set of rules that apply.
  const matches = new Map<string, ReturnType<typeof matchText>>();
  // Most texts hold no signal at all, which needs neither the element's placement nor the rules.
  // A text with a signal keeps its lower-case form for the rules; one without, null.
  const signals = new Map<string, string | null>();
  const matchOnce = (text: string, element: Element) => {
    let lower = signals.get(text);
    if (lower === undefined) {
      const lowerCase = lowerCaseInPlace(text);
      signals.set(text, (lower = hasTextSignal(lowerCase) ? lowerCase : null));
    }
    if (lower === null) return null;
    const key = `${PLACED_TEXT_RULES.map((rule) => (isExcluded(element, rule) ? 0 : 1)).join('')}${text}`;
    let match = matches.get(key);
    if (match === undefined) matches.set(key, (match = matchText(text, lower, element)));
    return match;
  };
  // An explicit stack in document order: pages can nest thousands of elements deep.
  const stack: Element[] = [scope];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (NON_TEXT_TAGS.has(tagOf(element))) continue;
    const chars = textChars.get(element) ?? 0;
    if (chars === 0) continue;
    // Matched containers are still searched, so an empty comments area can report what it holds.
    // Only short elements are read, so each text is read a bounded number of times.
    if (chars <= TEXT_SIGNAL_MAX_CHARS && element !== scope && !found.has(element)) {
      const text = collapse(element.textContent);
      const match = text.length <= TEXT_SIGNAL_MAX_CHARS ? matchOnce(text, element) : null;
      if (match && !isPhraseInSentence(element) && guard.allows(element, match.kind)) {
        found.set(element, match.kind);
        if (match.rule.heads) takeHeadedBlock(element, scope, found, guard, match.kind);
        if (match.rule.opens) takeOpenedBlock(element, scope, found, guard, match.kind);
        continue;
      }
    }
    // Sibling links, not element.children: in jsdom every read of a collection's index or length
    // looks for a named item first, walking the whole collection.
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
    }
  }
}

/**
 * The number of non-space characters of each element's text, computed bottom-up in one pass instead
 * of reading `textContent` at every level. Counts stop past TEXT_SIGNAL_MAX_CHARS, all the walk
 * needs to know, and skip scripts and styles, which pages fill with hundreds of kilobytes of code.
 */
function countTextChars(scope: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  const elements = [scope, ...Array.from(scope.querySelectorAll('*'))];
  // Children follow their parent in document order, so the reverse order sees them first.
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as Element;
    let chars = 0;
    if (!CODE_TAGS.has(tagOf(element))) {
      for (
        let node = element.firstChild;
        node && chars <= TEXT_SIGNAL_MAX_CHARS;
        node = node.nextSibling
      ) {
        if (node.nodeType === TEXT_NODE) chars += countNonSpace((node as Text).data);
        else if (node.nodeType === ELEMENT_NODE) chars += counts.get(node as Element) ?? 0;
      }
    }
    counts.set(element, chars);
  }
  return counts;
}

/** The non-space characters of `text`, counted up to one past TEXT_SIGNAL_MAX_CHARS. */
function countNonSpace(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= TEXT_SIGNAL_MAX_CHARS; i++) {
    if (!isSpace(text.charCodeAt(i))) count++;
  }
  return count;
}

/**
 * The text rule covering most of `text` (`lower`, lower-cased), when the rules together cover
 * enough of it.
 */
function matchText(
  text: string,
  lower: string,
  element: Element,
): { kind: RemovedKind; rule: JunkRule } | null {
  const covered = new Uint8Array(text.length);
  let best: { rule: JunkRule; chars: number } | null = null;
  for (const { rule, text: pattern } of LOWER_CASE_TEXT_RULES) {
    if (isExcluded(element, rule)) continue;
    pattern.lastIndex = 0;
    let chars = 0;
    for (const m of lower.matchAll(pattern)) {
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
    if (!isLetterAt(text, i)) continue;
    letters++;
    if (covered[i]) coveredLetters++;
  }
  if (letters === 0 || coveredLetters / letters < TEXT_SIGNAL_MIN_COVERAGE) return null;
  return { kind: best.rule.kind, rule: best.rule };
}

/** True when some text rule matches somewhere in `lower` (lower-cased text). */
function hasTextSignal(lower: string): boolean {
  return ANY_TEXT_SIGNAL.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(lower);
  });
}

/** True when `text[i]` is a letter or digit (ASCII decided without a regex: most text is ASCII). */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_RE.test(text[i] as string);
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
    const own = collapsedLength(element.textContent);
    return collapsedLength(block.textContent) > own * 1.5 + SAMPLE_MAX_CHARS / 4;
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
  if (
    parent &&
    isInside(parent, scope) &&
    isLinkBlock(parent, titleText) &&
    guard.allows(parent, kind)
  ) {
    found.delete(title);
    found.set(parent, kind);
    return;
  }
  const next = title.nextElementSibling;
  if (next && isLinkBlock(next, '') && guard.allows(next, kind)) found.set(next, kind);
}

/** Extends a comment header to the comment it opens: its parent, when it comes first there. */
function takeOpenedBlock(
  header: Element,
  scope: Element,
  found: Map<Element, RemovedKind>,
  guard: StoryGuard,
  kind: RemovedKind,
): void {
  const parent = header.parentElement;
  if (!parent || !isInside(parent, scope) || parent.firstElementChild !== header) return;
  const tag = tagOf(parent);
  if (NEVER_MATCHED_TAGS.has(tag) || LANDMARK_TAGS.has(tag)) return;
  if (collapsedLength(parent.textContent) > HEADED_BLOCK_MAX_CHARS || !guard.allows(parent, kind)) {
    return;
  }
  found.delete(header);
  found.set(parent, kind);
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
    linkChars += collapsedLength(link.textContent);
  }
  return linkChars / rest >= HEADED_BLOCK_MIN_LINK_DENSITY;
}

/**
 * Keeps only the outermost matches, in document order, with their text samples. A comments area
 * with no comment in it (WordPress's "Be the first to comment" + form + Akismet notice) is reported
 * as the parts it holds, which says more than "comments".
 */
export function outermost(found: MarkupMatches): JunkMatch[] {
  // Each match's nearest matched ancestor, found with one walk up per match.
  const parentMatch = new Map<Element, Element | null>();
  const partsOf = new Map<Element, Element[]>();
  for (const element of found.keys()) {
    let parent: Element | null = null;
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (found.has(node)) {
        parent = node;
        break;
      }
    }
    parentMatch.set(element, parent);
    if (!parent) continue;
    const parts = partsOf.get(parent);
    if (parts) parts.push(element);
    else partsOf.set(parent, [element]);
  }
  const matches: JunkMatch[] = [];
  for (const [element, kind] of found) {
    if (parentMatch.get(element)) continue;
    const parts = kind === 'comments' ? (partsOf.get(element) ?? []) : [];
    const partKinds = new Set(parts.map((part) => found.get(part)));
    if (partKinds.has('comment-form') && !partKinds.has('comments') && isMadeOf(element, parts)) {
      for (const part of parts) {
        matches.push({ element: part, kind: found.get(part) as RemovedKind, text: sampleOf(part) });
      }
    } else {
      matches.push({ element, kind, text: sampleOf(element) });
    }
  }
  return matches.sort((a, b) => byDocumentOrder(a.element, b.element));
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
