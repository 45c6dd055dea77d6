import { DeadlineFollower } from '@app/scheduling';
import { withAppContext } from '../cli-context';

/**
 * `npm run cli -- deadlines reconcile`: makes BullMQ's delayed jobs equal the deadlines the event
 * store implies (DESIGN.md: Redis is a cache of the event store), e.g. after Redis was flushed
 * or restored from an old backup. Safe while the app runs on PostgreSQL or KurrentDB: job ids
 * are deterministic. With the embedded store, stop the app first (PGlite is single-process).
 */
export const deadlinesCommand = {
  async run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
    if (args[0] !== 'reconcile' || args.length !== 1) throw new Error('usage: deadlines reconcile');
    const result = await withAppContext(env, (app) => app.get(DeadlineFollower).reconcileAll());
    console.log(
      `reconciled ${result.streams} streams: ${result.added} jobs added, ${result.removed} removed, ` +
        `${result.skipped} reminders already past skipped`,
    );
  },
};
