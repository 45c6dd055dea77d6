import type { EventStore } from '@app/event-store';
import type { SqlLike } from '../registry/history-projection';
import { readModelDigest, readModelTables } from '../replay/read-model-digest';
import { rebuildReadModels, type RebuildOptions } from '../replay/rebuild-read-models';

export interface TableComparison {
  table: string;
  live?: { rows: number; digest: string };
  rebuilt: { rows: number; digest: string };
}

export interface ReadModelCheck {
  /** The lowest position a live read model stands at (its checkpoint); absent: the whole log. */
  position?: number;
  tables: TableComparison[];
  /** Tables whose live rows are not what the log gives: named, so an operator knows where to look. */
  differing: string[];
  /** Set when the live read models stood at different positions (inline ones at the head, or the server still writing). */
  uneven?: { from: number; to: number };
}

/**
 * Issue 22, part 2: the report, the timeline and the lists read the read models, not the log;
 * a row edited there is as misleading as an edited event. Rebuild every read model from the log
 * into an empty scratch database (in memory), up to the position the live ones stand at, and
 * compare each table's digest with the live one.
 */
export async function verifyReadModels(options: {
  store: EventStore;
  live: SqlLike;
  scratch: SqlLike;
  projections: RebuildOptions['projections'];
  onProgress?: RebuildOptions['onProgress'];
}): Promise<ReadModelCheck> {
  const checkpoints = await liveCheckpoints(
    options.live,
    options.projections.map((p) => p.name),
  );
  const positions = [...checkpoints.values()];
  const from = positions.length > 0 ? Math.min(...positions) : undefined;
  const to = positions.length > 0 ? Math.max(...positions) : undefined;
  // Each model is rebuilt up to where it stands: the inline ones (lists, timeline) are always at
  // the log's head, those behind the shared subscription where it last stopped, so one common
  // position would compare a whole inline table with an empty rebuild.
  const groups = new Map<number, RebuildOptions['projections'][number][]>();
  for (const projection of options.projections) {
    const at = checkpoints.get(projection.name) ?? Number.MAX_SAFE_INTEGER;
    groups.set(at, [...(groups.get(at) ?? []), projection]);
  }
  for (const [upTo, projections] of groups) {
    await rebuildReadModels({
      store: options.store,
      sql: options.scratch,
      projections,
      upTo,
      onProgress: options.onProgress,
    });
  }
  const tables = await readModelTables(options.scratch);
  const rebuilt = await readModelDigest(options.scratch, tables);
  const liveTables = new Set(await readModelTables(options.live));
  const live = await readModelDigest(
    options.live,
    tables.filter((t) => liveTables.has(t)),
  );
  const comparisons = tables.map((table) => ({
    table,
    ...(live.tables[table] && { live: live.tables[table] }),
    rebuilt: rebuilt.tables[table],
  }));
  return {
    ...(from !== undefined && { position: from }),
    tables: comparisons,
    differing: comparisons.filter((c) => c.live?.digest !== c.rebuilt.digest).map((c) => c.table),
    ...(from !== undefined && to !== undefined && from !== to && { uneven: { from, to } }),
  };
}

/** Where the runner left each projection (its checkpoints table); none listed: the whole log. */
async function liveCheckpoints(live: SqlLike, names: string[]): Promise<Map<string, number>> {
  const { rows: present } = await live.query<{ present: boolean }>(
    `SELECT to_regclass('projection_checkpoints') IS NOT NULL AS present`,
  );
  if (!present[0]?.present) return new Map();
  const { rows } = await live.query<{ name: string; position: string | number }>(
    'SELECT name, position FROM projection_checkpoints WHERE name = ANY($1::text[])',
    [names],
  );
  return new Map(rows.map((r) => [r.name, Number(r.position)]));
}
