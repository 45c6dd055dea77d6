import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

// Takes the lock and, in the same step, reads the version last applied to the stream and the
// (Redis) time of its last reconcile.
const ACQUIRE = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {1, redis.call('HGET', KEYS[2], ARGV[3]) or '', redis.call('HGET', KEYS[3], ARGV[3]) or ''}
end
return {0, '', ''}`;

// Releases only our own lock (it may have expired and been taken by another). After a reconcile
// that did its work, records the version it applied (never lowering it) and when, in
// microseconds of Redis's clock, the one clock all processes share.
const RELEASE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[4] == '1' then
  if ARGV[3] ~= '' then
    local current = tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '-1')
    if tonumber(ARGV[3]) > current then redis.call('HSET', KEYS[2], ARGV[2], ARGV[3]) end
  end
  local now = redis.call('TIME')
  redis.call('HSET', KEYS[3], ARGV[2], now[1] * 1000000 + now[2])
end
redis.call('DEL', KEYS[1])
return 1`;

export interface StreamLockOptions {
  /**
   * Longer than any one stream's reconcile (a few Redis round trips); only matters when a holder
   * dies mid-way. Keep it well under `waitMs`: a lock left by a killed process must expire
   * before the restarted process's start-up reconcile gives up waiting for it.
   */
  ttlMs?: number;
  waitMs?: number;
}

export interface HeldStreamLock {
  /** The highest stream version applied so far, if any reconcile gave one. */
  appliedVersion?: number;
  /** When the stream was last reconciled, in microseconds of Redis time (see `serverTime`). */
  reconciledAt?: number;
  /** `done`: the reconcile did its work, so record it (with the version it applied, if any). */
  release(done: boolean, appliedVersion?: number): Promise<void>;
}

/**
 * Serialises the reconciles of one stream across schedulers and processes. Without it, two
 * reconciles with different desired sets (one read the stream just before an extension, one
 * just after) interleave their add and remove steps and can leave both the old and the moved
 * job, or let the older view win. The versions keep the older view from undoing the newer once
 * the lock has passed from one to the other.
 */
export class StreamLock {
  private readonly ttlMs: number;
  private readonly waitMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly base: string,
    options: StreamLockOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.waitMs = options.waitMs ?? 30_000;
  }

  private get versionsKey(): string {
    return `${this.base}:deadline-versions`;
  }

  private get reconciledAtKey(): string {
    return `${this.base}:deadline-reconciled-at`;
  }

  /** Redis's clock in microseconds, comparable with `reconciledAt` whichever process asks. */
  async serverTime(): Promise<number> {
    const [seconds, micros] = await this.redis.time();
    return Number(seconds) * 1_000_000 + Number(micros);
  }

  async acquire(streamId: string): Promise<HeldStreamLock> {
    const lockKey = `${this.base}:deadline-lock:${streamId}`;
    const token = randomUUID();
    const until = Date.now() + this.waitMs;
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      const [taken, version, reconciledAt] = (await this.redis.eval(
        ACQUIRE,
        3,
        lockKey,
        this.versionsKey,
        this.reconciledAtKey,
        token,
        this.ttlMs,
        streamId,
      )) as [number, string, string];
      if (taken === 1) {
        return {
          appliedVersion: version === '' ? undefined : Number(version),
          reconciledAt: reconciledAt === '' ? undefined : Number(reconciledAt),
          release: async (done, applied) => {
            await this.redis.eval(
              RELEASE,
              3,
              lockKey,
              this.versionsKey,
              this.reconciledAtKey,
              token,
              streamId,
              applied ?? '',
              done ? '1' : '0',
            );
          },
        };
      }
      if (Date.now() > until)
        throw new Error(`deadlines of ${streamId}: still locked after ${this.waitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
