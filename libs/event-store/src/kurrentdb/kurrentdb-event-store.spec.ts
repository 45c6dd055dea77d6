import { describeEventStoreContract } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

const url = process.env.KURRENTDB_URL;

if (url) {
  describeEventStoreContract('KurrentDB', async () => KurrentDbEventStore.connect(url, 100), undefined, {
    concurrentWriters: true,
  });
} else {
  // test/global-setup.js prints the one line that says this suite is skipped and why.
  describe.skip('EventStore contract: KurrentDB (KURRENTDB_URL is not set)', () => {
    it('needs a KurrentDB server', () => undefined);
  });
}
