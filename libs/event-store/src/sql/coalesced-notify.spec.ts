import { WriteContext } from '@app/kernel';
import { CoalescedNotify } from './coalesced-notify';

describe('CoalescedNotify', () => {
  it('sends one notice for a quiet poke, and ONE more for all the pokes made while it was in flight', async () => {
    const inFlight: (() => void)[] = [];
    let sent = 0;
    const notify = new CoalescedNotify(
      () =>
        new Promise<void>((resolve) => {
          sent++;
          inFlight.push(resolve);
        }),
    );
    notify.poke();
    expect(sent).toBe(1);
    for (let i = 0; i < 10; i++) notify.poke();
    expect(sent).toBe(1);
    inFlight.shift()!();
    await new Promise((r) => setImmediate(r));
    expect(sent).toBe(2);
    inFlight.shift()!();
    await notify.settled();
    expect(sent).toBe(2);
    notify.poke();
    expect(sent).toBe(3);
    inFlight.shift()!();
    await notify.settled();
  });

  it('keeps going after a failed send: a lost notice costs a listener one poll, never the next notice', async () => {
    let calls = 0;
    const notify = new CoalescedNotify(async () => {
      calls++;
      if (calls === 1) throw new Error('connection lost');
    });
    notify.poke();
    await notify.settled();
    notify.poke();
    await notify.settled();
    expect(calls).toBe(2);
  });

  it("sends outside the poking write's scope: the answer does not wait for it", async () => {
    const scopes: boolean[] = [];
    const notify = new CoalescedNotify(async () => {
      scopes.push(WriteContext.inScope());
    });
    await WriteContext.run(async () => {
      expect(WriteContext.inScope()).toBe(true);
      notify.poke();
      await notify.settled();
    });
    expect(scopes).toEqual([false]);
  });
});
