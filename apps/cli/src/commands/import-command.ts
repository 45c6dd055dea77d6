import { createInterface } from 'node:readline';
import { importEvents } from '@app/history/transfer/import-events';
import { processIo, withEventStore, type CliIo } from '../cli-context';

/**
 * `npm run cli -- import < council.jsonl` (issue 7): how a council moves from the embedded store
 * to PostgreSQL or KurrentDB. Only into an empty store, keeping ids, revisions, times and actors;
 * read models then follow the log (the running server's projections, or `replay`).
 */
export const importCommand = {
  async run(args: string[], env: NodeJS.ProcessEnv, io: CliIo = processIo()): Promise<void> {
    if (args.length > 0) throw new Error('usage: import < council.jsonl');
    // The iterator is taken now: readline drops lines emitted before anyone iterates, and
    // opening the store takes a while.
    const iterator = createInterface({ input: io.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
    const lines: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
    const result = await withEventStore(env, (store) =>
      importEvents(store, lines, {
        onBatch: (n) => io.stderr.write(`\rimported ${n.toLocaleString('en-US')} events`),
      }),
    );
    io.stderr.write('\n');
    io.stdout.write(`imported ${result.events} events in ${result.streams} streams\n`);
  },
};
