import type { CaseChain, CaseRef, ChainNode } from '../api/api-types';

export interface PlacedNode {
  node: ChainNode;
  x: number;
  y: number;
  height: number;
  root: boolean;
}

export interface PlacedEdge {
  from: PlacedNode;
  to: PlacedNode;
  relation: string;
}

/** A box's width and the room between boxes; a box is as tall as its text needs. */
export const BOX = { width: 232, height: 112, gapX: 104, gapY: 28, margin: 16 };

const keyOf = (ref: CaseRef) => `${ref.kind}/${ref.id}`;

/**
 * Places the chain left to right, from input to implementation: a link "X derivedFrom Y" or
 * "X implements Y" puts Y upstream of X. Each case goes one column right of the furthest case
 * it comes from (longest path), so the picture reads in the order things happened. Boxes in a
 * column stack by their own heights (`heightOf`, for a title of several lines); `gapX` leaves
 * room for the widest label between two columns.
 */
export function layoutChain(
  chain: CaseChain,
  heightOf: (node: ChainNode) => number = () => BOX.height,
  gapX: number = BOX.gapX,
): {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
} {
  const nodes = new Map<string, ChainNode>();
  nodes.set(keyOf(chain.root), chain.root);
  for (const n of chain.nodes) nodes.set(keyOf(n), n);
  const links = [...chain.cameFrom, ...chain.ledTo];
  const seen = new Set<string>();
  const edges = links.filter((l) => {
    const k = `${keyOf(l.from)}>${l.relation}>${keyOf(l.to)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    for (const ref of [l.from, l.to])
      if (!nodes.has(keyOf(ref))) nodes.set(keyOf(ref), { ...ref, found: false });
    return true;
  });

  const column = new Map<string, number>([...nodes.keys()].map((k) => [k, 0]));
  // Relax at most |nodes| times: enough for any acyclic chain, and a stray cycle cannot loop.
  for (let round = 0; round < nodes.size; round++) {
    let changed = false;
    for (const l of edges) {
      const downstream = keyOf(l.from);
      const upstream = keyOf(l.to);
      const wanted = (column.get(upstream) ?? 0) + 1;
      if ((column.get(downstream) ?? 0) < wanted && wanted < nodes.size) {
        column.set(downstream, wanted);
        changed = true;
      }
    }
    if (!changed) break;
  }

  // The next free y in each column.
  const nextY = new Map<number, number>();
  const placed = new Map<string, PlacedNode>();
  const rootKey = keyOf(chain.root);
  for (const [k, node] of nodes) {
    const c = column.get(k) ?? 0;
    const y = nextY.get(c) ?? BOX.margin;
    const height = Math.max(BOX.height, heightOf(node));
    nextY.set(c, y + height + BOX.gapY);
    placed.set(k, { node, root: k === rootKey, x: BOX.margin + c * (BOX.width + gapX), y, height });
  }
  const columns = Math.max(...column.values()) + 1;
  const bottom = Math.max(...nextY.values()) - BOX.gapY;
  return {
    nodes: [...placed.values()],
    edges: edges.map((l) => ({
      from: placed.get(keyOf(l.to))!,
      to: placed.get(keyOf(l.from))!,
      relation: l.relation,
    })),
    width: BOX.margin * 2 + columns * BOX.width + (columns - 1) * gapX,
    height: bottom + BOX.margin,
  };
}

/** Lines of at most `width` as `measure` finds them, broken between words (inside a word too long). */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word wider than the line on its own is cut where it must be.
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where each edge's label goes: at the middle of its curve, moved down (then up) a line at a time
 * until it touches no box and no label placed before it, so labels of edges that share a gap
 * never lie on each other. `width` is the label's width; the rectangle is the text's.
 */
export function placeEdgeLabels(
  edges: { x: number; y: number; width: number }[],
  boxes: Rect[],
  lineHeight = 14,
): Rect[] {
  const placed: Rect[] = [];
  for (const e of edges) {
    const at = (dy: number): Rect => ({
      x: e.x - e.width / 2 - 2,
      y: e.y - lineHeight + dy,
      width: e.width + 4,
      height: lineHeight + 2,
    });
    let chosen = at(0);
    for (let step = 1; step < 200; step++) {
      if (chosen.y >= 2 && ![...boxes, ...placed].some((r) => overlaps(r, chosen))) break;
      const dy = (step % 2 ? 1 : -1) * Math.ceil(step / 2) * lineHeight;
      chosen = at(dy);
    }
    placed.push(chosen);
  }
  return placed;
}
