/**
 * Issue 19, item 1: sign-in by an e-mailed link on the real stack: the app from `createApp` on
 * PostgreSQL (own schema), a real SMTP server on loopback (`smtp-server`), and the HTTP API as
 * a browser uses it (the session cookie, an `Origin` header on writes).
 */
import { CommandExecutor, ReadModelSql } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { bodyText, SmtpTestServer, type ReceivedMail } from '@app/notifications/testing/smtp-test-server';
import request from 'supertest';
import { digestOf, SignInStore } from '@app/composition/sign-in/sign-in-store';
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const ORIGIN = 'http://council.test';

describe('sign-in by an e-mailed link (real PostgreSQL, real SMTP)', () => {
  let t: TestApp;
  let councilId: string;
  let secretary: string;
  const smtp = new SmtpTestServer();
  const saved = {
    SMTP_URL: process.env.SMTP_URL,
    PUBLIC_URL: process.env.PUBLIC_URL,
    SIGN_IN_LINK_TTL: process.env.SIGN_IN_LINK_TTL,
    OIDC_ISSUER: process.env.OIDC_ISSUER,
    OIDC_CLIENT_ID: process.env.OIDC_CLIENT_ID,
    OIDC_NAME: process.env.OIDC_NAME,
  };

  beforeAll(async () => {
    // The sign-in module reads its settings from the environment, as the mailer does.
    process.env.SMTP_URL = await smtp.start();
    process.env.PUBLIC_URL = ORIGIN;
    process.env.SIGN_IN_LINK_TTL = 'PT3S';
    // A provider that is never asked here (the round trip is test/sign-in-oidc.e2e-spec.ts): the
    // page's question about it is answered from the settings alone, and checked against the contract.
    process.env.OIDC_ISSUER = 'https://login.region.example';
    process.env.OIDC_CLIENT_ID = 'council-engine';
    process.env.OIDC_NAME = 'Regionens login';
    t = await startTestApp();
    councilId = uniqueName('c');
    await seedCouncil(t.app.get(CommandExecutor), councilId, {
      members: ['anna', 'bo', 'carl'],
      secretary: 'sofie',
    });
    secretary = t.token({ personId: 'sofie', role: 'secretary', councilId });
    // The council's id reaches the sign-in directory through a projection: wait for it.
    const sql = t.app.get(ReadModelSql);
    await eventually(
      async () =>
        (await sql.query('SELECT 1 FROM sign_in_council_ids WHERE council_id = $1', [councilId])).rows
          .length > 0,
      { what: 'the council in sign_in_council_ids' },
    );
  });

  afterAll(async () => {
    await t?.close();
    await smtp.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  /** A client without a cookie jar (`t.http` keeps cookies): each test sends the cookie it means to. */
  const http = () => request(t.url);
  const mailsTo = (address: string): ReceivedMail[] => smtp.received.filter((m) => m.to.includes(address));
  /** Asks for a link and returns its secret from the mail that arrives. */
  async function linkFor(address: string): Promise<string> {
    const before = mailsTo(address).length;
    await http().post('/api/sign-in').send({ email: address }).expect(202);
    const mail = await eventually(() => mailsTo(address)[before], { what: `a mail to ${address}` });
    const match = /\/#\/log-ind\/([A-Za-z0-9_-]+)/.exec(bodyText(mail));
    if (!match) throw new Error(`no link in ${bodyText(mail)}`);
    expect(bodyText(mail)).toContain(`${ORIGIN}/#/log-ind/`);
    return match[1];
  }
  /** Follows the link as the landing page does; returns the `Cookie` header to send on. */
  async function signIn(address: string): Promise<string> {
    const token = await linkFor(address);
    const res = await http().post('/api/sign-in/complete').send({ token }).expect(200);
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const session = setCookie.find((c) => c.startsWith('council_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    return session!.split(';')[0];
  }
  const openHearing = async () => {
    const id = uniqueName('h');
    await t.http
      .post(`/api/councils/${councilId}/hearings`)
      .set(t.auth(secretary))
      .send({
        id,
        title: 'Reviderede samarbejdsaftaler',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        inputDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      })
      .expect(201);
    return id;
  };

  it('signs a member in by the mailed link, and the member gives input with the session cookie', async () => {
    const cookie = await signIn('anna@example.org');
    const who = await http().get('/api/sign-in/session').set('Cookie', cookie).expect(200);
    expect(who.body).toEqual({ personId: 'anna', role: 'member', councilId });

    const hearingId = await openHearing();
    await t.http
      .post(`/api/councils/${councilId}/hearings/${hearingId}/inputs`)
      .set('Cookie', cookie)
      .set('Origin', ORIGIN)
      .send({ text: 'Husk borgere med samtidig psykisk sygdom og misbrug' })
      .expect(200);
    const hearing = await http()
      .get(`/api/councils/${councilId}/hearings/${hearingId}`)
      .set('Cookie', cookie)
      .expect(200);
    expect(JSON.stringify(hearing.body)).toContain('Husk borgere med samtidig psykisk sygdom');
  });

  it('tells the sign-in page which provider to offer beside the mailed link', async () => {
    const methods = await http().get('/api/sign-in/methods').expect(200);
    expect(methods.body).toEqual({ oidc: { name: 'Regionens login' } });
  });

  it('answers an unknown address the same 202 and sends it no mail', async () => {
    const unknown = await http().post('/api/sign-in').send({ email: 'nobody@example.org' }).expect(202);
    const known = await http().post('/api/sign-in').send({ email: 'bo@example.org' }).expect(202);
    expect(unknown.body).toEqual(known.body);
    // The known address's mail is sent after the unknown one was looked up: once it is here, none went to nobody.
    await eventually(() => mailsTo('bo@example.org').length > 0, { what: 'the mail to bo' });
    expect(mailsTo('nobody@example.org')).toEqual([]);
  });

  it('refuses a link used twice, and a link after it expired, with a clear message', async () => {
    const token = await linkFor('carl@example.org');
    await http().post('/api/sign-in/complete').send({ token }).expect(200);
    const again = await http().post('/api/sign-in/complete').send({ token }).expect(401);
    expect(again.body.detail).toBe('this sign-in link has already been used; ask for a new one');

    const late = await linkFor('carl@example.org');
    // SIGN_IN_LINK_TTL is 3 s here: wait until the database's clock has passed the link's expiry.
    const sql = t.app.get(ReadModelSql);
    await eventually(
      async () =>
        (
          await sql.query('SELECT 1 FROM sign_in_links WHERE digest = $1 AND expires_at <= now()', [
            digestOf(late),
          ])
        ).rows.length > 0,
      { timeoutMs: 10_000, intervalMs: 250, what: 'the link to expire' },
    );
    const refused = await http().post('/api/sign-in/complete').send({ token: late });
    expect(refused.body.detail).toBe('this sign-in link has expired; ask for a new one');
    expect(refused.status).toBe(401);
  });

  it('stops a resigned member’s session at once: the record decides, not the session', async () => {
    const cookie = await signIn('bo@example.org');
    await http().get(`/api/councils/${councilId}`).set('Cookie', cookie).expect(200);
    await http().delete(`/api/councils/${councilId}/members/bo`).set(t.auth(secretary)).expect(200);
    const refused = await http().get(`/api/councils/${councilId}`).set('Cookie', cookie).expect(403);
    expect(refused.body).toMatchObject({
      code: 'not_in_office',
      detail: `bo holds no place in council ${councilId} now (not chair, secretary or member); this session no longer counts`,
    });
  });

  it('acts in the place the record names the person for now: elected chair, then stepped down, in one session', async () => {
    const personId = uniqueName('greta');
    const email = `${personId}@example.org`;
    await http()
      .post(`/api/councils/${councilId}/members`)
      .set(t.auth(secretary))
      .send({ personId, name: 'Greta', organisation: 'Ældre Sagen', email })
      .expect(201);
    const cookie = await signIn(email);
    const hearingId = await openHearing();
    const signOff = () =>
      http()
        .post(`/api/councils/${councilId}/hearings/${hearingId}/sign-off`)
        .set('Cookie', cookie)
        .set('Origin', ORIGIN);
    const who = async () => (await http().get('/api/sign-in/session').set('Cookie', cookie).expect(200)).body;
    expect(await who()).toEqual({ personId, role: 'member', councilId });
    expect((await signOff().expect(403)).body.detail).toBe('a member may not do this');

    // The secretary records the members' election; her next request, same session, acts as chair.
    await http()
      .post(`/api/councils/${councilId}/chair`)
      .set(t.auth(secretary))
      .send({ personId })
      .expect(200);
    expect(await who()).toEqual({ personId, role: 'chair', councilId });
    // Past the guard and the decider's role check as chair: only the missing draft stops her.
    expect((await signOff().expect(409)).body.detail).toBe('there is no draft to sign off');
    const listed = await http().get('/api/sign-in/sessions').set('Cookie', cookie).expect(200);
    expect(listed.body.find((s: { current: boolean }) => s.current).role).toBe('chair');

    // She steps down as chair (seed 000) and stays a member: the session goes on, as a member.
    await http().delete(`/api/councils/${councilId}/chair`).set(t.auth(secretary)).send({}).expect(200);
    expect(await who()).toEqual({ personId, role: 'member', councilId });
    expect((await signOff().expect(403)).body.detail).toBe('a member may not do this');
    await http()
      .post(`/api/councils/${councilId}/hearings/${hearingId}/inputs`)
      .set('Cookie', cookie)
      .set('Origin', ORIGIN)
      .send({ text: 'Som medlem igen: husk de pårørende' })
      .expect(200);
  });

  it('ends the session on sign-out', async () => {
    const cookie = await signIn('anna@example.org');
    await http().get(`/api/councils/${councilId}`).set('Cookie', cookie).expect(200);
    const out = await http().post('/api/sign-out').set('Cookie', cookie).set('Origin', ORIGIN).expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/council_session=;/);
    // The old cookie value, sent anyway (a copy kept elsewhere), counts no more.
    await http().get(`/api/councils/${councilId}`).set('Cookie', cookie).expect(401);
  });

  it('refuses a cross-site write that rides on the cookie, and changes nothing', async () => {
    const cookie = await signIn('anna@example.org');
    const hearingId = await openHearing();
    const path = `/api/councils/${councilId}/hearings/${hearingId}/inputs`;
    const body = { text: 'Skrevet af en anden side' };
    const forged = await http()
      .post(path)
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example')
      .send(body)
      .expect(403);
    expect(forged.body).toMatchObject({ status: 403, code: 'cross_site_request' });
    await http().post(path).set('Cookie', cookie).send(body).expect(403);
    const hearing = await http()
      .get(`/api/councils/${councilId}/hearings/${hearingId}`)
      .set('Cookie', cookie)
      .expect(200);
    expect(JSON.stringify(hearing.body)).not.toContain('Skrevet af en anden side');
  });

  it('lets the secretary invite a member from the Rådet page', async () => {
    await http()
      .post(`/api/councils/${councilId}/members/carl/invitation`)
      .set(t.auth(secretary))
      .expect(202);
    const mail = await eventually(
      () => mailsTo('carl@example.org').find((m) => bodyText(m).includes('inviteret')),
      { what: 'the invitation to carl' },
    );
    const token = /\/#\/log-ind\/([A-Za-z0-9_-]+)/.exec(bodyText(mail))![1];
    const res = await http().post('/api/sign-in/complete').send({ token }).expect(200);
    expect(res.body).toMatchObject({ personId: 'carl', role: 'member', councilId });
    const member = t.token({ personId: 'carl', role: 'member', councilId });
    await http().post(`/api/councils/${councilId}/members/anna/invitation`).set(t.auth(member)).expect(403);
    await http()
      .post(`/api/councils/${councilId}/members/nobody/invitation`)
      .set(t.auth(secretary))
      .expect(404);
  });

  it('makes a person id on appointment when none is given, and that person signs in by address', async () => {
    const appointed = await http()
      .post(`/api/councils/${councilId}/members`)
      .set(t.auth(secretary))
      .send({ name: 'Dorte', organisation: 'Kirkens Korshær', email: 'dorte@example.org' })
      .expect(201);
    expect(appointed.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const again = await http()
      .post(`/api/councils/${councilId}/members`)
      .set(t.auth(secretary))
      .send({ name: 'Dorte', organisation: 'Kirkens Korshær', email: 'dorte@example.org' })
      .expect(201);
    expect(again.body.id).toBe(appointed.body.id);
    const cookie = await signIn('dorte@example.org');
    const who = await http().get('/api/sign-in/session').set('Cookie', cookie).expect(200);
    expect(who.body).toEqual({ personId: appointed.body.id, role: 'member', councilId });
    // A given id stays accepted, for imports and scripts.
    const given = await http()
      .post(`/api/councils/${councilId}/members`)
      .set(t.auth(secretary))
      .send({ personId: 'erik', name: 'Erik', organisation: 'SAND', email: 'erik@example.org' })
      .expect(201);
    expect(given.body.id).toBe('erik');
  });

  it('limits the links asked for one address, known or not, and not the next address', async () => {
    // SIGN_IN_LIMIT defaults to 5 per RATE_LIMIT_WINDOW_MS (60 s).
    for (let i = 0; i < 5; i++)
      await http().post('/api/sign-in').send({ email: 'flood@example.org' }).expect(202);
    const refused = await http().post('/api/sign-in').send({ email: ' FLOOD@example.org' }).expect(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.body).toMatchObject({ status: 429, code: 'too_many_requests' });
    await http().post('/api/sign-in').send({ email: 'other@example.org' }).expect(202);
    await http().post('/api/sign-in').send({ email: 'not an address' }).expect(400);
  });

  it('lists a person’s live sessions and ends them all at once', async () => {
    await http().get('/api/sign-in/session').expect(200, {});
    const first = await signIn('carl@example.org');
    const second = await signIn('carl@example.org');
    const listed = await http().get('/api/sign-in/sessions').set('Cookie', second).expect(200);
    expect(listed.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(listed.body.length).toBeGreaterThanOrEqual(2);
    const ended = await http()
      .post('/api/sign-in/sessions/end-all')
      .set('Cookie', second)
      .set('Origin', ORIGIN)
      .expect(200);
    expect(ended.body.ended).toBeGreaterThanOrEqual(2);
    await http().get(`/api/councils/${councilId}`).set('Cookie', first).expect(401);
    await http().get(`/api/councils/${councilId}`).set('Cookie', second).expect(401);
    await http().get('/api/sign-in/session').set('Cookie', second).expect(200, {});
  });
  it('deletes links, sessions and flows a day after they ended, at the next sign-in', async () => {
    const sql = t.app.get(ReadModelSql);
    const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    const tag = uniqueName('prune');
    await sql.query(
      `INSERT INTO sign_in_links (digest, person_id, role, council_id, expires_at) VALUES
         ($1, 'anna', 'member', $3, $4), ($2, 'anna', 'member', $3, $5)`,
      [`${tag}-old`, `${tag}-recent`, councilId, ago(25), ago(1)],
    );
    await sql.query(
      `INSERT INTO sign_in_sessions (digest, person_id, role, council_id, started_at, expires_at, ended_at) VALUES
         ($1, 'anna', 'member', $3, $4, $5, $4), ($2, 'anna', 'member', $3, $4, $5, NULL)`,
      [`${tag}-ended`, `${tag}-live`, councilId, ago(30), new Date(Date.now() + 3_600_000).toISOString()],
    );
    await sql.query(
      `INSERT INTO sign_in_oidc_flows (digest, state, nonce, code_verifier, expires_at) VALUES ($1, 's', 'n', 'v', $2)`,
      [`${tag}-flow`, ago(25)],
    );
    await signIn('anna@example.org');
    const { rows } = await sql.query<{ digest: string }>(
      `SELECT digest FROM sign_in_links WHERE digest LIKE $1
       UNION ALL SELECT digest FROM sign_in_sessions WHERE digest LIKE $1
       UNION ALL SELECT digest FROM sign_in_oidc_flows WHERE digest LIKE $1`,
      [`${tag}-%`],
    );
    expect(rows.map((r) => r.digest).sort()).toEqual([`${tag}-live`, `${tag}-recent`]);
  });
});

describe('the rate limits know session cookies; no SMTP_URL (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  const savedSmtp = process.env.SMTP_URL;

  beforeAll(async () => {
    delete process.env.SMTP_URL;
    t = await startTestApp({
      runWorkers: false,
      env: { RATE_LIMIT_AUTH_FAILURES: '2', RATE_LIMIT_WRITES: '2' },
    });
    councilId = uniqueName('c');
    await seedCouncil(t.app.get(CommandExecutor), councilId, { members: ['anna'], secretary: 'sofie' });
  });
  afterAll(async () => {
    await t?.close();
    if (savedSmtp !== undefined) process.env.SMTP_URL = savedSmtp;
  });

  it('tells the secretary when no invitation can be mailed, and still answers sign-in 202', async () => {
    const secretary = t.token({ personId: 'sofie', role: 'secretary', councilId });
    const refused = await request(t.url)
      .post(`/api/councils/${councilId}/members/anna/invitation`)
      .set(t.auth(secretary))
      .expect(503);
    expect(refused.body.detail).toContain('SMTP_URL');
    await request(t.url).post('/api/sign-in').send({ email: 'anna@example.org' }).expect(202);
  });

  it('lets a live session through an address over the 401 limit, and counts its writes', async () => {
    const http = () => request(t.url);
    const session = await t.app
      .get(SignInStore)
      .startSession({ personId: 'anna', role: 'member', councilId }, new Date(), 60_000);
    const cookie = `council_session=${session}`;
    const path = `/api/councils/${councilId}`;
    await http().get(path).expect(401);
    await http().get(path).expect(401);
    await http().get(path).expect(429);
    await http().get(path).set('Cookie', 'council_session=not-a-session').expect(429);
    await http().get(path).set('Cookie', cookie).expect(200);

    const request_ = () =>
      http()
        .post(`${path}/extraordinary-meeting-requests`)
        .set('Cookie', cookie)
        .set('Origin', new URL(t.url).origin)
        .send({ reason: 'Akut sag om hjemløshed' });
    expect((await request_()).status).not.toBe(429);
    expect((await request_()).status).not.toBe(429);
    expect((await request_()).status).toBe(429);
  });
});
