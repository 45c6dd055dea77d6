/**
 * Issue 20, the edge: text the stores cannot hold (a NUL byte, a lone UTF-16 surrogate) and keys
 * that would reach an object's prototype are refused with a 400 on every route, wherever they are
 * (path, query, body), and append nothing; the revision is the ETag, so what a GET sends back
 * round-trips as `If-Match` (RFC 9110).
 */
import { EventStore } from '@app/event-store';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

describe('the edge refuses input the stores cannot hold, and the ETag is the revision', () => {
  let t: TestApp;
  let store: EventStore;
  let sec: { Authorization: string };
  let head = -1;
  const councilId = uniqueName('edge');
  const hearingId = 'h-edge-1';
  const hearings = `/api/councils/${councilId}/hearings`;

  const appendedSince = async (): Promise<number> => {
    const batch = await store.readAll({ after: head, maxCount: 1000 });
    if (batch.length > 0) head = batch[batch.length - 1].position;
    return batch.length;
  };
  const hearing = (fields: Record<string, unknown> = {}) => ({
    title: 'Høring',
    issuingBody: 'Region Hovedstaden',
    responseDeadline: '2031-01-28T23:59:00+01:00',
    ...fields,
  });

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    store = t.app.get(EventStore);
    const admin = t.auth(t.token({ personId: 'admin-1', role: 'admin' }));
    sec = t.auth(t.token({ personId: 'sofie', role: 'secretary', councilId }));
    await t.http.post('/api/councils').set(admin).send({ id: councilId, name: 'Rådet' }).expect(201);
    await t.http
      .post(`/api/councils/${councilId}/members`)
      .set(sec)
      .send({ personId: 'anna', name: 'Anna', organisation: 'SAND', email: 'anna@example.org' })
      .expect(201);
    await t.http
      .post(hearings)
      .set(sec)
      .send(hearing({ id: hearingId }))
      .expect(201);
    await appendedSince();
  }, 60_000);

  afterAll(() => t?.close());

  describe('NUL bytes and lone surrogates (issue 20.3)', () => {
    it.each([
      ['a NUL in a path id', `${hearings}/%00`],
      ['a NUL inside a path id', `${hearings}/a%00b`],
      ['a lone surrogate in a path id', `${hearings}/a%ED%A0%80b`],
      ['a NUL in the council id', `/api/councils/c%00/hearings`],
      ['a NUL in a query value', `${hearings}?status=%00`],
      ['a NUL in a query key', `${hearings}?st%00atus=open`],
    ])('refuses %s with 400', async (_what, path) => {
      const res = await t.http.get(path).set(sec);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.body.status).toBe(400);
    });

    it.each([
      ['a NUL', 'a\u0000b'],
      ['a lone high surrogate', 'a\ud800b'],
      ['a lone low surrogate', 'a\udc00b'],
    ])(
      'refuses %s in any text field of a body with 400 naming the field, appending nothing',
      async (_what, text) => {
        const opened = await t.http
          .post(hearings)
          .set(sec)
          .send(hearing({ title: text }));
        expect(opened.status).toBe(400);
        expect(opened.body.fields).toHaveProperty('title');
        const nested = await t.http
          .post(hearings)
          .set(sec)
          .send(hearing({ material: [{ title: text, url: 'https://example.org/a.pdf' }] }));
        expect(nested.status).toBe(400);
        expect(nested.body.fields).toHaveProperty(['material.0.title']);
        const input = await t.http
          .post(`${hearings}/${hearingId}/inputs`)
          .set(sec)
          .send({ text, onBehalfOf: 'anna' });
        expect(input.status).toBe(400);
        expect(await appendedSince()).toBe(0);
      },
    );

    it.each([['a~b'], ['a b'], ['-a'], ['a'.repeat(101)]])(
      'refuses a path id %p the id rule refuses, naming the parameter',
      async (id) => {
        const res = await t.http.get(`${hearings}/${encodeURIComponent(id)}`).set(sec);
        expect(res.status).toBe(400);
        expect(res.body.fields).toHaveProperty('hearingId');
      },
    );

    it('still accepts a well-formed pair of surrogates (an emoji) and other Unicode', async () => {
      const res = await t.http
        .post(hearings)
        .set(sec)
        .send(hearing({ id: 'h-edge-emoji', title: 'Høring 🙂 æøå' }));
      expect(res.status).toBe(201);
      expect(await appendedSince()).toBeGreaterThan(0);
    });
  });

  describe('dates in impossible order (issue 20.4)', () => {
    it('refuses a response deadline before the hearing was received, naming the field', async () => {
      const res = await t.http
        .post(hearings)
        .set(sec)
        .send(
          hearing({ receivedAt: '2025-02-01T09:00:00+01:00', responseDeadline: '2025-01-28T23:59:00+01:00' }),
        );
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty('responseDeadline');
    });

    it('refuses input recorded on a member’s behalf before the hearing was received, naming occurredAt', async () => {
      const res = await t.http
        .post(`${hearings}/${hearingId}/inputs`)
        .set(sec)
        .send({ text: 'Sagt på mødet', onBehalfOf: 'anna', occurredAt: '2019-01-10T10:00:00+01:00' });
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty('occurredAt');
      expect(await appendedSince()).toBe(0);
    });
  });

  describe('__proto__ and constructor keys (issue 20.12)', () => {
    it.each([
      [
        '__proto__ at the top',
        `{"__proto__":{"x":1},"title":"Høring","issuingBody":"R","responseDeadline":"2031-01-28T23:59:00+01:00"}`,
        '__proto__',
      ],
      [
        'constructor at the top',
        `{"constructor":{"name":"x"},"title":"Høring","issuingBody":"R","responseDeadline":"2031-01-28T23:59:00+01:00"}`,
        'constructor',
      ],
      [
        '__proto__ nested',
        `{"title":"Høring","issuingBody":"R","responseDeadline":"2031-01-28T23:59:00+01:00","material":[{"title":"a","url":"https://example.org/a.pdf","__proto__":{}}]}`,
        'material.0.__proto__',
      ],
    ])('refuses %s with 400 naming it, like any other unknown key', async (_what, body, field) => {
      const res = await t.http.post(hearings).set(sec).set('Content-Type', 'application/json').send(body);
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty([field]);
      expect(await appendedSince()).toBe(0);
    });

    it('refuses __proto__ in a query string', async () => {
      const res = await t.http.get(`${hearings}?__proto__=x`).set(sec);
      expect(res.status).toBe(400);
    });
  });

  describe('the ETag is the revision (issue 20.11)', () => {
    it('a GET sends ETag "<revision>", and sending it back as If-Match is accepted', async () => {
      const read = await t.http.get(`${hearings}/${hearingId}`).set(sec).expect(200);
      expect(read.headers.etag).toBe(`"${read.body.revision}"`);
      const write = await t.http
        .post(`${hearings}/${hearingId}/inputs`)
        .set(sec)
        .set('If-Match', read.headers.etag)
        .send({ text: 'Et input', onBehalfOf: 'anna' });
      expect(write.status).toBe(200);
      expect(write.headers.etag).toBe(`"${write.body.revision}"`);
      expect(write.body.revision).toBeGreaterThan(read.body.revision);
      await appendedSince();
    });

    it('the bare number still works, a stale ETag is a 409 and a weak one (never sent) is refused', async () => {
      const { body } = await t.http.get(`${hearings}/${hearingId}`).set(sec).expect(200);
      const send = (ifMatch: string) =>
        t.http
          .put(`${hearings}/${hearingId}/inputs/mine`)
          .set(t.auth(t.token({ personId: 'anna', role: 'member', councilId })))
          .set('If-Match', ifMatch)
          .send({ text: `Revideret ${ifMatch}` });
      expect((await send(`"${body.revision - 1}"`)).status).toBe(409);
      expect((await send(`W/"${body.revision}"`)).status).toBe(400);
      expect(await appendedSince()).toBe(0);
      expect((await send(String(body.revision))).status).toBe(200);
    });

    it('a conditional GET with the ETag is a 304', async () => {
      const read = await t.http.get(`${hearings}/${hearingId}`).set(sec).expect(200);
      await t.http
        .get(`${hearings}/${hearingId}`)
        .set(sec)
        .set('If-None-Match', read.headers.etag)
        .expect(304);
    });
  });
});
