import { describeEventStoreContract } from '../testing/event-store.contract';
import { KurrentDbDouble } from '../testing/kurrentdb-double/kurrentdb-double';
import { KurrentDbEventStore } from './kurrentdb-event-store';

const url = process.env.KURRENTDB_URL;

// The one source of truth for a real server: runs only where one is reachable.
if (url) {
  describeEventStoreContract(
    'KurrentDB (real server at KURRENTDB_URL)',
    async () => KurrentDbEventStore.connect(url, 100),
    undefined,
    {
      concurrentWriters: true,
    },
  );
} else {
  // test/global-setup.js prints the one line that says this suite is skipped and why.
  describe.skip('EventStore contract: KurrentDB real server (KURRENTDB_URL is not set)', () => {
    it('needs a KurrentDB server', () => undefined);
  });
}

// Everywhere: the unchanged adapter and the official client against the in-memory protocol
// double, once with BatchAppend advertised (as KurrentDB does) and once without (Streams.Append).
for (const batchAppend of [true, false]) {
  const label = `KurrentDB adapter against the in-memory protocol double (${batchAppend ? 'BatchAppend advertised' : 'Streams.Append only'}), not a real server`;
  const doubles = new Map<KurrentDbEventStore, KurrentDbDouble>();
  describeEventStoreContract(
    label,
    async () => {
      const double = await KurrentDbDouble.start({ batchAppend });
      console.log(`${label}: ${double.url}`);
      const store = KurrentDbEventStore.connect(double.url, 100);
      doubles.set(store, double);
      return store;
    },
    async (store) => {
      await store.close();
      await doubles.get(store as KurrentDbEventStore)?.close();
    },
    { concurrentWriters: true },
  );
}
