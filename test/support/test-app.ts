/**
 * The real app for end-to-end suites: the same `createApp` that `npm start` runs, listening on a
 * random port, with its own PostgreSQL schema (or an in-memory embedded store), its own Redis
 * key prefix, its own data dir, and real BullMQ workers. `close()` removes all of it.
 *
 *   const t = await startTestApp();                      // PostgreSQL schema, workers on
 *   const t = await startTestApp({ store: 'embedded' }); // PGlite in a temp dir
 *   const admin = t.token({ personId: 'admin-1', role: 'admin' });
 *   await t.http.post('/api/councils').set(t.auth(admin)).send({...}).expect(201);
 *   await t.close();
 */
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { TokenService } from '@app/access';
import type { Role } from '@app/kernel';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig, type AppConfig } from '@app/composition';
import { OpenApiConformance } from './openapi-conformance';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestAppOptions {
  store?: 'postgres' | 'embedded';
  runWorkers?: boolean;
  /** Reuse a schema/prefix/dataDir (e.g. a restart); by default each app gets fresh ones. */
  schema?: string;
  redisPrefix?: string;
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  config: AppConfig;
  url: string;
  token(claims: { personId: string; role: Role; councilId?: string; expiresIn?: string }): string;
  auth(token: string): { Authorization: string };
  /** Every exchange so far checked against the served OpenAPI document. */
  conformance: OpenApiConformance;
  /**
   * Stops the app; with `keep`, its schema, Redis keys and data dir stay for a restart. Throws
   * (after cleaning up) when an exchange broke the OpenAPI document.
   */
  close(options?: { keep?: boolean }): Promise<void>;
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const store = options.store ?? 'postgres';
  const schema = options.schema ?? uniqueName('e2e');
  const redisPrefix = options.redisPrefix ?? uniqueName('e2e');
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'council-e2e-'));
  const config = loadConfig({
    EVENT_STORE: store,
    DATABASE_URL: store === 'postgres' ? TEST_DATABASE_URL : undefined,
    DATABASE_SCHEMA: schema,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    DATA_DIR: dataDir,
    PORT: '0',
    AUTH_SECRET: 'e2e-secret-not-for-production',
    RUN_WORKERS: options.runWorkers === false ? 'false' : 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Suites send bursts and bad tokens from one address on purpose; the suite on rate limits
    // turns them on.
    RATE_LIMIT_AUTH_FAILURES: '0',
    RATE_LIMIT_WRITES: '0',
    ...options.env,
  });
  const app = await createApp(config);
  const conformance = new OpenApiConformance();
  app.use(conformance.middleware);
  await app.listen(0, '127.0.0.1');
  conformance.use((await request(app.getHttpServer()).get('/docs-json').expect(200)).body);
  const url = await app.getUrl();
  const tokens = app.get(TokenService);
  return {
    app,
    http: request.agent(app.getHttpServer()),
    config,
    conformance,
    url: url.replace('[::1]', '127.0.0.1'),
    token: ({ personId, role, councilId, expiresIn }) =>
      tokens.sign({ personId, role, councilId }, expiresIn),
    auth: (token) => ({ Authorization: `Bearer ${token}` }),
    async close({ keep = false } = {}) {
      await app.close();
      if (!keep) {
        await dropTestState({ schema: store === 'postgres' ? schema : undefined, redisPrefix, dataDir });
      }
      if (conformance.violations.length > 0) {
        throw new Error(
          `${conformance.violations.length} exchange(s) broke the OpenAPI document:\n` +
            [...new Set(conformance.violations)].join('\n'),
        );
      }
    },
  };
}

export async function dropTestState({
  schema,
  redisPrefix,
  dataDir,
}: {
  schema?: string;
  redisPrefix?: string;
  dataDir?: string;
}) {
  if (schema) {
    const pg = new Client({ connectionString: TEST_DATABASE_URL });
    await pg.connect();
    await pg.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pg.end();
  }
  if (redisPrefix) await deleteRedisPrefix(redisPrefix);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

export async function deleteRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
