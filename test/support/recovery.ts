import { eventually } from './eventually';
import { uniqueName, type TestApp } from './test-app';

/**
 * After a store outage ends: `/health` is 200 again, a write succeeds, and the hearing list read
 * model shows it, so the projections resumed by themselves and not only the event store.
 */
export async function expectRecovered(
  t: TestApp,
  hearingsPath: string,
  secretary: { Authorization: string },
  hearing: (id: string) => object,
): Promise<void> {
  await eventually(async () => (await t.http.get('/health')).status === 200, {
    timeoutMs: 10_000,
    what: '/health 200',
  });
  const id = uniqueName('h');
  await eventually(
    async () => (await t.http.post(hearingsPath).set(secretary).send(hearing(id))).status === 201,
    { timeoutMs: 10_000, what: 'a write to succeed again' },
  );
  await eventually(
    async () => {
      const list = await t.http.get(hearingsPath).set(secretary);
      return list.status === 200 && (list.body as { id: string }[]).some((row) => row.id === id);
    },
    { timeoutMs: 15_000, what: 'the list read model to show the new hearing' },
  );
}
