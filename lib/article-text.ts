/**
 * The article's plain text with a map back to the DOM: every report offset points into `text`, and
 * `segments` say which Text node (and which character of it) each offset came from.
 */

/** A run of `text` produced by one Text node. */
export interface TextSegment {
  node: Text;
  /** Offset in `text` where the run starts. */
  start: number;
  /** Offset in `text` just after the run. */
  end: number;
  /**
   * Offset in `node.data` of the run's first character. A run is the same text there: collapsed
   * whitespace ends a run, and a space owed across it is a run of its own.
   */
  nodeStart: number;
}

/** A paragraph-level block of the text. */
export interface TextBlock {
  start: number;
  end: number;
  /** Lower-case tag of the nearest block element ("p", "li", "h2"…). */
  tag: string;
  /** Index of the outermost enclosing blockquote (in document order), or -1. */
  blockquote: number;
}

/** A link the article gives, with the text it covers. */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

/** Plain text plus its structure. */
export interface ArticleText {
  text: string;
  segments: TextSegment[];
  blocks: TextBlock[];
  links: TextLink[];
}

/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
]);

/** Elements whose content is never read as article text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'button',
  'select',
  'textarea',
  'input',
]);

/**
 * Words joined by single spaces: text that is the same in the article as in its node, as only other
 * whitespace (runs of it, line breaks, no-break and zero-width spaces) collapses.
 */
const WORD_RUN = /[^ \t\n\r\f\u00a0\u200b]+(?: [^ \t\n\r\f\u00a0\u200b]+)*/g;
const NODE_ELEMENT = 1;
const NODE_TEXT = 3;
const NODE_DOCUMENT = 9;
const NODE_FRAGMENT = 11;

/** A node still to enter, or an element to leave once its children are done. */
type Visit = { node: Node; blockquote: number; tag: string } | { exit: Exit };
interface Exit {
  element: Element;
  isBlock: boolean;
  /** Text length when the element was entered, for link spans. */
  linkStart: number;
}

/** Builds the plain text of `root`, collapsing whitespace as a browser renders it. */
export function buildArticleText(root: Node): ArticleText {
  const builder = new TextBuilder();
  builder.visit(root);
  return builder.finish();
}

/** Builds an ArticleText from plain text, one block per non-empty line (for text-only corpora). */
export function articleTextFromString(input: string): ArticleText {
  const blocks: TextBlock[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(input); m; m = lineRe.exec(input)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[0].trim()) blocks.push({ start, end, tag: 'p', blockquote: -1 });
  }
  return { text: input, segments: [], blocks, links: [] };
}

class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private segments: TextSegment[] = [];
  private blocks: TextBlock[] = [];
  private links: TextLink[] = [];
  /** Break owed before the next text: 0 none, 1 line, 2 paragraph. */
  private pendingBreak = 0;
  /** A collapsed space owed before the next text in the same block. */
  private pendingSpace: { node: Text; offset: number } | null = null;
  private blockStart = -1;
  private blockTag = 'p';
  private blockQuote = -1;
  private blockquoteCount = 0;

  /** Walks `root` in document order; an explicit stack, because pages can nest 10,000 deep. */
  visit(root: Node): void {
    const stack: Visit[] = [{ node: root, blockquote: -1, tag: 'p' }];
    while (stack.length > 0) {
      const item = stack.pop() as Visit;
      if ('exit' in item) {
        this.leave(item.exit);
        continue;
      }
      const { node, blockquote, tag } = item;
      if (node.nodeType === NODE_TEXT) {
        this.addText(node as Text, blockquote, tag);
        continue;
      }
      if (
        node.nodeType !== NODE_ELEMENT &&
        node.nodeType !== NODE_DOCUMENT &&
        node.nodeType !== NODE_FRAGMENT
      ) {
        continue;
      }
      const element = node as Element;
      const name = node.nodeType === NODE_ELEMENT ? element.localName.toLowerCase() : '';
      if (SKIPPED_TAGS.has(name)) continue;
      if (name === 'br') {
        this.requestBreak(1);
        continue;
      }
      const isBlock = BLOCK_TAGS.has(name);
      const innerQuote =
        name === 'blockquote' && blockquote < 0 ? this.blockquoteCount++ : blockquote;
      if (isBlock) this.requestBreak(2);
      stack.push({ exit: { element, isBlock, linkStart: this.length } });
      const childTag = isBlock ? name : tag;
      for (let child = node.lastChild; child; child = child.previousSibling) {
        stack.push({ node: child, blockquote: innerQuote, tag: childTag });
      }
    }
  }

  private leave({ element, isBlock, linkStart }: Exit): void {
    if (isBlock) this.requestBreak(2);
    if (element.nodeType === NODE_ELEMENT && element.localName.toLowerCase() === 'a') {
      const href = element.getAttribute('href');
      if (href && this.length > linkStart) {
        this.links.push({ start: linkStart, end: this.length, href: resolveHref(element, href) });
      }
    }
  }

  finish(): ArticleText {
    this.closeBlock();
    return {
      text: this.parts.join(''),
      segments: this.segments,
      blocks: this.blocks,
      links: this.links,
    };
  }

  private requestBreak(level: number): void {
    if (this.length === 0) return;
    this.pendingBreak = Math.max(this.pendingBreak, level);
    this.pendingSpace = null;
  }

  private closeBlock(): void {
    if (this.blockStart >= 0 && this.length > this.blockStart) {
      this.blocks.push({
        start: this.blockStart,
        end: this.length,
        tag: this.blockTag,
        blockquote: this.blockQuote,
      });
    }
    this.blockStart = -1;
  }

  private addText(node: Text, blockquote: number, tag: string): void {
    const data = node.data;
    // Run by run with a regular expression, not character by character or word by word: this is on
    // the way to the highlights, and code that has run only a few times is slow per character.
    let spaceFrom = 0;
    WORD_RUN.lastIndex = 0;
    for (let match = WORD_RUN.exec(data); match; match = WORD_RUN.exec(data)) {
      if (match.index > spaceFrom) this.addSpace(node, spaceFrom);
      this.addRun(node, match.index, match[0], blockquote, tag);
      spaceFrom = WORD_RUN.lastIndex;
    }
    if (data.length > spaceFrom) this.addSpace(node, spaceFrom);
  }

  /** Whitespace at `offset` of `node`: one space owed, unless a block break follows first. */
  private addSpace(node: Text, offset: number): void {
    if (this.length > 0 && !this.pendingSpace && this.blockStart >= 0) {
      this.pendingSpace = { node, offset };
    }
  }

  private addRun(node: Text, offset: number, run: string, blockquote: number, tag: string): void {
    if (this.pendingBreak > 0 || this.blockStart < 0) {
      const isNewBlock = this.pendingBreak >= 2 || this.blockStart < 0;
      if (isNewBlock) this.closeBlock();
      if (this.length > 0) {
        const separator = isNewBlock ? '\n\n' : '\n';
        this.parts.push(separator);
        this.length += separator.length;
      }
      if (isNewBlock) {
        this.blockStart = this.length;
        this.blockTag = tag;
        this.blockQuote = blockquote;
      }
      this.pendingBreak = 0;
      this.pendingSpace = null;
    } else if (this.pendingSpace) {
      const space = this.pendingSpace;
      this.pendingSpace = null;
      this.pushSegment(space.node, space.offset, ' ');
    }
    this.pushSegment(node, offset, run);
  }

  private pushSegment(node: Text, nodeStart: number, run: string): void {
    this.segments.push({ node, start: this.length, end: this.length + run.length, nodeStart });
    this.parts.push(run);
    this.length += run.length;
  }
}

function resolveHref(element: Element, href: string): string {
  try {
    return new URL(href, element.ownerDocument?.baseURI ?? undefined).href;
  } catch {
    return href;
  }
}

/** The first `maxChars` characters of an ArticleText, with its structure cut to match. */
export function truncateArticleText(input: ArticleText, maxChars: number): ArticleText {
  if (input.text.length <= maxChars) return input;
  return {
    text: input.text.slice(0, maxChars),
    segments: input.segments
      .filter((s) => s.start < maxChars)
      .map((s) => (s.end <= maxChars ? s : { ...s, end: maxChars })),
    blocks: input.blocks
      .filter((b) => b.start < maxChars)
      .map((b) => ({ ...b, end: Math.min(b.end, maxChars) })),
    links: input.links
      .filter((l) => l.start < maxChars)
      .map((l) => ({ ...l, end: Math.min(l.end, maxChars) })),
  };
}
