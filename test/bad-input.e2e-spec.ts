/**
 * Issue 8, "bad input never changes anything": generated bodies, path ids, If-Match headers,
 * query strings and tokens sent to EVERY write endpoint the OpenAPI document lists (so a new
 * endpoint is covered without touching this suite). For every answer: never a 5xx, no event
 * appended when the answer is 4xx (the global log's head is compared before and after), helmet's
 * security headers present, no stack trace or source path in the body. Plus the body limits:
 * JSON nested too deep is 400, a body over the limit is 413.
 */
import fc from 'fast-check';
import { TokenService } from '@app/access';
import { EventStore } from '@app/event-store';
import { SmtpTestServer } from '@app/notifications/testing/smtp-test-server';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

/** Modest, so the suite stays well under a minute; raise BAD_INPUT_RUNS to search harder. */
const RUNS_PER_ENDPOINT = Number(process.env.BAD_INPUT_RUNS ?? 20);
// Seeded, so CI runs the same inputs every time; BAD_INPUT_SEED explores others (a failing run
// prints its seed, which reproduces it).
const SEED = Number(process.env.BAD_INPUT_SEED ?? 20261206);
const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;
type Method = (typeof WRITE_METHODS)[number];

interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  allOf?: SchemaObject[];
}
interface Operation {
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
  parameters?: { name: string; in: string; schema?: SchemaObject }[];
}
interface OpenApi {
  paths: Record<string, Partial<Record<Method | 'get', Operation>>>;
  components?: { schemas?: Record<string, SchemaObject> };
}
interface Endpoint {
  method: Method;
  path: string;
  operation: Operation;
}

describe('bad input to every write endpoint', () => {
  let t: TestApp;
  let store: EventStore;
  let doc: OpenApi;
  let endpoints: Endpoint[];
  let head = -1;
  const councilId = uniqueName('bad');
  const hearingId = 'h-bad-1';
  const tokens: Record<string, string | undefined> = {};

  /** Everything appended since the last look; moves the head. */
  const appendedSince = async (): Promise<number> => {
    let count = 0;
    for (;;) {
      const batch = await store.readAll({ after: head, maxCount: 500 });
      if (batch.length === 0) return count;
      count += batch.length;
      head = batch[batch.length - 1].position;
    }
  };

  // A mail server, so the invitation route is fuzzed as served (without one it is 503 by design).
  const smtp = new SmtpTestServer();
  const savedSmtp = process.env.SMTP_URL;

  beforeAll(async () => {
    process.env.SMTP_URL = await smtp.start();
    // No workers: nothing but the requests below may append.
    t = await startTestApp({ runWorkers: false });
    store = t.app.get(EventStore);
    tokens.admin = t.token({ personId: 'admin-1', role: 'admin' });
    tokens.secretary = t.token({ personId: 'sofie', role: 'secretary', councilId });
    tokens.chair = t.token({ personId: 'bo', role: 'chair', councilId });
    tokens.member = t.token({ personId: 'anna', role: 'member', councilId });
    tokens.evaluator = t.token({ personId: 'eva', role: 'evaluator', councilId });
    tokens.otherCouncil = t.token({ personId: 'sofie', role: 'secretary', councilId: 'elsewhere' });
    tokens.foreignSignature = new TokenService('another-secret').issue({
      personId: 'sofie',
      role: 'secretary',
      councilId,
    });
    const sec = t.auth(tokens.secretary);
    await t.http
      .post('/api/councils')
      .set(t.auth(tokens.admin))
      .send({ id: councilId, name: 'Rådet' })
      .expect(201);
    for (const personId of ['anna', 'bo'])
      await t.http
        .post(`/api/councils/${councilId}/members`)
        .set(sec)
        .send({ personId, name: personId, organisation: `Org ${personId}`, email: `${personId}@example.org` })
        .expect(201);
    // The record, not the token, makes the chair and the secretary (issue 20): the fuzzed
    // requests below may assign another secretary, and Sofie's token must still count.
    await t.http.post(`/api/councils/${councilId}/chair`).set(sec).send({ personId: 'bo' }).expect(200);
    await t.http
      .post(`/api/councils/${councilId}/secretaries`)
      .set(sec)
      .send({ personId: 'sofie', name: 'Sofie', email: 'sofie@example.org' })
      .expect(201);
    await t.http
      .post(`/api/councils/${councilId}/hearings`)
      .set(sec)
      .send({
        id: hearingId,
        title: 'Høring',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: '2031-01-28T23:59:00+01:00',
      })
      .expect(201);

    doc = (await t.http.get('/docs-json').expect(200)).body as OpenApi;
    endpoints = Object.entries(doc.paths).flatMap(([path, item]) =>
      WRITE_METHODS.filter((m) => item[m]).map((method) => ({ method, path, operation: item[method]! })),
    );
    await appendedSince();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await smtp.stop();
    if (savedSmtp === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = savedSmtp;
  });

  it('finds the write endpoints in the OpenAPI document', () => {
    // Councils, hearings, budget and follow-ups each have several; far fewer means the
    // document (and so this suite) lost sight of them.
    expect(endpoints.length).toBeGreaterThanOrEqual(20);
    expect(endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(
      expect.arrayContaining([
        'post /api/councils',
        'post /api/councils/{councilId}/hearings',
        'post /api/councils/{councilId}/hearings/{hearingId}/inputs',
      ]),
    );
  });

  const resolve = (schema: SchemaObject | undefined): SchemaObject | undefined => {
    if (!schema) return undefined;
    if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').pop()!]);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
    return schema;
  };

  /** Values near what the DTO wants (so some requests reach the deciders) and far from it. */
  const valueFor = (raw: SchemaObject | undefined, depth = 0, name = ''): fc.Arbitrary<unknown> => {
    const schema = resolve(raw);
    const wild = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'binary', maxLength: 40 }));
    if (!schema || depth > 3) return wild;
    if (schema.enum?.length) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...schema.enum) }, wild);
    switch (schema.type) {
      case 'string':
        return fc.oneof(
          { weight: 3, arbitrary: plausibleString(name) },
          fc.constantFrom(
            '2031-01-10T09:00:00+01:00',
            '2031-01-10T09:00:00',
            '2031-13-45T99:00:00Z',
            'P7D',
            'https://example.org/a.pdf',
            'anna',
            hearingId,
            councilId,
            '',
            ' ',
            'x'.repeat(5000),
            // Text no store can hold (issue 20.3).
            'a\u0000b',
            'a\ud800b',
            '\udc00',
          ),
          fc.string({ unit: 'grapheme', maxLength: 30 }),
          wild,
        );
      case 'number':
      case 'integer':
        return fc.oneof(
          fc.integer({ min: -5, max: 3000 }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(2031, 0, -1, 1e308, '12'),
          wild,
        );
      case 'boolean':
        return fc.oneof(fc.boolean(), fc.constantFrom('true', 0), wild);
      case 'array':
        return fc.oneof(
          { weight: 3, arbitrary: fc.array(valueFor(schema.items, depth + 1, name), { maxLength: 3 }) },
          wild,
        );
      default:
        if (schema.properties) return fc.oneof(objectFor(schema, depth + 1), wild);
        return wild;
    }
  };

  const objectFor = (schema: SchemaObject, depth: number): fc.Arbitrary<unknown> => {
    const keys = Object.keys(schema.properties ?? {});
    const fields = Object.fromEntries(
      keys.map((key) => [key, valueFor(schema.properties![key], depth, key)]),
    );
    const known = fc.record(fields, { requiredKeys: [] });
    const complete = fc.record(fields, {
      requiredKeys: (schema.required ?? []).filter((k) => keys.includes(k)),
    });
    return fc.oneof(
      { weight: 4, arbitrary: complete },
      { weight: 2, arbitrary: known },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            known,
            // Prototype keys were dropped silently while other unknown keys were a 400 (issue 20.12).
            fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('__proto__', 'constructor')),
            fc.jsonValue({ maxDepth: 1 }),
          )
          .map(([body, key, value]) => ({ ...(body as object), [key]: value })),
      },
    );
  };

  const bodyFor = (endpoint: Endpoint): fc.Arbitrary<{ text: string; json: boolean }> => {
    const schema = resolve(endpoint.operation.requestBody?.content?.['application/json']?.schema);
    const shaped = schema?.properties ? objectFor(schema, 0) : fc.jsonValue({ maxDepth: 3 });
    const tame = schema?.properties ? tameObject(schema) : fc.constant({});
    return fc.oneof(
      { weight: 6, arbitrary: tame.map((body) => ({ text: JSON.stringify(body), json: true })) },
      { weight: 6, arbitrary: shaped.map((body) => ({ text: JSON.stringify(body) ?? '', json: true })) },
      {
        weight: 1,
        arbitrary: fc.jsonValue({ maxDepth: 4 }).map((b) => ({ text: JSON.stringify(b), json: true })),
      },
      {
        weight: 1,
        arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((text) => ({ text, json: true })),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map((text) => ({ text, json: false })) },
    );
  };

  /** A body where every field has the type and look its DTO asks for: these reach the deciders. */
  const tameValue = (raw: SchemaObject | undefined, name: string, depth = 0): fc.Arbitrary<unknown> => {
    const schema = resolve(raw);
    if (!schema || depth > 3) return plausibleString(name);
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'number':
      case 'integer':
        if (/year/i.test(name)) return fc.integer({ min: 2030, max: 2033 });
        if (/amount|budget|total/i.test(name)) return fc.integer({ min: 0, max: 1_000_000 });
        return fc.integer({ min: 1, max: 17 });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(tameValue(schema.items, name, depth + 1), { minLength: 1, maxLength: 3 });
      case 'string':
        return plausibleString(name);
      default:
        if (!schema.properties) return plausibleString(name);
        return tameObject(schema, depth + 1);
    }
  };
  const tameObject = (schema: SchemaObject, depth = 0): fc.Arbitrary<unknown> => {
    const keys = Object.keys(schema.properties ?? {});
    return fc.record(
      Object.fromEntries(keys.map((key) => [key, tameValue(schema.properties![key], key, depth)])),
      { requiredKeys: (schema.required ?? []).filter((k) => keys.includes(k)) },
    );
  };

  /** A value the field's name suggests, so a fair share of bodies pass validation. */
  const plausibleString = (name: string): fc.Arbitrary<string> => {
    if (/url/i.test(name)) return fc.constant('https://example.org/a.pdf');
    if (/email/i.test(name)) return fc.constant('anna@example.org');
    if (/^(at|on|due|asOf)$|At$|On$|Start$|End$|deadline|date|time/i.test(name))
      return fc
        .integer({ min: -30, max: 400 })
        .map((days) =>
          new Date(Date.UTC(2031, 0, 1) + days * 86_400_000).toISOString().replace('Z', '+00:00'),
        );
    if (/offsets?$/i.test(name)) return fc.constantFrom('P7D', 'P2D', 'PT1H');
    if (/person|member|chair|secretary|invited/i.test(name)) return fc.constantFrom('anna', 'bo', 'sofie');
    if (/hearing/i.test(name)) return fc.constant(hearingId);
    if (/council/i.test(name)) return fc.constant(councilId);
    if (/id$/i.test(name)) return fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
    return fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
  };

  const paramFor = (name: string): fc.Arbitrary<string> =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constant(name === 'councilId' ? councilId : name === 'hearingId' ? hearingId : 'x-1'),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'elsewhere',
          '..',
          '%00',
          '\u0000',
          'a\u0000b',
          'a~b',
          'a'.repeat(300),
          'null',
        ),
      },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
    );

  const requestFor = (endpoint: Endpoint) => {
    const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    return fc.record({
      params: fc.tuple(...names.map(paramFor)),
      body: bodyFor(endpoint),
      token: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('secretary', 'member', 'chair') },
        { weight: 2, arbitrary: fc.constantFrom('admin', 'evaluator') },
        { weight: 2, arbitrary: fc.constantFrom('otherCouncil', 'foreignSignature', 'none', 'garbage') },
      ),
      ifMatch: fc.oneof(
        { weight: 5, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.nat({ max: 12 }).map(String) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      ),
      query: fc.dictionary(
        fc.constantFrom('asOf', 'status', 'id', 'x', '__proto__', 'constructor'),
        fc.oneof(fc.string({ maxLength: 20 }), fc.constant('a\u0000b')),
        { maxKeys: 2 },
      ),
    });
  };

  it('never answers 5xx, never appends on a 4xx, always sends the security headers and no stack trace', async () => {
    const seen: Record<string, number> = {};
    for (const endpoint of endpoints) {
      await fc.assert(
        fc.asyncProperty(requestFor(endpoint), async ({ params, body, token, ifMatch, query }) => {
          let i = 0;
          const path = endpoint.path.replace(/\{\w+\}/g, () => encodeURIComponent(params[i++]));
          let req = t.http[endpoint.method](path).query(query);
          if (token === 'garbage') req = req.set('Authorization', 'Bearer not.a.token');
          else if (token !== 'none') req = req.set(t.auth(tokens[token]!));
          if (ifMatch !== undefined) req = req.set('If-Match', ifMatch);
          req = req.set('Content-Type', body.json ? 'application/json' : 'text/plain');
          const res = await req.send(body.text);
          const what = `${endpoint.method.toUpperCase()} ${path} as ${token} -> ${res.status} ${res.text.slice(0, 300)}`;
          const key = `${endpoint.method} ${endpoint.path} ${res.status}`;
          seen[key] = (seen[key] ?? 0) + 1;
          if (process.env.BAD_INPUT_REPORT && res.status === 400) console.log(what);

          expect({ what, status: res.status < 500 }).toEqual({ what, status: true });
          const appended = await appendedSince();
          if (res.status >= 400) expect({ what, appended }).toEqual({ what, appended: 0 });
          expect(res.headers['x-content-type-options']).toBe('nosniff');
          expect(res.headers['content-security-policy']).toBeDefined();
          expect(res.headers['strict-transport-security']).toBeDefined();
          expect(res.headers['x-powered-by']).toBeUndefined();
          expect({ what, trace: /\n\s+at |node_modules|\.ts:\d+/.test(res.text) }).toEqual({
            what,
            trace: false,
          });
        }),
        { numRuns: RUNS_PER_ENDPOINT, seed: SEED },
      );
    }
    if (process.env.BAD_INPUT_REPORT) console.log(JSON.stringify(seen, null, 1));
    // Some generated requests got past validation and were accepted: the generators reach the
    // deciders, not only the ValidationPipe.
    expect(Object.keys(seen).some((key) => /\s2\d\d$/.test(key))).toBe(true);
  }, 120_000);

  it('refuses a number spelled with an exponent where decimals are limited (a validator crash was a 500)', async () => {
    const res = await t.http
      .patch(`/api/councils/${councilId}/budget-proposals/x-1`)
      .set(t.auth(tokens.secretary!))
      .send({ costs: [{ year: 2031, salary: 1e-7, operations: 0, establishment: -5e-324 }] });
    expect(res.status).toBe(400);
    expect(await appendedSince()).toBe(0);
  });

  it('refuses JSON nested too deep (400) and a body over the limit (413), appending nothing', async () => {
    const sec = t.auth(tokens.secretary!);
    const path = `/api/councils/${councilId}/hearings`;
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const tooDeep = await t.http.post(path).set(sec).set('Content-Type', 'application/json').send(deep);
    expect(tooDeep.status).toBe(400);
    const nested = `{"title":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`;
    expect(
      (await t.http.post(path).set(sec).set('Content-Type', 'application/json').send(nested)).status,
    ).toBe(400);

    const big = JSON.stringify({
      title: 'x'.repeat(300 * 1024),
      issuingBody: 'Region',
      responseDeadline: '2031-01-28T23:59:00+01:00',
    });
    const tooBig = await t.http.post(path).set(sec).set('Content-Type', 'application/json').send(big);
    expect(tooBig.status).toBe(413);
    for (const res of [tooDeep, tooBig]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.text).not.toMatch(/\n\s+at |node_modules/);
    }
    expect(await appendedSince()).toBe(0);
  });
});
