import type { CaseChain, CaseRef, ChainNode } from '../api/api-types';

export interface PlacedNode {
  node: ChainNode;
  x: number;
  y: number;
  root: boolean;
}

export interface PlacedEdge {
  from: PlacedNode;
  to: PlacedNode;
  relation: string;
}

export const BOX = { width: 232, height: 112, gapX: 104, gapY: 28, margin: 16 };

const keyOf = (ref: CaseRef) => `${ref.kind}/${ref.id}`;

/**
 * Places the chain left to right, from input to implementation: a link "X derivedFrom Y" or
 * "X implements Y" puts Y upstream of X. Each case goes one column right of the furthest case
 * it comes from (longest path), so the picture reads in the order things happened.
 */
export function layoutChain(chain: CaseChain): {
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

  const rows = new Map<number, number>();
  const placed = new Map<string, PlacedNode>();
  const rootKey = keyOf(chain.root);
  for (const [k, node] of nodes) {
    const c = column.get(k) ?? 0;
    const r = rows.get(c) ?? 0;
    rows.set(c, r + 1);
    placed.set(k, {
      node,
      root: k === rootKey,
      x: BOX.margin + c * (BOX.width + BOX.gapX),
      y: BOX.margin + r * (BOX.height + BOX.gapY),
    });
  }
  const columns = Math.max(...column.values()) + 1;
  const maxRows = Math.max(...rows.values());
  return {
    nodes: [...placed.values()],
    edges: edges.map((l) => ({
      from: placed.get(keyOf(l.to))!,
      to: placed.get(keyOf(l.from))!,
      relation: l.relation,
    })),
    width: BOX.margin * 2 + columns * BOX.width + (columns - 1) * BOX.gapX,
    height: BOX.margin * 2 + maxRows * BOX.height + (maxRows - 1) * BOX.gapY,
  };
}
