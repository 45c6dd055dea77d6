/**
 * Issue 5 on the real stack: the app from `createApp` on PostgreSQL (own schema), Redis (own
 * prefix) and real BullMQ workers, deadlines followed from the log into BullMQ.
 * Seed 002's proposal is entered field by field and taken through seed 000's 2022 calendar (a
 * cycle recorded after the fact); the reminder suite uses deadlines a few seconds out.
 */
import { CommandExecutor, EventStore, type StoredEvent } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { MILESTONES_2022 } from '../libs/budget/src/testing/calendar-2022.fixture';
import { CALENDAR_2022, COMMITTEE, SEED_002 } from '../libs/budget/src/testing/seed-002.fixture';
import { eventually, sleep } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';
import { caseStreamId } from '@app/kernel';

const iso = (ms: number) => new Date(ms).toISOString();

describe('budget cycles and proposals (real PostgreSQL, Redis, BullMQ)', () => {
  let t: TestApp;
  let councilId: string;
  let secretary: string;
  let chair: string;
  let member: string;

  beforeAll(async () => {
    t = await startTestApp();
    councilId = uniqueName('c');
    await seedCouncil(t.app.get(CommandExecutor), councilId, {
      members: ['anja', 'steen', 'ole'],
      chair: 'steen',
      secretary: 'sofie',
    });
    secretary = t.token({ personId: 'sofie', role: 'secretary', councilId });
    chair = t.token({ personId: 'steen', role: 'chair', councilId });
    member = t.token({ personId: 'ole', role: 'member', councilId });
  });

  afterAll(async () => {
    await t?.close();
  });

  const base = () => `/api/councils/${councilId}`;
  const events = (streamId: string): Promise<StoredEvent[]> => t.app.get(EventStore).readStream(streamId);
  const ofType = async (streamId: string, type: string) =>
    (await events(streamId)).filter((e) => e.type === type);
  /** Waits until the stream holds events of `type` (the scheduler records them in its own time). */
  const recorded = (streamId: string, type: string, options: { timeoutMs?: number; what: string }) =>
    eventually(async () => {
      const found = await ofType(streamId, type);
      return found.length > 0 && found;
    }, options);
  const recordedAt = async (streamId: string, type: string) =>
    (await ofType(streamId, type)).at(-1)!.recordedAt;
  const as = (token: string) => ({
    post: (path: string, body: object, status = 200) =>
      t.http.post(`${base()}${path}`).set(t.auth(token)).send(body).expect(status),
    patch: (path: string, body: object, status = 200) =>
      t.http.patch(`${base()}${path}`).set(t.auth(token)).send(body).expect(status),
    put: (path: string, body: object, status = 200) =>
      t.http.put(`${base()}${path}`).set(t.auth(token)).send(body).expect(status),
    get: (path: string, status = 200) => t.http.get(`${base()}${path}`).set(t.auth(token)).expect(status),
  });

  it("takes seed 002's proposal, entered field by field, through seed 000's 2022 calendar to adoption", async () => {
    const cycleId = uniqueName('cy');
    const proposalId = uniqueName('bp');
    const otherId = uniqueName('bp');
    const sec = as(secretary);
    await sec.post(
      '/budget-cycles',
      { id: cycleId, year: 2023, milestones: MILESTONES_2022, reminderOffsets: ['P7D'] },
      201,
    );
    // Recorded after the fact: the passed submission deadline is recorded at once, with no drafts yet.
    const [passed] = await recorded(
      caseStreamId('budgetCycle', councilId, cycleId),
      'SubmissionDeadlinePassed',
      {
        what: 'the 2022 submission deadlines recorded as passed',
      },
    );
    expect(passed.data).toMatchObject({ missedBy: [] });

    const { remarks, costs, agreementText, sdgs, ...core } = SEED_002;
    // The first version had no establishment cost; it was added after the first discussion.
    const firstCosts = costs.map((c) => ({ ...c, establishment: 0 }));
    const created = await sec.post(
      '/budget-proposals',
      { id: proposalId, cycleId, ...core, costs: firstCosts },
      201,
    );
    expect(created.body).toEqual({ id: proposalId, revision: 6 });
    await sec.patch(`/budget-proposals/${proposalId}`, { agreementText });
    await sec.patch(`/budget-proposals/${proposalId}`, { sdgs });
    await as(chair).post(
      '/budget-proposals',
      { id: otherId, cycleId, ...core, title: 'Psykiatrisk Gadeplansteam', costs },
      201,
    );

    await sec.post(`/budget-proposals/${proposalId}/submission`, {
      committee: COMMITTEE,
      at: '2022-03-20T10:00:00+01:00',
    });
    await sec.post(`/budget-proposals/${proposalId}/discussion`, { at: CALENDAR_2022.firstDiscussion });
    const stream = caseStreamId('budgetProposal', councilId, proposalId);
    const afterDiscussion = await recordedAt(stream, 'BudgetProposalDiscussed');
    await sleep(5);

    // Between the first discussion and the final approval: the solution, the costs, the overlap
    // and the administration's remarks change.
    const solution = `${SEED_002.solution} Focus on the psychiatric street team and the Flex clinic.`;
    await sec.patch(`/budget-proposals/${proposalId}`, { solution, costs, overlaps: [otherId] });
    await as(chair).put(`/budget-proposals/${proposalId}/remarks`, { remarks }, 403);
    await sec.put(`/budget-proposals/${proposalId}/remarks`, { remarks });
    const refused = await sec.post(`/budget-proposals/${proposalId}/prioritisation`, { rank: 6 }, 400);
    expect(JSON.stringify(refused.body)).toMatch(/quota of 5/);
    // The street-team proposal takes first place on the committee's list of five.
    const street = `/budget-proposals/${otherId}`;
    await as(chair).post(`${street}/submission`, { committee: COMMITTEE, at: '2022-03-21T10:00:00+01:00' });
    await as(chair).post(`${street}/discussion`, { at: CALENDAR_2022.firstDiscussion });
    await as(chair).post(`${street}/prioritisation`, { rank: 1, at: CALENDAR_2022.prioritisation });
    await eventually(
      async () =>
        (await as(member).get(`/budget-proposals?cycleId=${cycleId}&status=prioritised`)).body.length === 1,
      { what: 'the street-team proposal listed as prioritised' },
    );
    const taken = await sec.post(`/budget-proposals/${proposalId}/prioritisation`, { rank: 1 }, 409);
    expect(JSON.stringify(taken.body)).toMatch(/already given/);
    await sec.post(`/budget-proposals/${proposalId}/prioritisation`, {
      rank: 2,
      at: CALENDAR_2022.prioritisation,
    });
    await sec.post(`/budget-proposals/${proposalId}/committee-approval`, { at: CALENDAR_2022.finalApproval });
    const afterApproval = await recordedAt(stream, 'BudgetProposalApprovedByCommittee');
    await sleep(5);
    await sec.patch(`/budget-proposals/${proposalId}`, { agreementText: `${agreementText} (final)` });

    await sec.post(`/budget-proposals/${proposalId}/negotiation`, { at: '2022-09-01T10:00:00+02:00' });
    const draftOnly = uniqueName('bp');
    await sec.post('/budget-proposals', { id: draftOnly, cycleId, ...core, costs }, 201);
    await sec.post(`/budget-proposals/${draftOnly}/decision`, { outcome: 'rejected' }, 409);
    const noCost = await sec.post(
      `/budget-proposals/${proposalId}/decision`,
      { outcome: 'adopted', grants: [{ year: 2027, amount: 1 }] },
      400,
    );
    expect(JSON.stringify(noCost.body)).toMatch(/no cost for 2027/);
    const grants = [
      { year: 2023, amount: 2 },
      { year: 2024, amount: 1.9 },
      { year: 2025, amount: 1.9 },
      { year: 2026, amount: 1.9 },
    ];
    await sec.post(`/budget-proposals/${proposalId}/decision`, {
      outcome: 'adopted',
      grants,
      at: '2022-09-20T12:00:00+02:00',
    });

    const view = (await as(member).get(`/budget-proposals/${proposalId}`)).body;
    expect(view.status).toBe('decided');
    expect(view.decision).toEqual({ outcome: 'adopted', grants, at: '2022-09-20T12:00:00+02:00' });
    expect(view.costs.map((c: { total: number }) => c.total)).toEqual([2, 1.9, 1.9, 1.9]);
    expect(view.totalByYear).toEqual({ 2023: 2, 2024: 1.9, 2025: 1.9, 2026: 1.9 });
    expect(view.administration).toEqual({ remarks });
    expect(view.submission).toMatchObject({ committee: COMMITTEE, late: false, milestoneId: 'spu-first' });
    expect(view.prioritisation).toMatchObject({ rank: 2, quota: 5 });
    const decided = await ofType(stream, 'BudgetProposalDecided');
    expect(decided[0].data).toEqual({ outcome: 'adopted', grants, at: '2022-09-20T12:00:00+02:00' });

    const diff = (
      await as(member).get(
        `/budget-proposals/${proposalId}/diff?from=${encodeURIComponent(afterDiscussion)}&to=${encodeURIComponent(afterApproval)}`,
      )
    ).body;
    expect(diff.status).toEqual({ from: 'discussed', to: 'approved' });
    expect(diff.changes.map((c: { field: string }) => c.field)).toEqual([
      'solution',
      'costs',
      'overlaps',
      'remarks',
    ]);
    const byField = Object.fromEntries(diff.changes.map((c: { field: string }) => [c.field, c]));
    expect(byField.solution).toEqual({ field: 'solution', from: SEED_002.solution, to: solution });
    expect(byField.costs.from.map((c: { total: number }) => c.total)).toEqual([1.9, 1.9, 1.9, 1.9]);
    expect(byField.costs.to.map((c: { total: number }) => c.total)).toEqual([2, 1.9, 1.9, 1.9]);
    expect(byField.overlaps).toEqual({ field: 'overlaps', from: null, to: [otherId] });
    expect(byField.remarks).toEqual({ field: 'remarks', from: null, to: remarks });

    const list = await eventually(
      async () => {
        const body = (await as(member).get(`/budget-proposals?cycleId=${cycleId}&status=decided`)).body;
        return body.length === 1 && body;
      },
      { what: 'the decided proposal in the list' },
    );
    expect(list[0]).toMatchObject({ id: proposalId, outcome: 'adopted', rank: 2, totalByYear: { 2023: 2 } });
    await as(member).post('/budget-proposals', { cycleId, ...core, costs }, 403);
  });

  it('seed 002 as written: merged from two after the prioritisation meeting, joining late, approved at final approval', async () => {
    const cycleId = uniqueName('cy');
    const sec = as(secretary);
    await sec.post(
      '/budget-cycles',
      { id: cycleId, year: 2023, milestones: MILESTONES_2022, reminderOffsets: ['P7D'] },
      201,
    );
    const { remarks: _remarks, ...form } = SEED_002;
    const [unit, clinic, merged] = [uniqueName('bp'), uniqueName('bp'), uniqueName('bp')];
    for (const [id, title] of [
      [unit, 'Tværsektoriel udsatteenhed'],
      [clinic, 'Almen praksis-funktion i Flexklinikken'],
    ]) {
      await sec.post('/budget-proposals', { id, cycleId, ...form, title }, 201);
      await sec.post(`/budget-proposals/${id}/submission`, {
        committee: COMMITTEE,
        at: '2022-03-20T10:00:00+01:00',
      });
    }
    await sec.post('/budget-proposals', { id: merged, cycleId, ...form }, 201);
    const reason = 'Sammenlagt af to forslag og skrevet efter udvalgets prioriteringsmøde 27. april';
    await sec.post(`/budget-proposals/${merged}/submission`, {
      committee: COMMITTEE,
      lateReason: reason,
      at: '2022-05-02T10:00:00+02:00',
    });
    await sec.post(`/budget-proposals/${merged}/merge`, {
      replaces: [unit, clinic],
      at: '2022-05-02T10:00:00+02:00',
    });
    // A retry changes nothing; an unknown proposal is named in the 400.
    await sec.post(`/budget-proposals/${merged}/merge`, { replaces: [unit, clinic] });
    const unknown = await sec.post(`/budget-proposals/${merged}/merge`, { replaces: ['bp-nowhere'] }, 400);
    expect(JSON.stringify(unknown.body)).toContain('bp-nowhere');
    // It came too late for discussion and prioritisation, so it goes to final approval directly.
    await sec.post(`/budget-proposals/${merged}/committee-approval`, { at: CALENDAR_2022.finalApproval });

    const view = (await as(member).get(`/budget-proposals/${merged}`)).body;
    expect(view).toMatchObject({
      status: 'approved',
      submission: { late: true, lateReason: reason },
      mergedFrom: [unit, clinic],
    });
    for (const id of [unit, clinic]) {
      const replaced = (await as(member).get(`/budget-proposals/${id}`)).body;
      expect(replaced).toMatchObject({ status: 'merged', mergedInto: { into: merged } });
      await sec.post(`/budget-proposals/${id}/committee-approval`, { at: CALENDAR_2022.finalApproval }, 409);
    }
  });

  it('reminds the secretary and the chair of a proposal left in draft, not of one submitted, and records the miss', async () => {
    const now = Date.now();
    const cycleId = uniqueName('cy');
    const draftId = uniqueName('bp');
    const submittedId = uniqueName('bp');
    const dueAt = iso(now + 6000);
    const sec = as(secretary);
    await sec.post(
      '/budget-cycles',
      {
        id: cycleId,
        year: new Date(now).getUTCFullYear() + 1,
        milestones: [
          {
            id: 'first',
            kind: 'first-discussion',
            committee: COMMITTEE,
            date: iso(now + 120_000),
            submissionDeadline: dueAt,
          },
        ],
        reminderOffsets: ['PT3S'],
      },
      201,
    );
    const { remarks: _r, ...fields } = SEED_002;
    for (const id of [draftId, submittedId]) {
      await sec.post('/budget-proposals', { id, cycleId, ...fields, committee: COMMITTEE }, 201);
    }
    await sec.post(`/budget-proposals/${submittedId}/submission`, {});
    const cycleStream = caseStreamId('budgetCycle', councilId, cycleId);

    const [reminder] = await recorded(cycleStream, 'RemindersIssued', {
      timeoutMs: 10_000,
      what: 'the submission reminder',
    });
    expect(reminder.data).toEqual({
      deadline: 'submission.first',
      reminder: 'submission.first.reminder.PT3S',
      dueAt,
      remindAt: iso(now + 3000),
      recipients: ['sofie', 'steen'],
      about: 'submission-deadline',
      milestoneId: 'first',
      committee: COMMITTEE,
      proposals: [{ id: draftId, title: SEED_002.title }],
    });
    expect(reminder.metadata.actor).toEqual({ personId: 'system', role: 'system' });
    expect(reminder.metadata.councilId).toBe(councilId);
    expect(Date.parse(reminder.recordedAt)).toBeLessThan(Date.parse(dueAt));

    const [missed] = await recorded(
      caseStreamId('budgetProposal', councilId, draftId),
      'BudgetProposalSubmissionDeadlineMissed',
      {
        timeoutMs: 10_000,
        what: 'the missed deadline on the draft',
      },
    );
    expect(missed.data).toEqual({ cycleId, milestoneId: 'first', committee: COMMITTEE, dueAt });
    expect((await ofType(cycleStream, 'SubmissionDeadlinePassed'))[0].data).toEqual({
      milestoneId: 'first',
      committee: COMMITTEE,
      dueAt,
      missedBy: [draftId],
    });
    expect(
      await ofType(
        caseStreamId('budgetProposal', councilId, submittedId),
        'BudgetProposalSubmissionDeadlineMissed',
      ),
    ).toEqual([]);
    expect(await ofType(cycleStream, 'RemindersIssued')).toHaveLength(1);

    // A late submission is taken in, and recorded as late.
    await sec.post(`/budget-proposals/${draftId}/submission`, {});
    const view = (await as(member).get(`/budget-proposals/${draftId}`)).body;
    expect(view.submission).toMatchObject({ late: true, submissionDeadline: dueAt });
    expect(view.missedDeadlines).toHaveLength(1);
  });

  it('moves the meeting reminder with its milestone and reminds the council of what is on it', async () => {
    const now = Date.now();
    const cycleId = uniqueName('cy');
    const proposalId = uniqueName('bp');
    const sec = as(secretary);
    await sec.post(
      '/budget-cycles',
      {
        id: cycleId,
        year: new Date(now).getUTCFullYear() + 1,
        milestones: [
          { id: 'prio', kind: 'prioritisation', committee: COMMITTEE, date: iso(now + 6000), quota: 5 },
        ],
        reminderOffsets: ['PT3S'],
      },
      201,
    );
    const { remarks: _r, ...fields } = SEED_002;
    await sec.post('/budget-proposals', { id: proposalId, cycleId, ...fields }, 201);
    await sec.post(`/budget-proposals/${proposalId}/submission`, { committee: COMMITTEE });
    const moved = iso(now + 9000);
    const cycle = (await as(member).get(`/budget-cycles/${cycleId}`)).body;
    await t.http
      .patch(`${base()}/budget-cycles/${cycleId}/milestones/prio`)
      .set(t.auth(secretary))
      .set('If-Match', String(cycle.revision + 1))
      .send({ date: moved })
      .expect(409);
    await t.http
      .patch(`${base()}/budget-cycles/${cycleId}/milestones/prio`)
      .set(t.auth(secretary))
      .set('If-Match', String(cycle.revision))
      .send({ date: moved })
      .expect(200);
    const cycleStream = caseStreamId('budgetCycle', councilId, cycleId);

    await sleep(Math.max(0, now + 4000 - Date.now()));
    expect(await ofType(cycleStream, 'RemindersIssued')).toEqual([]);
    const [reminder] = await recorded(cycleStream, 'RemindersIssued', {
      timeoutMs: 8000,
      what: 'the moved meeting reminder',
    });
    expect(reminder.data).toMatchObject({
      about: 'milestone',
      dueAt: moved,
      remindAt: iso(now + 6000),
      recipients: ['anja', 'steen', 'ole', 'sofie'],
      proposals: [{ id: proposalId, title: SEED_002.title }],
    });
    expect(Date.parse(reminder.recordedAt)).toBeGreaterThanOrEqual(now + 6000);
  });

  it('follows the calendar as the region changes it: an added meeting is reminded, a cancelled one is not', async () => {
    const now = Date.now();
    const cycleId = uniqueName('cy');
    const sec = as(secretary);
    const path = `/budget-cycles/${cycleId}/milestones`;
    await sec.post(
      '/budget-cycles',
      {
        id: cycleId,
        year: new Date(now).getUTCFullYear() + 1,
        milestones: [
          { id: 'held', kind: 'first-discussion', committee: COMMITTEE, date: iso(now - 86_400_000) },
          { id: 'called-off', kind: 'prioritisation', committee: COMMITTEE, date: iso(now + 9000) },
        ],
        reminderOffsets: ['PT3S'],
      },
      201,
    );
    // Refusals first: each changes nothing.
    await as(member).post(`${path}/called-off/cancellation`, { reason: 'x' }, 403);
    await sec.post(`${path}/called-off/cancellation`, {}, 400);
    const held = await sec.post(`${path}/held/cancellation`, { reason: 'Aflyst' }, 409);
    expect(JSON.stringify(held.body)).toContain('took place');
    await sec.post(path, { kind: 'party', committee: COMMITTEE, date: iso(now + 7000) }, 400);
    expect((await events(caseStreamId('budgetCycle', councilId, cycleId))).map((e) => e.type)).toEqual([
      'BudgetCycleCreated',
    ]);

    await sec.post(`${path}/called-off/cancellation`, { reason: 'Regionen aflyste mødet' });
    await sec.post(path, { kind: 'final-approval', committee: COMMITTEE, date: iso(now + 10_000) }, 201);
    const cycle = (await as(member).get(`/budget-cycles/${cycleId}`)).body;
    expect(cycle.milestones.map((m: { id: string }) => m.id)).toEqual(['held', 'final-approval-3']);
    expect(cycle.cancelledMilestones).toEqual([
      { milestone: expect.objectContaining({ id: 'called-off' }), reason: 'Regionen aflyste mødet' },
    ]);

    // The cancelled meeting's reminder (due at +6 s, room for a loaded machine to cancel first)
    // never comes; the added one's (at +7 s) does.
    const [reminder] = await recorded(caseStreamId('budgetCycle', councilId, cycleId), 'RemindersIssued', {
      timeoutMs: 10_000,
      what: 'the added meeting’s reminder',
    });
    expect(reminder.data).toMatchObject({ about: 'milestone', milestoneId: 'final-approval-3' });
    await sleep(Math.max(0, now + 9500 - Date.now()));
    expect(
      (await ofType(caseStreamId('budgetCycle', councilId, cycleId), 'RemindersIssued')).map(
        (e) => (e.data as { milestoneId: string }).milestoneId,
      ),
    ).toEqual(['final-approval-3']);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = await t.http.get('/docs-json').expect(200);
    const paths = Object.keys(doc.body.paths as object);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/councils/{councilId}/budget-cycles',
        '/api/councils/{councilId}/budget-cycles/{id}/milestones/{milestoneId}',
        '/api/councils/{councilId}/budget-proposals/{id}/diff',
        '/api/councils/{councilId}/budget-proposals/{id}/prioritisation',
      ]),
    );
    const create = doc.body.components.schemas.CreateBudgetProposalDto;
    expect(create.required).toEqual(
      expect.arrayContaining([
        'cycleId',
        'title',
        'proposedBy',
        'problem',
        'solution',
        'financingArea',
        'costs',
      ]),
    );
  });

  it('keeps councils apart, answers retried creations the same, and refuses unknown fields', async () => {
    const cycleId = uniqueName('cy');
    const body = { id: cycleId, year: 2023, milestones: MILESTONES_2022.slice(1, 2), reminderOffsets: [] };
    const sec = as(secretary);
    const first = await sec.post('/budget-cycles', body, 201);
    expect((await sec.post('/budget-cycles', body, 201)).body).toEqual(first.body);
    await sec.post('/budget-cycles', { ...body, year: 2024 }, 409);
    const bad = await sec.post('/budget-proposals', { cycleId, ...SEED_002 }, 400);
    expect(JSON.stringify(bad.body)).toMatch(/remarks/);

    const otherCouncil = uniqueName('c');
    await seedCouncil(t.app.get(CommandExecutor), otherCouncil, { members: ['x'], secretary: 'y' });
    const stranger = t.token({ personId: 'y', role: 'secretary', councilId: otherCouncil });
    await t.http
      .get(`/api/councils/${otherCouncil}/budget-cycles/${cycleId}`)
      .set(t.auth(stranger))
      .expect(404);
    await t.http
      .patch(`/api/councils/${otherCouncil}/budget-cycles/${cycleId}/milestones/${MILESTONES_2022[1].id}`)
      .set(t.auth(stranger))
      .send({ date: '2022-05-04T15:00:00+02:00' })
      .expect(404);
    await t.http
      .post(`/api/councils/${otherCouncil}/budget-proposals`)
      .set(t.auth(stranger))
      .send({ cycleId, ...SEED_002, remarks: undefined })
      .expect(400);
  });
});
