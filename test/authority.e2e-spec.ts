/**
 * Issue 20, item 2 on the real HTTP app: a token says who someone was when it was issued; the
 * council's record says who holds the place now, and the record decides. A replaced chair, a
 * chair token for someone never elected and a resigned member are refused with a 403 that says
 * why, and nothing is written.
 */
import { startTestApp, type TestApp } from './support/test-app';

const COUNCIL = 'authority-c1';
const DAY = 86_400_000;

describe('authority from the record, not the token', () => {
  let t: TestApp;
  const base = `/api/councils/${COUNCIL}`;
  const as = (personId: string, role: 'secretary' | 'chair' | 'member') =>
    t.auth(t.token({ personId, role, councilId: COUNCIL }));
  const hearing = async () =>
    (await t.http.get(`${base}/hearings/h1`).set(as('sec', 'secretary')).expect(200)).body as {
      signOff?: unknown;
      inputs: unknown[];
    };

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    const admin = t.auth(t.token({ personId: 'root', role: 'admin' }));
    await t.http.post('/api/councils').set(admin).send({ id: COUNCIL, name: 'Rådet' }).expect(201);
    for (const [personId, organisation] of [
      ['ivan', 'Gadejuristen'],
      ['ole', 'WeShelter'],
      ['kira', 'SIND'],
    ]) {
      await t.http
        .post(`${base}/members`)
        .set(as('sec', 'secretary'))
        .send({ personId, name: personId, organisation, email: `${personId}@example.org` })
        .expect(201);
    }
    await t.http.post(`${base}/chair`).set(as('sec', 'secretary')).send({ personId: 'ivan' }).expect(200);
    await t.http
      .post(`${base}/hearings`)
      .set(as('sec', 'secretary'))
      .send({
        id: 'h1',
        title: 'Samarbejdsaftaler',
        issuingBody: 'Region H',
        responseDeadline: new Date(Date.now() + 30 * DAY).toISOString(),
      })
      .expect(201);
    await t.http
      .post(`${base}/hearings/h1/drafts`)
      .set(as('sec', 'secretary'))
      .send({ text: 'Svar' })
      .expect(200);
  }, 60_000);
  afterAll(() => t?.close());

  it('refuses the sign-off of a chair who was replaced, and of a chair token for someone never elected', async () => {
    await t.http.post(`${base}/chair`).set(as('sec', 'secretary')).send({ personId: 'ole' }).expect(200);

    const replaced = await t.http.post(`${base}/hearings/h1/sign-off`).set(as('ivan', 'chair')).send({});
    expect(replaced.status).toBe(403);
    expect(replaced.body.detail).toBe(
      `ivan does not hold the chair of council ${COUNCIL} now; this chair token no longer counts`,
    );
    const never = await t.http.post(`${base}/hearings/h1/sign-off`).set(as('mallory', 'chair')).send({});
    expect(never.status).toBe(403);
    expect((await hearing()).signOff).toBeUndefined();

    // Ivan is still a member, so his member token still counts; the new chair signs off.
    await t.http.get(`${base}/members`).set(as('ivan', 'member')).expect(200);
    await t.http.post(`${base}/hearings/h1/sign-off`).set(as('ole', 'chair')).send({}).expect(200);
    expect((await hearing()).signOff).toMatchObject({ signedOffBy: 'ole' });
  });

  it('stops a resigned member’s token: no e-mail addresses, no input', async () => {
    await t.http.get(`${base}/members`).set(as('kira', 'member')).expect(200);
    await t.http.delete(`${base}/members/kira`).set(as('sec', 'secretary')).expect(200);

    const read = await t.http.get(`${base}/members`).set(as('kira', 'member'));
    expect(read.status).toBe(403);
    expect(read.body.detail).toBe(
      `kira is not a member of council ${COUNCIL} now; this member token no longer counts`,
    );
    expect(JSON.stringify(read.body)).not.toContain('@example.org');
    const before = (await hearing()).inputs.length;
    await t.http
      .post(`${base}/hearings/h1/inputs`)
      .set(as('kira', 'member'))
      .send({ text: 'Mit input' })
      .expect(403);
    await t.http.get('/api/me/notifications').set(as('kira', 'member')).expect(403);
    expect((await hearing()).inputs).toHaveLength(before);
  });

  it('takes only the recorded secretaries once the record names any', async () => {
    await t.http
      .post(`${base}/secretaries`)
      .set(as('sec', 'secretary'))
      .send({ personId: 'sec', name: 'Sec', email: 'sec@example.org' })
      .expect(201);
    await t.http.get(`${base}/members`).set(as('sec', 'secretary')).expect(200);
    const stranger = await t.http.get(`${base}/members`).set(as('someone', 'secretary'));
    expect(stranger.status).toBe(403);
    expect(stranger.body.detail).toBe(
      `someone is not a secretary of council ${COUNCIL}; this secretary token does not count`,
    );
  });
});
