/**
 * Issue 18.2, 18.3 and 21.7 on the real HTTP app: the council's seats by organisation and type
 * with their vacancies; seed 000's Kira stepping down as chair and Reden København then naming a
 * new representative, in that order; the chair's advice (seed 000: not a member employed by the
 * region); a continuation moving the term's end and the region's decision to end the council;
 * and Region Sjælland's and Region Hovedstaden's councils succeeded by Region Østdanmark's, whose
 * report spans both while the predecessors stay readable and take no new writes.
 */
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const daysAhead = (n: number) => new Date(Date.now() + n * DAY).toISOString();
/** Today's date in Copenhagen (the councils' zone), as a plain date. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

// Seed 001's organisations; the seat types are our reading of them.
const SEATS = [
  { organisation: 'Reden København (KFUK)', type: 'ngo' },
  { organisation: 'SIND', type: 'user-organisation' },
  { organisation: 'Gadejuristen', type: 'professional' },
  { organisation: 'Den Sociale Virksomhed, Region Hovedstaden', type: 'region' },
];

describe('the council’s term, seats and successors', () => {
  let t: TestApp;
  const admin = () => t.auth(t.token({ personId: 'root', role: 'admin' }));
  const secretaryOf = (councilId: string) =>
    t.auth(t.token({ personId: 'anja', role: 'secretary', councilId }));

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
  }, 60_000);
  afterAll(() => t?.close());

  async function council(prefix: string, name: string) {
    const id = uniqueName(prefix);
    await t.http
      .post('/api/councils')
      .set(admin())
      .send({ id, name, occurredAt: daysAgo(3000) })
      .expect(201);
    await t.http
      .post(`/api/councils/${id}/secretaries`)
      .set(secretaryOf(id))
      .send({ personId: 'anja', name: 'Anja', email: 'anja@region.example' })
      .expect(201);
    return id;
  }

  describe('seats, the chair and the term (18.2, 21.7)', () => {
    let id: string;
    let base: string;
    let secretary: { Authorization: string };
    const post = (path: string, body: object) => t.http.post(`${base}${path}`).set(secretary).send(body);

    beforeAll(async () => {
      id = await council('udsatte-h', 'Udsatterådet i Region Hovedstaden');
      base = `/api/councils/${id}`;
      secretary = secretaryOf(id);
    });

    it('shows every seat with its type and holder, and the seats nobody holds as vacancies', async () => {
      await t.http.put(`${base}/seats`).set(secretary).send({ seats: SEATS }).expect(200);
      for (const [personId, organisation] of [
        ['kira', 'Reden København (KFUK)'],
        ['ivan', 'Gadejuristen'],
        ['pernille', 'Den Sociale Virksomhed, Region Hovedstaden'],
      ])
        await post('/members', { personId, name: personId, organisation, email: `${personId}@x.dk` }).expect(
          201,
        );
      const view = (await t.http.get(base).set(secretary).expect(200)).body;
      expect(view.vacancies).toEqual(['SIND']);
      expect(view.seats).toEqual([
        { organisation: 'Reden København (KFUK)', type: 'ngo', holder: { personId: 'kira', name: 'kira' } },
        { organisation: 'SIND', type: 'user-organisation', holder: null },
        { organisation: 'Gadejuristen', type: 'professional', holder: { personId: 'ivan', name: 'ivan' } },
        {
          organisation: 'Den Sociale Virksomhed, Region Hovedstaden',
          type: 'region',
          holder: { personId: 'pernille', name: 'pernille' },
        },
      ]);
      const members = (await t.http.get(`${base}/members`).set(secretary).expect(200)).body;
      expect(members.find((m: { personId: string }) => m.personId === 'pernille').seatType).toBe('region');
      const bad = await t.http
        .put(`${base}/seats`)
        .set(secretary)
        .send({ seats: [{ organisation: 'SIND', type: 'patients' }] })
        .expect(400);
      expect(JSON.stringify(bad.body)).toContain('seats.0.type');
    });

    it('seed 000: Kira steps down as chair, then Reden København names Sara, recorded in that order', async () => {
      await post('/chair', { personId: 'kira' }).expect(200);
      await t.http.delete(`${base}/chair`).set(secretary).send({}).expect(200);
      const sara = await post('/members', {
        personId: 'sara',
        name: 'Sara',
        organisation: 'Reden København (KFUK)',
        email: 'sara@x.dk',
      }).expect(201);
      expect(sara.body.replaces).toEqual({ personId: 'kira', name: 'kira' });
      const view = (await t.http.get(base).set(secretary).expect(200)).body;
      expect(view.chair).toBeNull();
      expect(view.seats[0].holder).toEqual({ personId: 'sara', name: 'Sara' });
      const history = await t.http.get(`${base}/history`).set(secretary).expect(200);
      const types = history.body.events.map((e: { type: string }) => e.type);
      expect(types.slice(-2)).toEqual(['ChairVacated', 'MemberAppointed']);
    });

    it('21.7: electing a member whose seat is the region’s own is recorded with the advice, not refused', async () => {
      const elected = await post('/chair', { personId: 'pernille' }).expect(200);
      expect(elected.body.advice).toContain('employed by the region');
      expect((await t.http.get(base).set(secretary)).body.chair).toEqual({
        personId: 'pernille',
        name: 'pernille',
      });
      const ivan = await post('/chair', { personId: 'ivan' }).expect(200);
      expect(ivan.body.advice).toBeUndefined();
    });

    it('seed 003: a continuation moves the term’s end; the region’s decision to end it fixes the last day', async () => {
      await t.http
        .put(`${base}/term`)
        .set(secretary)
        .send({ startsOn: '2024-01-01', endsOn: '2025-12-31' })
        .expect(200);
      await post('/continuation', {
        decidedBy: 'Regionsrådet',
        decidedOn: '2025-08-19',
        until: '2026-12-31',
      }).expect(200);
      expect((await t.http.get(base).set(secretary)).body.term).toEqual({
        startsOn: '2024-01-01',
        endsOn: '2026-12-31',
      });
      // With no period asked for, the report covers the term as continued.
      const report = await t.http.get(`${base}/evaluation-report`).set(secretary).expect(200);
      expect(report.body.period.to).toBe('2026-12-31T23:00:00.000Z');
      const end = { decidedBy: 'Regionsrådet', decidedOn: '2025-09-01', endsOn: '2026-06-30' };
      await post('/end', end).expect(200);
      const view = (await t.http.get(base).set(secretary)).body;
      expect(view.term.endsOn).toBe('2026-06-30');
      expect(view.ended).toEqual(end);
      const r2025 = await t.http
        .get(`${base}/evaluation-report?from=2025-01-01&to=2025-12-31`)
        .set(secretary);
      expect(r2025.body.council.ends).toEqual([end]);
      await post('/end', { ...end, endsOn: '2025-08-01' }).expect(400);
    });
  });

  describe('successor councils (18.3): Sjælland and Hovedstaden become Østdanmark', () => {
    let sjaelland: string;
    let hovedstaden: string;
    let oest: string;

    const openHearing = (councilId: string, id: string) =>
      t.http
        .post(`/api/councils/${councilId}/hearings`)
        .set(secretaryOf(councilId))
        .send({
          id,
          title: `Høring ${id}`,
          issuingBody: 'Regionen',
          receivedAt: daysAgo(60),
          responseDeadline: daysAhead(60),
        });

    beforeAll(async () => {
      sjaelland = await council('udsatte-sj', 'Udsatterådet i Region Sjælland');
      hovedstaden = await council('udsatte-h', 'Udsatterådet i Region Hovedstaden');
      await openHearing(sjaelland, 'sundhed').expect(201);
      await openHearing(hovedstaden, 'psykiatri').expect(201);
    });

    it('refuses a predecessor that does not exist (400) and changes nothing', async () => {
      const missing = uniqueName('nowhere');
      const id = uniqueName('oest');
      const res = await t.http
        .post('/api/councils')
        .set(admin())
        .send({ id, name: 'Ø', succeeds: [missing], succeedsFrom: today() })
        .expect(400);
      expect(JSON.stringify(res.body)).toContain(`council ${missing} does not exist`);
      const list = (await t.http.get('/api/councils').set(admin()).expect(200)).body;
      expect(list.map((c: { id: string }) => c.id)).not.toContain(id);
    });

    it('creates the successor; from its first day the predecessors take no writes (409) and stay readable', async () => {
      oest = uniqueName('udsatte-oest');
      const body = {
        id: oest,
        name: 'Udsatterådet i Region Østdanmark',
        succeeds: [sjaelland, hovedstaden],
        succeedsFrom: today(),
      };
      await t.http.post('/api/councils').set(admin()).send(body).expect(201);
      // A retry of the same creation is harmless.
      await t.http.post('/api/councils').set(admin()).send(body).expect(201);
      const successor = (await t.http.get(`/api/councils/${oest}`).set(secretaryOf(oest)).expect(200)).body;
      expect(successor.succeeds).toEqual([sjaelland, hovedstaden]);

      const refused = await openHearing(sjaelland, 'too-late').expect(409);
      expect(refused.body.detail).toContain(`succeeded by council ${oest}`);
      await t.http
        .put(`/api/councils/${hovedstaden}/seats`)
        .set(secretaryOf(hovedstaden))
        .send({ seats: SEATS })
        .expect(409);
      const old = (await t.http.get(`/api/councils/${sjaelland}`).set(secretaryOf(sjaelland)).expect(200))
        .body;
      expect(old.succeededBy).toEqual({ successorId: oest, from: today() });
      await t.http.get(`/api/councils/${sjaelland}/hearings/sundhed`).set(secretaryOf(sjaelland)).expect(200);

      const other = await t.http
        .post('/api/councils')
        .set(admin())
        .send({ id: uniqueName('oest2'), name: 'Andet', succeeds: [sjaelland], succeedsFrom: today() })
        .expect(409);
      expect(other.body.detail).toContain(`already succeeded by council ${oest}`);
    });

    it('the successor’s report spans both predecessors when asked to, and only its own otherwise', async () => {
      const evaluator = t.auth(t.token({ personId: 'eva', role: 'evaluator', councilId: oest }));
      const spanning = await eventually(
        async () => {
          const r = await t.http
            .get(`/api/councils/${oest}/evaluation-report?includePredecessors=true`)
            .set(evaluator);
          return r.status === 200 && r.body.hearings.received === 2 ? r.body : undefined;
        },
        { what: 'both predecessors’ hearings in the successor’s report' },
      );
      expect(spanning.includes).toEqual([sjaelland, hovedstaden]);
      expect(spanning.hearings.open).toBe(2);
      const own = (await t.http.get(`/api/councils/${oest}/evaluation-report`).set(evaluator).expect(200))
        .body;
      expect(own.hearings.received).toBe(0);
      expect(own.includes).toBeUndefined();
      const md = await t.http
        .get(`/api/councils/${oest}/evaluation-report?includePredecessors=true&format=md`)
        .set(evaluator)
        .expect(200);
      expect(md.text).toContain(
        `Includes the history of the councils it succeeds: ${sjaelland}, ${hovedstaden}.`,
      );
      const timeline = await t.http
        .get(`/api/councils/${oest}/timeline?includePredecessors=true&kinds=hearings`)
        .set(evaluator)
        .expect(200);
      expect(
        timeline.body.events.map((e: { councilId: string; id: string; type: string }) => [
          e.councilId,
          e.id,
          e.type,
        ]),
      ).toEqual([
        [sjaelland, 'sundhed', 'HearingOpened'],
        [hovedstaden, 'psykiatri', 'HearingOpened'],
      ]);
      const ownTimeline = await t.http
        .get(`/api/councils/${oest}/timeline?kinds=hearings`)
        .set(evaluator)
        .expect(200);
      expect(ownTimeline.body.events).toEqual([]);
    });
  });

  describe('the council’s own work (18.4) in the report’s figures per year (18.5)', () => {
    it('records an own-initiative statement with its recipient and areas, and counts it in its year', async () => {
      const id = await council('udsatte-h', 'Udsatterådet i Region Hovedstaden');
      const secretary = secretaryOf(id);
      const base = `/api/councils/${id}/hearings`;
      const receivedAt = daysAgo(20);
      const body = { issuingBody: 'Udsatterådet', receivedAt, responseDeadline: daysAhead(30) };
      await t.http
        .post(base)
        .set(secretary)
        .send({ ...body, id: 'egen', title: 'Udtalelse om herbergspladser', origin: 'own-initiative' })
        .expect(400);
      await t.http
        .post(base)
        .set(secretary)
        .send({
          ...body,
          id: 'egen',
          title: 'Udtalelse om herbergspladser',
          origin: 'own-initiative',
          recipient: 'Psykiatri- og socialudvalget',
          areas: ['Københavns Kommune', 'indre by'],
        })
        .expect(201);
      await t.http
        .post(base)
        .set(secretary)
        .send({
          ...body,
          id: 'tidlig',
          title: 'Tidlig dialog',
          origin: 'early-involvement',
          areas: ['indre by'],
        })
        .expect(201);
      const view = (await t.http.get(`${base}/egen`).set(secretary).expect(200)).body;
      expect(view).toMatchObject({
        origin: 'own-initiative',
        recipient: 'Psykiatri- og socialudvalget',
        areas: ['Københavns Kommune', 'indre by'],
      });
      const report = await eventually(
        async () => {
          const r = await t.http.get(`/api/councils/${id}/evaluation-report`).set(secretary);
          return r.status === 200 && r.body.hearings.received === 2 ? r.body : undefined;
        },
        { what: 'both cases in the report' },
      );
      const year = Number(
        new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(
          new Date(receivedAt),
        ),
      );
      const figures = report.perYear.years.find((y: { year: number }) => y.year === year);
      expect(figures.hearings).toMatchObject({
        received: 2,
        ownInitiative: 1,
        byOrigin: { 'own-initiative': 1, 'early-involvement': 1 },
        involvedBeforeFormalHearing: { cases: 1, percent: 100 },
      });
      expect(report.perYear.casesByArea).toEqual([
        { area: 'indre by', cases: 2 },
        { area: 'Københavns Kommune', cases: 1 },
      ]);
    });
  });
});
