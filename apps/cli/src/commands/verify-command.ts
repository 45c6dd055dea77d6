import { describeChainBreak, verifyHashChains } from '@app/history';
import { processIo, withEventStore, type CliIo } from '../cli-context';

/** Breaks named one by one before the rest are only counted. */
const SHOWN = 20;

/**
 * `npm run cli -- verify` (issue 7, tamper evidence): walks the whole log and names every event
 * whose hash chain breaks, the first one first; exits 1 when any does.
 */
export const verifyCommand = {
  summary: "verify: check every stream's hash chain and name the first event that breaks it",
  async run(_args: string[], env: NodeJS.ProcessEnv, io: CliIo = processIo()): Promise<void> {
    const result = await withEventStore(env, (store) =>
      verifyHashChains(store, {
        onBatch: (checked) => io.stderr.write(`\rchecked ${checked.toLocaleString('en-US')} events`),
      }),
    );
    io.stderr.write('\n');
    if (result.breaks.length === 0) {
      io.stdout.write(`hash chain intact: ${result.events} events in ${result.streams} streams\n`);
      return;
    }
    // The first ones name what to look at; a whole unhashed log would otherwise print every event.
    for (const b of result.breaks.slice(0, SHOWN)) io.stdout.write(`BROKEN ${describeChainBreak(b)}\n`);
    if (result.breaks.length > SHOWN) io.stdout.write(`… and ${result.breaks.length - SHOWN} more\n`);
    throw new Error(
      `${result.breaks.length} of ${result.events} events break the hash chain; the first: ${describeChainBreak(result.breaks[0])}`,
    );
  },
};
