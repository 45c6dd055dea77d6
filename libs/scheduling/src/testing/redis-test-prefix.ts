import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** A key prefix of its own per suite, so suites running side by side never see each other's jobs. */
export function testPrefix(suite: string): string {
  return `test-${suite}-${randomUUID().slice(0, 8)}`;
}

/** Deletes every key under the prefix (SCAN, not KEYS, so a shared Redis is not blocked). */
export async function deleteKeys(redis: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
