import { AsyncLocalStorage } from 'node:async_hooks';

interface WriteScope {
  lastPosition?: number;
  /** Streams this request has already caught up with the store (CommandExecutor). */
  read?: Set<string>;
}

const storage = new AsyncLocalStorage<WriteScope>();

/**
 * Remembers, per request, the global position of the last event it appended, so the HTTP layer
 * can hold the answer until the read models have caught up (read-your-writes: a secretary who
 * opens a hearing sees it in the list on the next click).
 */
export const WriteContext = {
  run<T>(fn: () => T): T {
    return storage.run({}, fn);
  },
  noteAppended(position: number): void {
    const scope = storage.getStore();
    if (scope && (scope.lastPosition === undefined || position > scope.lastPosition))
      scope.lastPosition = position;
  },
  noteRead(streamId: string): void {
    const scope = storage.getStore();
    if (scope) (scope.read ??= new Set()).add(streamId);
  },
  readBefore(streamId: string): boolean {
    return storage.getStore()?.read?.has(streamId) ?? false;
  },
  /** After a conflict every stream is read again: the retry decides on the store as it is now. */
  forgetReads(): void {
    const scope = storage.getStore();
    if (scope) scope.read = undefined;
  },
  /** True while a write request is being handled (SQL counted on its path, sql-counters.ts). */
  inScope(): boolean {
    return storage.getStore() !== undefined;
  },
  lastPosition(): number | undefined {
    return storage.getStore()?.lastPosition;
  },
};
