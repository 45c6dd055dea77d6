import type { Redis } from 'ioredis';

/**
 * Which job ids we scheduled per stream, so a reconcile removes stale jobs without scanning the
 * queue. The keys live inside the queue's own namespace (`<prefix>:<queue>:`): BullMQ job ids can
 * never contain ':', so they cannot collide, and obliterating the queue drops the index with it.
 */
export class DeadlineIndex {
  private readonly base: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    queueName: string,
  ) {
    this.base = `${prefix}:${queueName}`;
  }

  private streamKey(streamId: string): string {
    return `${this.base}:deadline-index:${streamId}`;
  }

  private get streamsKey(): string {
    return `${this.base}:deadline-streams`;
  }

  private get completeKey(): string {
    return `${this.base}:deadline-complete`;
  }

  /** Marks that every stream was reconciled from the log (at `at`, Redis microseconds). */
  async markComplete(at: number): Promise<void> {
    await this.redis.set(this.completeKey, String(at));
  }

  /** When the last full reconcile began listing, or undefined when Redis has lost that mark. */
  async completedAt(): Promise<number | undefined> {
    const value = await this.redis.get(this.completeKey);
    return value === null ? undefined : Number(value);
  }

  /** Every indexed job id, over all streams. */
  async allJobIds(): Promise<string[]> {
    const streams = await this.streamIds();
    if (streams.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const streamId of streams) pipeline.smembers(this.streamKey(streamId));
    const replies = (await pipeline.exec()) ?? [];
    return replies.flatMap(([error, ids]) => {
      if (error) throw error;
      return ids as string[];
    });
  }

  jobIds(streamId: string): Promise<string[]> {
    return this.redis.smembers(this.streamKey(streamId));
  }

  streamIds(): Promise<string[]> {
    return this.redis.smembers(this.streamsKey);
  }

  /** Called before the jobs are added, so a crash in between leaves no job the index does not know. */
  async add(streamId: string, jobIds: string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await this.redis
      .multi()
      .sadd(this.streamKey(streamId), ...jobIds)
      .sadd(this.streamsKey, streamId)
      .exec();
  }

  async forget(streamId: string, jobIds: string[]): Promise<void> {
    if (jobIds.length === 0) return;
    await this.redis.srem(this.streamKey(streamId), ...jobIds);
  }

  /** Drops the stream from the set of indexed streams once it has no jobs left (under its lock). */
  async dropIfEmpty(streamId: string): Promise<void> {
    const count = await this.redis.scard(this.streamKey(streamId));
    if (count === 0) await this.redis.srem(this.streamsKey, streamId);
  }
}
