/**
 * Report spans → live DOM Ranges. Offsets in the report point into the article text; the text's
 * segments name the (clone) Text node and the exact character of it each offset came from, and the
 * tracer gives the live Text node the clone node was copied from. No text is ever searched for, so
 * a sentence that occurs twice is still highlighted where the report found it.
 */
import type { ArticleText, TextSegment } from '../article-text';
import type { TextSpan } from '../report';

/** A run of characters of one live Text node: `node.data.slice(start, end)`. */
export interface LivePiece {
  node: Text;
  start: number;
  end: number;
}

/** Clone node → live node, as {@link import('../analyze').Analysis.toLive} gives. */
export type ToLive = (node: Node) => Node | undefined;

const TEXT_NODE = 3;

/** Any character but whitespace a browser collapses. */
const VISIBLE_CHAR_RE = /[^ \t\n\r\f\u00a0\u200b]/;

/** How many Text nodes may lie between two pieces before they are no longer joined into one Range. */
const MAX_JOIN_STEPS = 64;

/**
 * Maps `span` to the live characters it covers, one piece per Text node in document order. Segments
 * whose node cannot be traced are left out (never guessed), so the result may be partial or empty.
 */
export function mapSpanToLive(
  articleText: ArticleText,
  span: TextSpan,
  toLive: ToLive,
): LivePiece[] {
  const { segments } = articleText;
  const pieces: LivePiece[] = [];
  for (let i = findFirstSegment(segments, span.start); i < segments.length; i++) {
    const segment = segments[i] as TextSegment;
    if (segment.start >= span.end) break;
    const from = Math.max(span.start, segment.start) - segment.start;
    const to = Math.min(span.end, segment.end) - segment.start;
    if (to <= from) continue;
    const live = toLive(segment.node);
    if (!live || live.nodeType !== TEXT_NODE) continue;
    const start = segment.nodeStart + from;
    const end = segment.nodeStart + to;
    const last = pieces.at(-1);
    // Collapsed spaces are segments of their own; fold them into the node's run.
    if (last && last.node === live && start >= last.end) last.end = end;
    else pieces.push({ node: live as Text, start, end });
  }
  return pieces;
}

/**
 * Joins pieces into as few Ranges as the page allows: one Range runs across <em>, <a> and block
 * boundaries as long as nothing visible the article left out lies between two pieces (a caption or
 * an ad inside the quote would otherwise be highlighted too).
 */
export function piecesToRanges(doc: Document, pieces: LivePiece[]): Range[] {
  const ranges: Range[] = [];
  let first: LivePiece | undefined;
  let previous: LivePiece | undefined;
  const flush = () => {
    if (!first || !previous) return;
    const range = doc.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(previous.node, previous.end);
    ranges.push(range);
  };
  for (const piece of pieces) {
    if (previous && !isOnlySpaceBetween(doc, previous, piece)) {
      flush();
      first = undefined;
    }
    first ??= piece;
    previous = piece;
  }
  flush();
  return ranges;
}

/** Maps `span` straight to live Ranges ({@link mapSpanToLive} + {@link piecesToRanges}). */
export function spanToLiveRanges(
  doc: Document,
  articleText: ArticleText,
  span: TextSpan,
  toLive: ToLive,
): Range[] {
  return piecesToRanges(doc, mapSpanToLive(articleText, span, toLive));
}

/** Index of the first segment that ends after `offset` (segments are sorted and disjoint). */
function findFirstSegment(segments: TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((segments[mid] as TextSegment).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function isOnlySpaceBetween(doc: Document, a: LivePiece, b: LivePiece): boolean {
  if (a.node === b.node) return !VISIBLE_CHAR_RE.test(a.node.data.slice(a.end, b.start));
  if (VISIBLE_CHAR_RE.test(a.node.data.slice(a.end))) return false;
  if (VISIBLE_CHAR_RE.test(b.node.data.slice(0, b.start))) return false;
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = a.node;
  for (let steps = 0; steps < MAX_JOIN_STEPS; steps++) {
    const next = walker.nextNode();
    if (!next) return false;
    if (next === b.node) return true;
    if (VISIBLE_CHAR_RE.test((next as Text).data)) return false;
  }
  return false;
}
