import { describeEventStoreContract } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

const url = process.env.KURRENTDB_URL;

if (url) {
  describeEventStoreContract('KurrentDB', async () => KurrentDbEventStore.connect(url, 100), undefined, {
    concurrentWriters: true,
  });
} else {
  console.warn(
    'KurrentDB contract suite skipped: KURRENTDB_URL is not set (no server can run on this machine)',
  );
  describe.skip('EventStore contract: KurrentDB (KURRENTDB_URL is not set)', () => {
    it('needs a KurrentDB server', () => undefined);
  });
}
