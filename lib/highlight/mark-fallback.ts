/**
 * Highlights by wrapping text in elements, for browsers without the CSS Custom Highlight API
 * (Firefox before 140). It mutates the page, so it undoes itself exactly: every Text node it splits
 * keeps its identity and gets its original data back, and every node it added is removed.
 */
import type { LivePiece } from './live-ranges';

/** A piece of live text to wrap, with its style group and painting priority. */
export interface MarkPiece extends LivePiece {
  group: string;
  /** Higher wins where pieces overlap. */
  priority: number;
  /** The caller's id for the item the piece belongs to. */
  id: number;
}

/** The marks made by {@link wrapPieces} and how to take them out again. */
export interface MarkWrapping {
  /** One entry per wrapper element: its group, the id of the piece it shows, and the wrapper. */
  marks: { group: string; id: number; element: Element }[];
  /** Removes every wrapper and restores every split Text node as it was. */
  restore(): void;
}

interface Chunk {
  text: string;
  /** The top piece covering the chunk, or null for plain text. */
  top: MarkPiece | null;
}

/**
 * Wraps each piece's characters in an element made by `makeMark(group)`. Overlapping pieces are
 * split so every character is wrapped once, by the highest-priority piece covering it.
 */
export function wrapPieces(
  pieces: MarkPiece[],
  makeMark: (group: string) => Element,
): MarkWrapping {
  const byNode = new Map<Text, MarkPiece[]>();
  for (const piece of pieces) {
    if (piece.end <= piece.start) continue;
    const list = byNode.get(piece.node);
    if (list) list.push(piece);
    else byNode.set(piece.node, [piece]);
  }
  const marks: MarkWrapping['marks'] = [];
  const undo: (() => void)[] = [];
  for (const [node, list] of byNode) {
    const parent = node.parentNode;
    if (!parent) continue;
    const original = node.data;
    const chunks = splitIntoChunks(original, list);
    const added: Node[] = [];
    // The original node keeps the first chunk (wrapped or not); later chunks are new nodes.
    const [head, ...rest] = chunks as [Chunk, ...Chunk[]];
    node.data = head.text;
    let anchor: Node = node;
    if (head.top) {
      const mark = makeMark(head.top.group);
      parent.insertBefore(mark, node);
      mark.appendChild(node);
      marks.push({ group: head.top.group, id: head.top.id, element: mark });
      anchor = mark;
      added.push(mark);
    }
    for (const chunk of rest) {
      const text = node.ownerDocument.createTextNode(chunk.text);
      let inserted: Node = text;
      if (chunk.top) {
        const mark = makeMark(chunk.top.group);
        mark.appendChild(text);
        marks.push({ group: chunk.top.group, id: chunk.top.id, element: mark });
        inserted = mark;
      }
      parent.insertBefore(inserted, anchor.nextSibling);
      anchor = inserted;
      added.push(inserted);
    }
    undo.push(() => {
      const first = added[0];
      if (first && head.top && first.parentNode) {
        first.parentNode.insertBefore(node, first);
      }
      for (const extra of added) extra.parentNode?.removeChild(extra);
      node.data = original;
    });
  }
  let restored = false;
  return {
    marks,
    restore() {
      if (restored) return;
      restored = true;
      for (const step of undo.reverse()) step();
    },
  };
}

/** Cuts `data` at every piece boundary and gives each chunk the group of its top piece. */
function splitIntoChunks(data: string, pieces: MarkPiece[]): Chunk[] {
  const cuts = new Set<number>([0, data.length]);
  for (const piece of pieces) {
    cuts.add(Math.max(0, Math.min(data.length, piece.start)));
    cuts.add(Math.max(0, Math.min(data.length, piece.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const chunks: Chunk[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    if (to <= from) continue;
    let top: MarkPiece | null = null;
    for (const piece of pieces) {
      if (piece.start <= from && piece.end >= to && (!top || piece.priority > top.priority)) {
        top = piece;
      }
    }
    const last = chunks.at(-1);
    if (last && last.top === top) last.text += data.slice(from, to);
    else chunks.push({ text: data.slice(from, to), top });
  }
  return chunks.length > 0 ? chunks : [{ text: data, top: null }];
}
