/**
 * Issue 8, "an accepted write is never lost": the app runs as a child process and is killed with
 * SIGKILL (no shutdown hook, as in a crash or an OOM kill) in the middle of a burst of writes from
 * clients that log every write the server acknowledged. After a restart on the same data every
 * acknowledged write is there, and the list read model has caught up with all of them.
 */
import { AppProcess, bearer, call, freshAppState, seedCouncilOverHttp } from './support/process-harness';
import { eventually } from './support/eventually';
import { dropTestState } from './support/test-app';

const CLIENTS = 8;

describe.each(['embedded', 'postgres'] as const)('SIGKILL during a burst of writes (%s store)', (store) => {
  const state = freshAppState(store, 'crash');
  let app: AppProcess | undefined;

  afterAll(async () => {
    await app?.kill();
    await dropTestState({
      schema: store === 'postgres' ? state.schema : undefined,
      redisPrefix: state.redisPrefix,
      dataDir: state.dataDir,
    });
  });

  it('keeps every acknowledged write', async () => {
    app = await AppProcess.start(state);
    const councilId = 'crash-council';
    await seedCouncilOverHttp(app.url, councilId, ['anna']);
    const secretary = bearer({ personId: 'sofie', role: 'secretary', councilId });
    const hearings = `/api/councils/${councilId}/hearings`;

    const acknowledged: string[] = [];
    const refused: string[] = [];
    let cutOff = 0;
    const url = app.url;
    const client = async (n: number) => {
      for (let i = 0; ; i++) {
        const id = `h-${n}-${i}`;
        try {
          const answer = await call(`${url}${hearings}`, {
            method: 'POST',
            headers: secretary,
            body: {
              id,
              title: `Høring ${id}`,
              issuingBody: 'Region Hovedstaden',
              responseDeadline: '2030-01-28T23:59:00+01:00',
            },
            timeoutMs: 20_000,
          });
          if (answer.status === 201) acknowledged.push(id);
          else refused.push(`${id}: ${answer.status}`);
        } catch {
          // The connection died with the process: this write was never acknowledged.
          cutOff++;
          return;
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
    await eventually(() => acknowledged.length >= 60, { timeoutMs: 60_000, what: '60 acknowledged writes' });
    await app.kill('SIGKILL');
    await Promise.all(clients);

    expect(refused).toEqual([]);
    // The kill landed while writes were in flight, or the test proves nothing.
    expect(cutOff).toBeGreaterThan(0);

    app = await AppProcess.start(state);
    const missing: string[] = [];
    for (let i = 0; i < acknowledged.length; i += 10) {
      const answers = await Promise.all(
        acknowledged
          .slice(i, i + 10)
          .map((id) => call(`${app!.url}${hearings}/${id}`, { headers: secretary })),
      );
      answers.forEach((answer, j) => {
        if (answer.status !== 200) missing.push(`${acknowledged[i + j]}: ${answer.status}`);
      });
    }
    expect(missing).toEqual([]);

    // The list read model, whose checkpoint moves in the same transaction as its rows, resumes
    // and shows every acknowledged hearing (and at most the few that were cut off after commit).
    const listed = await eventually(
      async () => {
        const answer = await call(`${app!.url}${hearings}`, { headers: secretary });
        const ids = new Set((answer.body as { id: string }[]).map((row) => row.id));
        return acknowledged.every((id) => ids.has(id)) && ids;
      },
      { timeoutMs: 20_000, what: 'the list to show every acknowledged hearing' },
    );
    expect(listed.size).toBeGreaterThanOrEqual(acknowledged.length);
    expect(listed.size).toBeLessThanOrEqual(acknowledged.length + cutOff);
  }, 180_000);
});
