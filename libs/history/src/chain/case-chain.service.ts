import type { EventStore, StoredEvent } from '@app/event-store';
import { NotFoundError, type CaseCarriedIn, type CaseLink, type CaseSummary } from '@app/kernel';
import { citation, eventsAsOf, type AsOf, type TimeAxis } from '../as-of/point-in-time';
import { CaseStreamReader } from '../case/case-stream.reader';
import type { CaseKindRegistry } from '../registry/case-kind-registry';
import type { SqlLike } from '../registry/history-projection';
import { incomingLinks } from './case-links.projection';

export interface ChainNode extends Partial<CaseSummary> {
  kind: string;
  id: string;
  /** False when a link names a case this council has no record of (at the moment asked). */
  found: boolean;
  /** The revision of the case's last event shown. */
  revision?: number;
  /**
   * Issue 18.3: the predecessor council the case was found in, when it is not the council asked
   * (reached through a case carried over from it); absent for the council's own cases.
   */
  councilId?: string;
  /** Issue 18.3: the predecessor council the case was carried over from. */
  carriedFrom?: string;
}

/** A node while walking: where it was found, and where its links are looked up. */
type Walked = ChainNode & { links: CaseLink[]; searchIn: string[] };

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
  /** Echoed when the chain was read as of a moment: every node is then as it stood then. */
  asOf?: string;
  time?: TimeAxis;
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

  /**
   * With `asOf`, every case is folded from the events it had by then, and a link that points at
   * a case counts only when the linking case already held it then (the index of incoming links
   * is today's, so each one is checked against the linking case as it stood).
   */
  async chain(councilId: string, kind: string, id: string, asOf?: AsOf): Promise<CaseChain> {
    const start = await this.reader.read(councilId, kind, id);
    const startEvents = eventsAsOf(start.events, asOf);
    if (startEvents.length === 0) {
      throw new NotFoundError(`${kind}/${id} did not exist yet at ${new Date(asOf!.at).toISOString()}`);
    }
    const nodes = new Map<string, Walked>();
    const root = this.node(councilId, start.kind, id, startEvents);
    nodes.set(key(start.kind, id), root);

    const cameFrom: ChainLink[] = [];
    const upstream = [root];
    while (upstream.length > 0 && nodes.size < MAX_NODES) {
      const current = upstream.shift()!;
      for (const link of current.links) {
        cameFrom.push(edge(current, link.relation, link, link.itemId));
        if (nodes.has(key(link.kind, link.id))) continue;
        const next = await this.load(current.searchIn, link.kind, link.id, asOf);
        nodes.set(key(link.kind, link.id), next);
        if (next.found) upstream.push(next);
      }
    }

    const ledTo: ChainLink[] = [];
    const downstream = [root];
    const seenDown = new Set([key(root.kind, root.id)]);
    while (downstream.length > 0 && nodes.size < MAX_NODES) {
      const current = downstream.shift()!;
      for (const row of await this.incoming(current)) {
        const from = { kind: row.from_kind, id: row.from_id };
        const k = key(from.kind, from.id);
        const next = nodes.get(k) ?? (await this.load(current.searchIn, from.kind, from.id, asOf));
        if (asOf && !holdsLink(next, row.relation, current)) continue;
        ledTo.push(edge(from, row.relation as CaseLink['relation'], current, row.item_id || undefined));
        if (seenDown.has(k)) continue;
        seenDown.add(k);
        nodes.set(k, next);
        if (next.found) downstream.push(next);
      }
    }

    // A node names its council only when it is not the one asked (a predecessor's case).
    const strip = ({ links: _l, searchIn: _s, councilId: foundIn, ...node }: Walked): ChainNode =>
      foundIn === undefined || foundIn === councilId ? node : { ...node, councilId: foundIn };
    return {
      root: strip(root),
      cameFrom,
      ledTo,
      nodes: [...nodes.values()].map(strip),
      ...(asOf && citation(asOf)),
    };
  }

  /** Incoming links in every council the case is looked up in (its own, then the one it came from). */
  private async incoming(node: Walked) {
    const rows = [];
    for (const council of node.searchIn)
      rows.push(...(await incomingLinks(this.sql, council, node.kind, node.id)));
    return rows;
  }

  /**
   * A linked case in the first council that has it: the linking case's own council, then (issue
   * 18.3) the predecessor it was carried over from, where its links were recorded. Cases of any
   * other council are never shown.
   */
  private async load(searchIn: string[], kind: string, id: string, asOf: AsOf | undefined): Promise<Walked> {
    for (const councilId of searchIn) {
      const all = await this.reader.readIfAny(councilId, kind, id);
      const events = eventsAsOf(all, asOf);
      if (events.length > 0) return this.node(councilId, kind, id, events);
    }
    return { kind, id, found: false, links: [], searchIn: [] };
  }

  private node(councilId: string, kind: string, id: string, events: StoredEvent[]): Walked {
    const definition = this.registry.get(kind);
    const state = events.reduce((s, e) => definition.evolve(s, e), definition.initialState);
    const carriedFrom = carriedFromOf(events[0]);
    return {
      kind,
      id,
      found: true,
      revision: events[events.length - 1].revision,
      ...definition.summary(state),
      councilId,
      ...(carriedFrom !== undefined && { carriedFrom }),
      links: definition.links(state),
      searchIn: carriedFrom === undefined ? [councilId] : [councilId, carriedFrom],
    };
  }
}

/** The predecessor a case was carried over from: its stream begins with `CaseCarriedIn`. */
function carriedFromOf(first: StoredEvent): string | undefined {
  if (first.type !== 'CaseCarriedIn') return undefined;
  return (first.data as Partial<CaseCarriedIn['data']>).from?.councilId;
}

function holdsLink(
  from: { found: boolean; links: CaseLink[] },
  relation: string,
  to: { kind: string; id: string },
): boolean {
  return (
    from.found && from.links.some((l) => l.relation === relation && l.kind === to.kind && l.id === to.id)
  );
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
