import { startTestApp, type TestApp } from './support/test-app';

// The shell every feature stands on, on both SQL stores: health, docs, auth, the error shapes.
describe.each(['embedded', 'postgres'] as const)('the HTTP shell on the %s store', (store) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ store });
    // A start is seconds alone; over a minute on a 2-core machine shared with other suites.
  }, 180_000);
  afterAll(() => t?.close());

  it('reports the event store and Redis as up, and names the store and schema in use', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      eventStore: 'up',
      redis: 'up',
      store:
        store === 'embedded'
          ? `embedded at ${t.config.dataDir}/event-store`
          : `postgres 127.0.0.1:5432/test schema ${t.config.databaseSchema}`,
      deadlines: { status: 'ok', missingJobs: 0 },
    });
  });

  it('serves the OpenAPI description with the feature routes', async () => {
    await t.http.get('/docs').expect(200).expect('content-type', /html/);
    const spec = await t.http.get('/docs-json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/api/councils', '/api/councils/{councilId}/hearings']),
    );
  });

  it('answers 401 without a token and with a forged one', async () => {
    await t.http.get('/api/councils/c1').expect(401);
    await t.http.get('/api/councils/c1').set({ Authorization: 'Bearer not.a.token' }).expect(401);
  });

  it('refuses malformed, too deep and too large JSON without a stack trace', async () => {
    const admin = t.auth(t.token({ personId: 'admin-1', role: 'admin' }));
    const bad = await t.http
      .post('/api/councils')
      .set(admin)
      .set('content-type', 'application/json')
      .send('{"id":');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.js/);
    const deep = '['.repeat(100) + ']'.repeat(100);
    await t.http
      .post('/api/councils')
      .set(admin)
      .set('content-type', 'application/json')
      .send(deep)
      .expect(400);
    const big = JSON.stringify({ id: 'c1', name: 'x'.repeat(300 * 1024) });
    await t.http
      .post('/api/councils')
      .set(admin)
      .set('content-type', 'application/json')
      .send(big)
      .expect(413);
  });

  it('names every field at fault and refuses unknown fields', async () => {
    const admin = t.auth(t.token({ personId: 'admin-1', role: 'admin' }));
    const res = await t.http.post('/api/councils').set(admin).send({ name: 42, colour: 'red' }).expect(400);
    expect(Object.keys(res.body.fields)).toEqual(expect.arrayContaining(['name', 'colour']));
  });

  it('sets the security headers', async () => {
    const res = await t.http.get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
