/**
 * HTTP throughput of the whole app, as a client sees it: the app runs as its own process (as
 * `npm start` runs it, workers and read models included), and autocannon drives it from this one
 * with 50 concurrent connections, on the embedded store and on PostgreSQL.
 * - write: members revising their input to a hearing (`PUT …/hearings/:id/inputs/mine`), 50
 *   members on 50 hearings, every request a command that appends an event and waits for the
 *   read models (read-your-writes);
 * - read: the hearing list of the council (`GET …/hearings`, a read model);
 * - SQL per write: statements and commits the app sends per write, counted in its driver
 *   (SQL_COUNTERS, sql-counters.ts), on the request path and in the background (the idle
 *   polling over as long a time subtracted from the background reads), over sequential writes;
 * - open loop: writes offered at a fixed rate (BENCH_HTTP_RATE_POSTGRES, default 500/s;
 *   BENCH_HTTP_RATE_EMBEDDED, default 200/s), latency from when each was due (open-loop.ts).
 * Alone: `TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register -r tsconfig-paths/register bench/http.bench.ts`.
 * BENCH_HTTP_SECONDS (default 10) per run; BENCH_HTTP_STORES (default "embedded,postgres");
 * BENCH_CPU_PROFILE=<dir>: the app writes a V8 CPU profile there when it stops (open it in
 * Chrome's DevTools), to see where a request's time goes before changing anything for speed.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import {
  AppProcess,
  bearer,
  call,
  freshAppState,
  seedCouncilOverHttp,
} from '../test/support/process-harness';
import { dropTestState } from '../test/support/test-app';
import { type BenchRow } from './bench-common';
import { openLoop } from './open-loop';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONNECTIONS = 50;
const STORES = (process.env.BENCH_HTTP_STORES ?? 'embedded,postgres').split(',') as (
  'embedded' | 'postgres'
)[];
const OFFERED = {
  postgres: Number(process.env.BENCH_HTTP_RATE_POSTGRES ?? 500),
  embedded: Number(process.env.BENCH_HTTP_RATE_EMBEDDED ?? 200),
};
/** Sequential writes whose SQL is counted. */
const COUNTED_WRITES = 100;

interface SqlCounts {
  commits: number;
  requestPath: { statements: number; commits: number };
  background: { reads: number; writes: number };
}

/** Asks the app for its driver's counters (SIGUSR2) and waits for the line it logs. */
async function sqlCounts(app: AppProcess): Promise<SqlCounts> {
  const before = app.log().split('sql-counters ').length;
  process.kill(app.pid as number, 'SIGUSR2');
  for (let i = 0; i < 400; i++) {
    const parts = app.log().split('sql-counters ');
    if (parts.length > before) return JSON.parse(parts[parts.length - 1].split('\n')[0]) as SqlCounts;
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error('the app did not report its SQL counters');
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

async function benchStore(store: 'embedded' | 'postgres'): Promise<BenchRow[]> {
  const state = freshAppState(store, 'benchhttp');
  const profile = process.env.BENCH_CPU_PROFILE;
  const app = await AppProcess.start(
    {
      ...state,
      env: { SQL_COUNTERS: 'true' },
      ...(profile && { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profile}`] }),
    },
    { timeoutMs: 120_000 },
  );
  try {
    const councilId = 'bench';
    const members = Array.from({ length: CONNECTIONS }, (_, i) => `m${i}`);
    await seedCouncilOverHttp(app.url, councilId, members);
    const secretary = bearer({ personId: 'sofie', role: 'secretary', councilId });
    const hearings = `/api/councils/${councilId}/hearings`;
    const memberHeaders = members.map((personId) => bearer({ personId, role: 'member', councilId }));
    for (const [i, personId] of members.entries()) {
      const opened = await call(`${app.url}${hearings}`, {
        method: 'POST',
        headers: secretary,
        body: {
          id: `h${i}`,
          title: `Høring ${i}`,
          issuingBody: 'Region Hovedstaden',
          responseDeadline: '2031-01-28T23:59:00+01:00',
        },
      });
      if (opened.status !== 201) throw new Error(`open hearing: ${opened.status}`);
      const given = await call(`${app.url}${hearings}/h${i}/inputs`, {
        method: 'POST',
        headers: memberHeaders[i],
        body: { text: `Første input fra ${personId}` },
      });
      if (given.status !== 200) throw new Error(`input: ${given.status} ${JSON.stringify(given.body)}`);
    }

    // SQL per write: sequential writes, then as long again idle, so the background work the
    // writes caused (subscriptions, deadline follower) is counted and the idle polling is not.
    await pause(2000);
    const c0 = await sqlCounts(app);
    const started = Date.now();
    for (let n = 0; n < COUNTED_WRITES; n++) {
      const i = n % CONNECTIONS;
      const revised = await call(`${app.url}${hearings}/h${i}/inputs/mine`, {
        method: 'PUT',
        headers: memberHeaders[i],
        body: { text: `Talt input nr. ${n}` },
      });
      if (revised.status !== 200) throw new Error(`revise: ${revised.status}`);
    }
    const writing = Date.now() - started;
    await pause(1000);
    const c1 = await sqlCounts(app);
    await pause(writing + 1000);
    const c2 = await sqlCounts(app);
    const perWrite = (f: (c: SqlCounts) => number, idle: boolean) =>
      (f(c1) - f(c0) - (idle ? f(c2) - f(c1) : 0)) / COUNTED_WRITES;

    // Each request takes a (member, hearing) pair no other request holds and gives it back with
    // its answer, so the 50 connections never write to the same stream at once: the figure is
    // the store's and the app's, not the retries of a bench that collides with itself.
    const free = members.map((_, i) => i);
    let k = 0;
    const write = await run({
      url: app.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          method: 'PUT',
          setupRequest: (request, context) => {
            // A request that timed out never gave its pair back: fall back to round robin.
            const i = free.shift() ?? k % CONNECTIONS;
            k++;
            (context as { pair?: number }).pair = i;
            return {
              ...request,
              path: `${hearings}/h${i}/inputs/mine`,
              headers: memberHeaders[i],
              body: JSON.stringify({ text: `Revideret input nr. ${k}` }),
            };
          },
          onResponse: (_status, _body, context) => {
            const { pair } = context as { pair?: number };
            if (pair !== undefined) free.push(pair);
          },
        },
      ],
    });
    const read = await run({
      url: `${app.url}${hearings}`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: secretary,
    });
    const offered = await openLoop(app.url, OFFERED[store], SECONDS, (n) => {
      const i = n % CONNECTIONS;
      return {
        method: 'PUT',
        path: `${hearings}/h${i}/inputs/mine`,
        headers: memberHeaders[i],
        body: JSON.stringify({ text: `Input i åben løkke nr. ${n}` }),
      };
    });
    const rows: BenchRow[] = [];
    const add = (metric: string, value: number, unit: string) =>
      rows.push({ suite: 'http', adapter: store, metric, value, unit });
    add(
      'SQL statements per write, request path',
      perWrite((c) => c.requestPath.statements, false),
      'stmts',
    );
    add(
      'commits per write, request path',
      perWrite((c) => c.requestPath.commits, false),
      'commits',
    );
    add(
      'SQL statements per write, background writes',
      perWrite((c) => c.background.writes, false),
      'stmts',
    );
    // Polling reads run when idle too: the idle ones over as long a time are subtracted.
    add(
      'SQL statements per write, background reads',
      perWrite((c) => c.background.reads, true),
      'stmts',
    );
    add(
      'commits per write, in all',
      perWrite((c) => c.commits, false),
      'commits',
    );
    const rate = `offered ${offered.offered}/s (write, open loop)`;
    add(`${rate} p50`, offered.p50, 'ms');
    add(`${rate} p99`, offered.p99, 'ms');
    add(`${rate} non-2xx + errors`, offered.failed, 'requests');
    add(`${rate} timed out (10 s)`, offered.timedOut, 'requests');
    for (const [code, count] of Object.entries(offered.statuses))
      add(`${rate} status ${code}`, count, 'requests');
    for (const [name, result] of [
      ['input revision (write, 50 conn)', write],
      ['hearing list (read, 50 conn)', read],
    ] as const) {
      add(`${name} throughput`, result.requests.average, 'req/s');
      add(`${name} p50`, result.latency.p50, 'ms');
      add(`${name} p99`, result.latency.p99, 'ms');
      // autocannon counts a client timeout (10 s) among its errors too.
      add(`${name} non-2xx + errors`, result.non2xx + result.errors, 'requests');
      // What the failures were (e.g. 409 after the executor's retries on one busy stream).
      for (const [code, stats] of Object.entries(result.statusCodeStats ?? {}))
        if (!code.startsWith('2')) add(`${name} status ${code}`, stats.count ?? 0, 'requests');
      if (result.timeouts) add(`${name} client timeouts`, result.timeouts, 'requests');
    }
    const rss = residentMiB(app.pid);
    if (rss !== undefined) add('app process memory (RSS) after the runs', rss, 'MiB');
    return rows;
  } finally {
    await app.stop();
    await dropTestState({
      schema: store === 'postgres' ? state.schema : undefined,
      redisPrefix: state.redisPrefix,
      dataDir: state.dataDir,
    });
  }
}

/** The app process's resident memory (Linux), e.g. what PGlite costs on the embedded store. */
function residentMiB(pid: number | undefined): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function benchHttp(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const store of STORES) rows.push(...(await benchStore(store)));
  return rows;
}

if (require.main === module) {
  benchHttp().then(
    (rows) => {
      console.table(rows);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
