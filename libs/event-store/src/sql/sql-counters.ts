import { WriteContext } from '@app/kernel';

/**
 * Statements and commits sent through the SQL clients, counted in the driver (issue 14: SQL per
 * HTTP write, `npm run bench -- http`). `requestPath` counts those sent while a write request is
 * being handled (its write scope); `background` those sent outside one (subscriptions, the
 * deadline follower), split into `reads` (autocommit reads: polling and pages, which run when
 * idle too) and `writes` (everything in a transaction, and autocommit writes). BEGIN and COMMIT
 * count as statements. A commit is a committed transaction or an autocommit statement that writes
 * (only these flush WAL).
 */
export const sqlCounters = {
  commits: 0,
  requestPath: { statements: 0, commits: 0 },
  background: { reads: 0, writes: 0 },
};

const WRITES = /^\s*(INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE|SELECT\s+(pg_notify|last_position))/i;

export function countStatement(sql: string, autocommit: boolean): void {
  const inRequest = WriteContext.inScope();
  const writes = !autocommit || WRITES.test(sql);
  if (inRequest) sqlCounters.requestPath.statements++;
  else if (writes) sqlCounters.background.writes++;
  else sqlCounters.background.reads++;
  if (autocommit && writes) countCommit(inRequest);
}

export function countCommit(inRequest = WriteContext.inScope()): void {
  sqlCounters.commits++;
  if (inRequest) sqlCounters.requestPath.commits++;
}

/** With SQL_COUNTERS=true, SIGUSR2 logs the counters as one JSON line (the bench reads it). */
export function reportSqlCountersOnSignal(env: NodeJS.ProcessEnv): void {
  if (env.SQL_COUNTERS !== 'true') return;
  process.on('SIGUSR2', () => {
    process.stdout.write(`sql-counters ${JSON.stringify(sqlCounters)}\n`);
  });
}
