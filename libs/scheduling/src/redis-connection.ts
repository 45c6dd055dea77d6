import { Redis, type RedisOptions } from 'ioredis';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export function redisUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDIS_URL || DEFAULT_REDIS_URL;
}

/**
 * `worker`: BullMQ workers block on Redis and must wait out a reconnect rather than fail a
 * command, so BullMQ requires `maxRetriesPerRequest: null` there.
 * `client`: the scheduler and the like, where an error after a few retries is more useful than
 * a request that hangs while Redis is away.
 * `probe`: health checks: no offline queue, so a ping fails at once while disconnected instead
 * of piling up until Redis comes back.
 */
export type RedisRole = 'worker' | 'client' | 'probe';

export function createRedisConnection(url: string, role: RedisRole, extra: RedisOptions = {}): Redis {
  const byRole: Record<RedisRole, RedisOptions> = {
    worker: { maxRetriesPerRequest: null, enableReadyCheck: false },
    client: { maxRetriesPerRequest: 3 },
    probe: { maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 1_000 },
  };
  // A socket still connecting when we disconnect (Redis down at shutdown) is otherwise kept for
  // 2 s, holding the process open.
  return new Redis(url, { disconnectTimeout: 200, ...byRole[role], ...extra });
}
