import type { EventStore, StoredEvent } from '@app/event-store';
import type { CaseLink, CaseSummary } from '@app/kernel';
import { CaseStreamReader } from '../case/case-stream.reader';
import type { CaseKindRegistry } from '../registry/case-kind-registry';
import type { SqlLike } from '../registry/history-projection';
import { incomingLinks } from './case-links.projection';

export interface ChainNode extends Partial<CaseSummary> {
  kind: string;
  id: string;
  /** False when a link names a case this council has no record of. */
  found: boolean;
}

export interface ChainLink {
  from: { kind: string; id: string };
  relation: CaseLink['relation'];
  to: { kind: string; id: string };
  itemId?: string;
}

export interface CaseChain {
  root: ChainNode;
  /** Transitively, what the case came from (following its outgoing links). */
  cameFrom: ChainLink[];
  /** Transitively, what came of it (following the links that point at it). */
  ledTo: ChainLink[];
  nodes: ChainNode[];
}

/** A guard against a cycle of links, or a chain no person could read anyway. */
const MAX_NODES = 500;

/**
 * Issue 7, part 3: walk from a case to what it came from and what it led to. Outgoing links are
 * read from each case's folded state (as recorded in its own events); incoming ones from the
 * `case_links` index. Cases of another council are never shown, even when linked.
 */
export class CaseChainService {
  private readonly reader: CaseStreamReader;

  constructor(
    private readonly store: EventStore,
    private readonly registry: CaseKindRegistry,
    private readonly sql: SqlLike,
  ) {
    this.reader = new CaseStreamReader(store, registry);
  }

  async chain(councilId: string, kind: string, id: string): Promise<CaseChain> {
    const start = await this.reader.read(councilId, kind, id);
    const nodes = new Map<string, ChainNode & { links: CaseLink[] }>();
    const root = this.node(start.kind, id, start.events);
    nodes.set(key(start.kind, id), root);

    const cameFrom: ChainLink[] = [];
    const upstream = [root];
    while (upstream.length > 0 && nodes.size < MAX_NODES) {
      const current = upstream.shift()!;
      for (const link of current.links) {
        cameFrom.push(edge(current, link.relation, link, link.itemId));
        if (nodes.has(key(link.kind, link.id))) continue;
        const next = await this.load(councilId, link.kind, link.id);
        nodes.set(key(link.kind, link.id), next);
        if (next.found) upstream.push(next);
      }
    }

    const ledTo: ChainLink[] = [];
    const downstream = [root];
    const seenDown = new Set([key(root.kind, root.id)]);
    while (downstream.length > 0 && nodes.size < MAX_NODES) {
      const current = downstream.shift()!;
      for (const row of await incomingLinks(this.sql, councilId, current.kind, current.id)) {
        const from = { kind: row.from_kind, id: row.from_id };
        ledTo.push(edge(from, row.relation as CaseLink['relation'], current, row.item_id || undefined));
        const k = key(from.kind, from.id);
        if (seenDown.has(k)) continue;
        seenDown.add(k);
        const next = nodes.get(k) ?? (await this.load(councilId, from.kind, from.id));
        nodes.set(k, next);
        if (next.found) downstream.push(next);
      }
    }

    const strip = ({ links: _links, ...node }: ChainNode & { links: CaseLink[] }): ChainNode => node;
    return { root: strip(root), cameFrom, ledTo, nodes: [...nodes.values()].map(strip) };
  }

  private async load(
    councilId: string,
    kind: string,
    id: string,
  ): Promise<ChainNode & { links: CaseLink[] }> {
    const missing = { kind, id, found: false, links: [] };
    const events = await this.reader.readIfAny(councilId, kind, id);
    if (events.length === 0) return missing;
    return this.node(kind, id, events);
  }

  private node(kind: string, id: string, events: StoredEvent[]): ChainNode & { links: CaseLink[] } {
    const definition = this.registry.get(kind);
    const state = events.reduce((s, e) => definition.evolve(s, e), definition.initialState);
    return { kind, id, found: true, ...definition.summary(state), links: definition.links(state) };
  }
}

function key(kind: string, id: string): string {
  return `${kind}/${id}`;
}

function edge(
  from: { kind: string; id: string },
  relation: CaseLink['relation'],
  to: { kind: string; id: string },
  itemId: string | undefined,
): ChainLink {
  return {
    from: { kind: from.kind, id: from.id },
    relation,
    to: { kind: to.kind, id: to.id },
    ...(itemId !== undefined && { itemId }),
  };
}
