import { EventStore } from '@app/event-store/port/event-store.port';
import { ReadModelSql } from '@app/event-store/sql/sql-client';
import { PROJECTION_CHECKPOINTS_DDL } from '@app/event-store/sql/schema-setup';
import type { SqlLike } from '@app/history/registry/history-projection';
import { countEvents, readModelDigest, readModelTables } from '@app/history/replay/read-model-digest';
import { rebuildReadModels } from '@app/history/replay/rebuild-read-models';
import { processIo, progressPrinter, withAppContext, type CliIo } from '../cli-context';

/**
 * `npm run cli -- replay` (issue 7): empty every read model and feed it the whole log again,
 * with a progress line, then print a digest of all read-model tables. Run it with the server
 * stopped: the runner's checkpoints move with the rebuilt rows, batch by batch, so a server
 * started afterwards carries on from the end instead of applying the log twice.
 */
export const replayCommand = {
  async run(args: string[], env: NodeJS.ProcessEnv, io: CliIo = processIo()): Promise<void> {
    if (args.length > 0) throw new Error('usage: replay');
    const out = await withAppContext(
      env,
      async (app) => {
        // Loaded with the app: the runner's tokens come with Nest.
        const { projectionsOf, stopProjectionRunner } = await import('../app-projections');
        await stopProjectionRunner(app);
        const store = app.get(EventStore);
        const sql = app.get(ReadModelSql) as SqlLike;
        const projections = projectionsOf(app);
        const names = projections.map((p) => p.name);
        const result = await rebuildReadModels({
          store,
          sql,
          projections,
          total: await countEvents(sql),
          onReset: async (tx) => {
            await tx.query(PROJECTION_CHECKPOINTS_DDL);
            await moveCheckpoints(tx, names, -1);
          },
          onBatchApplied: (tx, position) => moveCheckpoints(tx, names, position),
          onProgress: progressPrinter(io),
        });
        const digest = await readModelDigest(sql, await readModelTables(sql));
        return { result, digest, names };
      },
      'npm run cli -- replay',
    );
    io.stderr.write('\n');
    const perSecond =
      out.result.ms > 0 ? Math.round((out.result.events * 1000) / out.result.ms) : out.result.events;
    io.stdout.write(
      `replayed ${out.result.events} events into ${out.names.length} read models (${out.names.join(', ')}) ` +
        `in ${(out.result.ms / 1000).toFixed(1)} s, ${perSecond} events/s\n`,
    );
    for (const [table, t] of Object.entries(out.digest.tables)) {
      io.stdout.write(`  ${table.padEnd(28)} ${String(t.rows).padStart(8)} rows  ${t.digest.slice(0, 16)}\n`);
    }
    io.stdout.write(`digest ${out.digest.digest}\n`);
  },
};

async function moveCheckpoints(tx: SqlLike, names: readonly string[], position: number): Promise<void> {
  for (const name of names) {
    await tx.query(
      `INSERT INTO projection_checkpoints (name, position) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position`,
      [name, position],
    );
  }
}
