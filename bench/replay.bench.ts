/**
 * Issue 7: the replay rate. Fills an empty store with 100,000 events (BENCH_REPLAY_EVENTS) shaped
 * like a council's log, then rebuilds every read model the app registers (features' lists,
 * timeline, case links) from it, on the embedded store and on PostgreSQL. The seeded events are
 * of a category no feature list keeps, so the figure is mostly the timeline's: read it as the
 * rate of the log scan plus one read model, not of every model at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import Redis from 'ioredis';
import { Client } from 'pg';
import { EventStore, ProjectionRegistry, Projections, ReadModelSql } from '@app/event-store';
import { benchReplay, seedBenchLog, type SqlLike } from '@app/history';
import { AppModule } from '@app/composition';
import { loadConfig } from '@app/composition';
import { BENCH_DATABASE_URL, type BenchRow } from './bench-common';

const EVENTS = Math.max(100_000, Number(process.env.BENCH_REPLAY_EVENTS ?? 100_000));

async function replayOn(adapter: 'embedded' | 'postgres'): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-replay-'));
  const schema = `bench_replay_${process.pid}`;
  const config = loadConfig({
    EVENT_STORE: adapter,
    DATABASE_URL: adapter === 'postgres' ? BENCH_DATABASE_URL : undefined,
    DATABASE_SCHEMA: schema,
    DATA_DIR: dataDir,
    REDIS_PREFIX: schema,
    AUTH_SECRET: 'bench',
    RUN_WORKERS: 'false',
    LOG_LEVEL: 'silent',
  });
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
      logger: false,
      abortOnError: false,
    });
    // Only the rebuild below may write the read models.
    await app.get(Projections).onModuleDestroy();
    const store = app.get(EventStore);
    await seedBenchLog(store, { events: EVENTS });
    const projections = app.get(ProjectionRegistry).all();
    const result = await benchReplay(store, app.get(ReadModelSql) as SqlLike, projections);
    return [
      {
        suite: 'replay',
        adapter,
        metric: `rebuild ${projections.length} read models`,
        value: result.eventsPerSecond,
        unit: 'events/s',
      },
      { suite: 'replay', adapter, metric: 'events replayed', value: result.events, unit: 'events' },
    ];
  } finally {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    await deleteRedisKeys(schema);
    if (adapter === 'postgres') {
      const pg = new Client({ connectionString: BENCH_DATABASE_URL });
      await pg.connect();
      await pg.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pg.end();
    }
  }
}

/** The app's queue leaves a key or two under its prefix; a benchmark leaves nothing behind. */
async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

export async function benchReplayRate(): Promise<BenchRow[]> {
  return [...(await replayOn('embedded')), ...(await replayOn('postgres'))];
}
