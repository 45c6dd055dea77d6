/**
 * Issue 14, item 6 and issue 20, item 10, on the real app (createApp, PostgreSQL, Redis):
 * - overload: a burst larger than the bound of requests in flight gets 503 with Retry-After at
 *   once for what does not fit, and every write answered 2xx is in the log;
 * - rate limits: failed and missing authentication per client address, and writes per token,
 *   answer 429 with Retry-After and the IETF draft's RateLimit and RateLimit-Policy fields.
 */
import { CommandExecutor, EventStore } from '@app/event-store';
import { caseStreamId } from '@app/kernel';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const hearing = (id: string) => ({
  id,
  title: `Høring ${id}`,
  issuingBody: 'Region Hovedstaden',
  responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
});

describe('overload: a bounded queue of requests in flight', () => {
  let t: TestApp;
  const councilId = uniqueName('busy');

  beforeAll(async () => {
    t = await startTestApp({
      env: { HTTP_MAX_IN_FLIGHT: '4', HTTP_MAX_QUEUED: '4', HTTP_QUEUE_WAIT_MS: '1000' },
    });
    await seedCouncil(t.app.get(CommandExecutor), councilId, { members: ['anna'], secretary: 'sofie' });
  }, 60_000);
  afterAll(() => t?.close(), 60_000);

  it('refuses what does not fit at once with 503 and Retry-After; every 2xx write is in the log', async () => {
    const secretary = t.auth(t.token({ personId: 'sofie', role: 'secretary', councilId }));
    const ids = Array.from({ length: 60 }, (_, i) => `burst-${i}`);
    const answers = await Promise.all(
      ids.map(async (id) => {
        const started = Date.now();
        const res = await fetch(`${t.url}/api/councils/${councilId}/hearings`, {
          method: 'POST',
          headers: { ...secretary, 'Content-Type': 'application/json' },
          body: JSON.stringify(hearing(id)),
        });
        return {
          id,
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          ms: Date.now() - started,
        };
      }),
    );
    const refused = answers.filter((a) => a.status === 503);
    const written = answers.filter((a) => a.status === 201);
    expect(refused.length).toBeGreaterThan(0);
    expect(written.length).toBeGreaterThan(0);
    expect(refused.length + written.length).toBe(ids.length);
    for (const a of refused) expect(a.retryAfter).toBe('1');
    // Refused without waiting its turn: not the ten seconds a request waited before the bound, with
    // room for a loaded 2-core machine.
    expect(Math.min(...refused.map((a) => a.ms))).toBeLessThan(5_000);

    const store = t.app.get(EventStore);
    for (const { id } of written) {
      const events = await store.readStream(caseStreamId('hearing', councilId, id));
      expect({ id, opened: events[0]?.type }).toEqual({ id, opened: 'HearingOpened' });
    }
    for (const { id } of refused)
      expect(await store.readStream(caseStreamId('hearing', councilId, id))).toEqual([]);
  }, 60_000);
});

describe('rate limits', () => {
  let t: TestApp;
  const councilId = uniqueName('rl');

  beforeAll(async () => {
    t = await startTestApp({
      env: { RATE_LIMIT_AUTH_FAILURES: '5', RATE_LIMIT_WRITES: '3', RATE_LIMIT_WINDOW_MS: '60000' },
    });
    await seedCouncil(t.app.get(CommandExecutor), councilId, { members: ['anna'], secretary: 'sofie' });
  }, 60_000);
  afterAll(() => t?.close(), 60_000);

  it('limits failed and missing authentication per address, and lets a valid token through', async () => {
    const path = `/api/councils/${councilId}/hearings`;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.http.get(path).set(i % 2 ? { Authorization: 'Bearer nonsense' } : {});
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const limited = await t.http.get(path);
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({
      status: 429,
      title: 'Too Many Requests',
      code: 'too_many_requests',
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['ratelimit-policy']).toMatch(/^"auth-failures"; q=5; w=60\b/);
    expect(limited.headers['ratelimit']).toMatch(/^"auth-failures"; r=0; t=\d+/);

    const anna = t.token({ personId: 'anna', role: 'member', councilId });
    await t.http.get(path).set(t.auth(anna)).expect(200);
  });

  it('limits writes per token, never reads', async () => {
    const token = t.token({ personId: 'sofie', role: 'secretary', councilId });
    const path = `/api/councils/${councilId}/hearings`;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (
          await t.http
            .post(path)
            .set(t.auth(token))
            .send(hearing(`rl-${i}`))
        ).status,
      );
    expect(statuses).toEqual([201, 201, 201, 429]);
    const refused = await t.http.post(path).set(t.auth(token)).send(hearing('rl-x'));
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.headers['ratelimit-policy']).toMatch(/^"writes"; q=3; w=60\b/);
    await t.http.get(path).set(t.auth(token)).expect(200);
    const store = t.app.get(EventStore);
    // The stream is the council's (its namespace); the one written before the refusal is there.
    expect(await store.readStream(caseStreamId('hearing', councilId, 'rl-0'))).not.toEqual([]);
    expect(await store.readStream(caseStreamId('hearing', councilId, 'rl-x'))).toEqual([]);

    // Another token of the same person is its own count.
    const other = t.token({ personId: 'sofie', role: 'secretary', councilId, expiresIn: '2h' });
    await t.http.post(path).set(t.auth(other)).send(hearing('rl-other')).expect(201);
  });
});
