/**
 * Issue 20, item 7: reminders that cannot vanish. Redis is a cache of the event store; when it
 * loses the deadline jobs (restarted empty, flushed), the app notices by itself, says so on
 * /health, rebuilds them from the log, and a reminder whose time passed meanwhile is issued
 * once, marked late. On the embedded store (one process's database), `cli deadlines reconcile`
 * asks the running server to do it.
 */
import { CommandExecutor, EventStore } from '@app/event-store';
import { caseStreamId } from '@app/kernel';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { DeadlineScheduler } from '@app/scheduling';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deadlinesCommand } from '../apps/cli/src/commands/deadlines-command';
import { eventually } from './support/eventually';
import { deleteRedisPrefix, startTestApp, uniqueName, type TestApp } from './support/test-app';

const iso = (ms: number) => new Date(ms).toISOString();
const SECRET = 'e2e-secret-not-for-production';

describe('deadline jobs Redis lost are rebuilt from the log (embedded store, real Redis and BullMQ)', () => {
  const redisPrefix = uniqueName('lost');
  const dataDir = mkdtempSync(join(tmpdir(), 'council-lost-'));
  const councilId = uniqueName('c');
  let t: TestApp;

  const start = () =>
    startTestApp({ store: 'embedded', redisPrefix, dataDir, env: { DEADLINE_CHECK_MS: '4000' } });
  const reminders = async (hearingId: string) =>
    (await t.app.get(EventStore).readStream(caseStreamId('hearing', councilId, hearingId))).filter(
      (e) => e.type === 'RemindersIssued',
    );
  const jobsOf = async (hearingId: string) =>
    (await t.app.get(DeadlineScheduler).queue.getJobs(['delayed', 'waiting', 'active'])).filter(
      (job) => job.data.streamId === caseStreamId('hearing', councilId, hearingId),
    );
  const open = async (id: string, remindAt: number, inputDeadline: number) => {
    const secretary = t.token({ personId: 'sofie', role: 'secretary', councilId });
    await t.http
      .post(`/api/councils/${councilId}/hearings`)
      .set(t.auth(secretary))
      .send({
        id,
        title: `Høring ${id}`,
        issuingBody: 'Region Hovedstaden',
        responseDeadline: iso(Date.now() + 3_600_000),
        inputDeadline: iso(inputDeadline),
        reminderOffsets: [`PT${Math.round((inputDeadline - remindAt) / 1000)}S`],
      })
      .expect(201);
    await eventually(async () => (await jobsOf(id)).length === 4, { what: 'the hearing’s four jobs' });
  };

  beforeAll(async () => {
    t = await start();
    await seedCouncil(t.app.get(CommandExecutor), councilId, { members: ['anna', 'bo'], secretary: 'sofie' });
  }, 60_000);

  afterAll(async () => {
    await t?.close({ keep: true });
    await deleteRedisPrefix(redisPrefix);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('notices a flush while it runs: /health degraded, then rebuilt by itself, the reminder given once', async () => {
    const id = uniqueName('h');
    const now = Date.now();
    await open(id, now + 12_000, now + 20_000);
    expect((await t.http.get('/health').expect(200)).body).toMatchObject({
      status: 'ok',
      deadlines: { status: 'ok', missingJobs: 0 },
    });

    await deleteRedisPrefix(redisPrefix);
    const degraded = await eventually(
      async () => {
        const res = await t.http.get('/health');
        return res.body.status === 'degraded' && res;
      },
      { timeoutMs: 3_000, what: '/health to say degraded' },
    );
    expect(degraded.status).toBe(200);
    expect(degraded.body.deadlines.status).toBe('missing');

    await eventually(async () => (await t.http.get('/health')).body.status === 'ok', {
      timeoutMs: 10_000,
      what: 'the jobs rebuilt from the log and /health ok again',
    });
    expect((await jobsOf(id)).map((job) => job.data.deadline.id).sort()).toEqual([
      'input',
      'input-remind-PT8S',
      'response',
      'response-remind-PT8S',
    ]);
    const [reminder] = await eventually(async () => (await reminders(id)).length > 0 && reminders(id), {
      timeoutMs: 15_000,
      what: 'the reminder',
    });
    expect(reminder.data).toMatchObject({ deadline: 'input', recipients: ['anna', 'bo'] });
    expect(reminder.data).not.toHaveProperty('late');
  }, 60_000);

  it('after a restart, issues once and marks late a reminder that fell due while its job was lost; the CLI reconciles through the running server', async () => {
    const id = uniqueName('h');
    const now = Date.now();
    const remindAt = now + 5_000;
    await open(id, remindAt, now + 60_000);

    await t.close({ keep: true });
    await deleteRedisPrefix(redisPrefix);
    await eventually(() => Date.now() > remindAt + 500, {
      timeoutMs: 10_000,
      what: 'the reminder’s time to pass',
    });
    t = await start();

    const [late] = await eventually(async () => (await reminders(id)).length > 0 && reminders(id), {
      timeoutMs: 15_000,
      what: 'the missed reminder',
    });
    expect(late.data).toMatchObject({ deadline: 'input', remindAt: iso(remindAt), late: true });

    // The CLI beside the running server (PGlite cannot be opened twice): the server reconciles.
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await deadlinesCommand.run(['reconcile', '--url', t.url], { AUTH_SECRET: SECRET, DATA_DIR: dataDir });
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/^reconciled \d+ streams: /));
    } finally {
      log.mockRestore();
    }
    await eventually(
      async () =>
        (await t.app.get(DeadlineScheduler).queue.getJobs(['waiting', 'active'])).every(
          (job) => job.data.streamId !== caseStreamId('hearing', councilId, id),
        ),
      { what: 'no job of the hearing left to run' },
    );
    expect(await reminders(id)).toHaveLength(1);
  }, 90_000);
});
