/**
 * Issue 6 end to end on the real stack (`startTestApp`: PostgreSQL schema of its own, Redis prefix
 * of its own, real BullMQ worker): seed 003's three-phase IDD rollout with its dates and patient
 * counts, the progress read back; a report falling due a few seconds out, first reminded, then
 * recorded overdue; a plan revision that keeps the old plan in the stream; the refusals.
 *
 * The implemented budget proposals are recorded straight into the store (their decision is the
 * budget lib's business; only `BudgetProposalDecided` matters here). Everything else is the app
 * as `npm start` runs it: the list projection under the ProjectionRunner, the deadline follower
 * with `followUpDescriptor`, history serving `?asOf=` and `/history` through the same descriptor.
 */
import { EventStore } from '@app/event-store';
import { record } from '@app/history/testing/history-test-store';
import Redis from 'ioredis';
import { eventually, sleep } from './support/eventually';
import { startTestApp, TEST_REDIS_URL, type TestApp } from './support/test-app';
import { caseStreamId } from '@app/kernel';

const COUNCIL = 'sjaelland';
const base = `/api/councils/${COUNCIL}`;

/** Indicators without a period (issue 18.6): at least the target, compared as a level; under it, not on track. */
const LEVEL = { comparator: 'at-least', period: null, baseline: null, expectedByNow: null, onTrack: false };

describe('follow-ups on the real stack', () => {
  let t: TestApp;
  let secretary: string;
  let member: string;
  let evaluator: string;
  let store: EventStore;

  beforeAll(async () => {
    t = await startTestApp();
    secretary = t.token({ personId: 'sec-1', role: 'secretary', councilId: COUNCIL });
    member = t.token({ personId: 'mem-1', role: 'member', councilId: COUNCIL });
    evaluator = t.token({ personId: 'eva-1', role: 'evaluator', councilId: COUNCIL });
    store = t.app.get(EventStore);
    const admin = t.token({ personId: 'admin-1', role: 'admin' });
    await t.http
      .post('/api/councils')
      .set(t.auth(admin))
      .send({ id: COUNCIL, name: 'Udsatterådet i Region Sjælland', reminderOffsets: ['P14D', 'P2D'] })
      .expect(201);
    for (const personId of ['sec-1', 'sec-2'])
      await post('/secretaries', secretary, {
        personId,
        name: personId,
        email: `${personId}@regionsjaelland.dk`,
      }).expect(201);
    // The record, not the token, makes a member or the chair (issue 20).
    for (const personId of ['mem-1', 'chair-1'])
      await post('/members', secretary, {
        personId,
        name: personId,
        organisation: `Organisation ${personId}`,
        email: `${personId}@example.org`,
      }).expect(201);
    await post('/chair', secretary, { personId: 'chair-1' }).expect(200);
    const decided = (outcome: string) => [
      {
        type: 'BudgetProposalDecided',
        data: {
          outcome,
          grants: [
            { year: 2026, amount: 4.2 },
            { year: 2027, amount: 4.2 },
          ],
          at: '2025-10-09T12:00:00Z',
        },
        recordedAt: '2025-10-09T12:00:00Z',
      },
    ];
    await record(store, 'budgetProposal-idd', COUNCIL, decided('adopted'));
    await record(store, 'budgetProposal-social-sundhed', COUNCIL, decided('partly-adopted'));
    await record(store, 'budgetProposal-rejected', COUNCIL, decided('rejected'));
  }, 30_000);

  afterAll(async () => {
    await t?.close();
  });

  const post = (path: string, token: string, body: object) =>
    t.http.post(`${base}${path}`).set(t.auth(token)).send(body);
  const get = (path: string, token = secretary) => t.http.get(`${base}${path}`).set(t.auth(token));
  const streamOf = (id: string) => store.readStream(caseStreamId('followUp', COUNCIL, id));

  // Seed 003: IDD since 1 September 2024, phase 2 from 1 July 2025 to 1 July 2026, phase 3 from
  // July 2026 to the end of 2027; 407 patients in IDD treatment, 384 in coordinated treatment and
  // 198 in the motivational phase as of 31.12.25. The targets are this suite's assumptions.
  const iddPlan = {
    id: 'idd',
    title: 'Integreret dobbeltdiagnosebehandling (IDD)',
    responsible: 'Psykiatrien',
    phases: [
      {
        id: 'fase-1',
        name: 'Fase 1: patienter i Psykiatrien uden samtidig rusmiddelbehandling',
        plannedStart: '2024-09-01T00:00:00+02:00',
      },
      {
        id: 'fase-2',
        name: 'Fase 2: patienter i samtidig kommunal rusmiddelbehandling',
        plannedStart: '2025-07-01T00:00:00+02:00',
        plannedEnd: '2026-07-01T00:00:00+02:00',
      },
      {
        id: 'fase-3',
        name: 'Fase 3: patienter alene i kommunalt regi',
        plannedStart: '2026-07-01T00:00:00+02:00',
        plannedEnd: '2027-12-31T00:00:00+01:00',
      },
    ],
    indicators: [
      { id: 'idd', name: 'Patienter i IDD-behandling', unit: 'patients', target: 450 },
      { id: 'koordineret', name: 'Patienter i koordineret behandling', unit: 'patients', target: 400 },
      { id: 'motiverende', name: 'Patienter i motiverende fase', unit: 'patients', target: 200 },
    ],
    reportEvery: 'P3M',
    reminderOffsets: ['P7D'],
  };

  it('enters the three-phase rollout of seed 003 and reads its progress back', async () => {
    const created = await post('/budget-proposals/idd/follow-up', secretary, iddPlan).expect(201);
    expect(created.body).toEqual({ id: 'idd', revision: 0 });
    // A retried creation with the same id and content answers the same and records nothing.
    await post('/budget-proposals/idd/follow-up', secretary, iddPlan).expect(201, { id: 'idd', revision: 0 });
    await post('/budget-proposals/idd/follow-up', secretary, { ...iddPlan, title: 'Other' }).expect(409);

    await post('/follow-ups/idd/phases/fase-1/start', secretary, { on: '2024-09-01T00:00:00+02:00' }).expect(
      200,
    );
    await post('/follow-ups/idd/phases/fase-2/start', secretary, { on: '2025-07-01T00:00:00+02:00' }).expect(
      200,
    );
    await post('/follow-ups/idd/phases/fase-1/completion', secretary, {
      on: '2025-07-01T00:00:00+02:00',
    }).expect(200);
    await post('/follow-ups/idd/phases/fase-2/completion', secretary, {
      on: '2026-07-01T00:00:00+02:00',
    }).expect(200);
    await post('/follow-ups/idd/phases/fase-3/start', secretary, { on: '2026-07-01T00:00:00+02:00' }).expect(
      200,
    );
    await post('/follow-ups/idd/status-reports', secretary, {
      summary: 'Fase 2 i gang; 2025-tal',
      asOf: '2025-09-30T00:00:00+02:00',
      values: [{ indicatorId: 'idd', value: 350 }],
    }).expect(201);
    const q4 = {
      id: 'q4-2025',
      summary: 'SP-data trukket 31.12.25; efterregistrering af retslige patienter pågår',
      asOf: '2025-12-31T00:00:00+01:00',
      values: [
        { indicatorId: 'idd', value: 407 },
        { indicatorId: 'koordineret', value: 384 },
        { indicatorId: 'motiverende', value: 198 },
      ],
    };
    const report = await post('/follow-ups/idd/status-reports', secretary, q4).expect(201);
    expect(report.body).toEqual({ id: 'idd', revision: 7, reportId: 'q4-2025' });
    // Retried (a lost answer): the same report id and content changes nothing.
    await post('/follow-ups/idd/status-reports', secretary, q4).expect(201, report.body);

    const { body } = await get('/follow-ups/idd', evaluator).expect(200);
    expect(body).toMatchObject({
      id: 'idd',
      status: 'in-progress',
      revision: 7,
      implements: { kind: 'budget-proposal', id: 'idd' },
      grants: [
        { year: 2026, amount: 4.2 },
        { year: 2027, amount: 4.2 },
      ],
      grantsFrom: { kind: 'budget-proposal', id: 'idd' },
      responsible: { unit: 'Psykiatrien', secretaryPersonId: 'sec-1' },
    });
    expect(body.phases[1]).toEqual({
      id: 'fase-2',
      name: iddPlan.phases[1].name,
      plannedStart: '2025-07-01T00:00:00+02:00',
      plannedEnd: '2026-07-01T00:00:00+02:00',
      startedOn: '2025-07-01T00:00:00+02:00',
      completedOn: '2026-07-01T00:00:00+02:00',
    });
    expect(body.progress).toEqual({
      phasesDone: 2,
      phasesTotal: 3,
      milestonesMet: 0,
      milestonesTotal: 0,
      indicators: [
        {
          id: 'idd',
          name: 'Patienter i IDD-behandling',
          unit: 'patients',
          latest: 407,
          latestAsOf: '2025-12-31T00:00:00+01:00',
          target: 450,
          ...LEVEL,
        },
        {
          id: 'koordineret',
          name: 'Patienter i koordineret behandling',
          unit: 'patients',
          latest: 384,
          latestAsOf: '2025-12-31T00:00:00+01:00',
          target: 400,
          ...LEVEL,
        },
        {
          id: 'motiverende',
          name: 'Patienter i motiverende fase',
          unit: 'patients',
          latest: 198,
          latestAsOf: '2025-12-31T00:00:00+01:00',
          target: 200,
          ...LEVEL,
        },
      ],
      onSchedule: true,
    });

    const list = await eventually(
      async () => {
        const res = await get('/follow-ups?implementsKind=budget-proposal&status=in-progress', member).expect(
          200,
        );
        return res.body.items.length > 0 && res.body;
      },
      { what: 'the follow-up in the list' },
    );
    expect(list.items).toMatchObject([
      { id: 'idd', status: 'in-progress', revision: 7, progress: { phasesDone: 2 } },
    ]);
  });

  it('refuses a follow-up of a rejected proposal, a missing one, a phase completed before it started, and non-secretaries', async () => {
    await post('/budget-proposals/rejected/follow-up', secretary, { ...iddPlan, id: 'r1' }).expect(409);
    await post('/follow-ups', secretary, {
      ...iddPlan,
      id: 'r2',
      implements: { kind: 'hearing', id: 'nowhere' },
    }).expect(404);
    await post('/follow-ups/idd/phases/fase-3/completion', secretary, {
      on: '2026-06-01T00:00:00+02:00',
    }).expect(400);
    await post('/follow-ups/idd/status-reports', member, { summary: 'x' }).expect(403);
    await post('/follow-ups/idd/status-reports', secretary, { summary: 'x', extra: 1 }).expect(400);
    await post('/follow-ups/idd/status-reports', secretary, { summary: 'x', asOf: '2026-01-01' }).expect(400);
    await post('/follow-ups/idd/status-reports', secretary, { summary: 'x' })
      .set('If-Match', '3')
      .expect(409);
    const other = t.token({ personId: 'sec-9', role: 'secretary', councilId: 'other-council' });
    await t.http.get('/api/councils/other-council/follow-ups/idd').set(t.auth(other)).expect(404);
  });

  it("reminds the council's secretary at the council's offsets unless told otherwise", async () => {
    const chair = t.token({ personId: 'chair-1', role: 'chair', councilId: COUNCIL });
    const { reportEvery: _r, reminderOffsets: _o, ...plan } = iddPlan;
    await post('/budget-proposals/idd/follow-up', chair, { ...plan, id: 'idd-chair' }).expect(201);
    const { body } = await get('/follow-ups/idd-chair').expect(200);
    expect(body.responsible).toEqual({ unit: 'Psykiatrien', secretaryPersonId: 'sec-1' });
    expect(body.reminderOffsets).toEqual(['P14D', 'P2D']);
    await post('/budget-proposals/idd/follow-up', chair, {
      ...plan,
      id: 'idd-2',
      responsibleSecretaryId: 'sec-2',
    }).expect(201);
    expect((await get('/follow-ups/idd-2').expect(200)).body.responsible.secretaryPersonId).toBe('sec-2');
    const refused = await post('/budget-proposals/idd/follow-up', chair, {
      ...plan,
      id: 'idd-3',
      responsibleSecretaryId: 'mem-1',
    }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('responsibleSecretaryId');
  });

  it('a plan revision keeps the old plan readable in the history', async () => {
    const beforeRevision = new Date().toISOString();
    await sleep(20);
    await post('/follow-ups/idd/plan-revision', secretary, {
      reason: 'Fase 3 forlænget: efterregistrering afventer national beslutning',
      phases: [{ id: 'fase-3', plannedEnd: '2028-06-30T00:00:00+02:00' }],
    }).expect(200);
    const { body } = await get('/follow-ups/idd').expect(200);
    expect(body.phases[2].plannedEnd).toBe('2028-06-30T00:00:00+02:00');
    expect(body.planRevisions).toHaveLength(1);

    const history = await get('/follow-ups/idd/history', evaluator).expect(200);
    const events: { type: string; data: Record<string, unknown>; actor: unknown; description: string }[] =
      history.body.events;
    const created = events.find((e) => e.type === 'FollowUpCreated')!;
    const revised = events.find((e) => e.type === 'PlanRevised')!;
    expect((created.data.phases as { plannedEnd?: string }[])[2].plannedEnd).toBe(
      '2027-12-31T00:00:00+01:00',
    );
    expect((revised.data.previous as { phases: { plannedEnd?: string }[] }).phases[2].plannedEnd).toBe(
      '2027-12-31T00:00:00+01:00',
    );
    expect(revised.actor).toEqual({ personId: 'sec-1', role: 'secretary' });
    expect(revised.description).toContain('Fase 3 forlænget');

    // The follow-up as it was before the revision, served by history through followUpDescriptor.
    const asOf = await get(`/follow-ups/idd?asOf=${encodeURIComponent(beforeRevision)}`, evaluator).expect(
      200,
    );
    expect(JSON.stringify(asOf.body)).toContain('2027-12-31T00:00:00+01:00');
    expect(JSON.stringify(asOf.body)).not.toContain('2028-06-30');

    // The chain walks from the follow-up to the proposal it implements.
    const chain = await get('/follow-ups/idd/chain', evaluator).expect(200);
    expect(JSON.stringify(chain.body)).toMatch(/implements/);
    expect(JSON.stringify(chain.body)).toMatch(/budget-proposals/);
  });

  it('a revision adds a milestone and drops a phase not started; the scheduler follows the new plan', async () => {
    await post('/budget-proposals/idd/follow-up', secretary, { ...iddPlan, id: 'idd-grow' }).expect(201);
    await post('/follow-ups/idd-grow/phases/fase-1/start', secretary, {
      on: '2024-09-01T00:00:00+02:00',
    }).expect(200);
    const due = new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString();
    const revise = (body: object) =>
      post('/follow-ups/idd-grow/plan-revision', secretary, { reason: 'Styregruppens beslutning', ...body });
    // What has happened stays, and the refusals change nothing.
    await revise({ dropPhases: ['fase-1'] }).expect(409);
    const backwards = await revise({
      addPhases: [
        {
          name: 'Fase 4',
          plannedStart: '2028-01-01T00:00:00+01:00',
          plannedEnd: '2027-01-01T00:00:00+01:00',
        },
      ],
    }).expect(400);
    expect(JSON.stringify(backwards.body)).toContain('ends before it starts');
    await revise({ dropMilestones: ['nope'] }).expect(400);
    await revise({ addMilestones: [{ name: 'x', due: 'tomorrow' }] }).expect(400);
    await revise({
      addPhases: Array.from({ length: 51 }, (_, i) => ({ name: `F${i}`, plannedStart: due })),
    }).expect(400);
    expect((await streamOf('idd-grow')).map((e) => e.type)).toEqual(['FollowUpCreated', 'PhaseStarted']);

    await revise({
      addMilestones: [{ name: 'Fælles visitation i drift', due }],
      dropPhases: ['fase-3'],
    }).expect(200);
    const { body } = await get('/follow-ups/idd-grow').expect(200);
    expect(body.phases.map((p: { id: string }) => p.id)).toEqual(['fase-1', 'fase-2']);
    expect(body.milestones).toEqual([
      expect.objectContaining({
        id: 'milestone-1',
        name: 'Fælles visitation i drift',
        due,
        status: 'pending',
      }),
    ]);
    // The follower schedules the new milestone's deadline and reminders in BullMQ.
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const jobs = await eventually(
        async () => {
          const delayed = await redis.zrange(`${t.config.redisPrefix}:deadlines:delayed`, 0, -1);
          const found = delayed.filter(
            (job) =>
              job.includes(`|${caseStreamId('followUp', COUNCIL, 'idd-grow')}|`) &&
              job.includes('milestone-1'),
          );
          return found.length > 0 && found;
        },
        { what: 'the new milestone’s jobs in Redis' },
      );
      expect(jobs.length).toBeGreaterThanOrEqual(1);
    } finally {
      redis.disconnect();
    }
  });

  it('documents the plan revision’s lists in the OpenAPI document', async () => {
    const doc = await t.http.get('/docs-json').expect(200);
    const revision = doc.body.components.schemas.RevisePlanDto.properties;
    expect(revision.addMilestones).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/FollowUpMilestoneDto' },
    });
    expect(revision.addPhases.items).toEqual({ $ref: '#/components/schemas/PhaseDto' });
    expect(revision.dropPhases).toMatchObject({ type: 'array', items: { type: 'string' } });
  });

  it('a report falling due a few seconds out is first reminded, then recorded overdue', async () => {
    // Seed 003's partnership with Social Sundhed: 150 bridgings so far of a yearly target of 600.
    await post('/budget-proposals/social-sundhed/follow-up', secretary, {
      id: 'social-sundhed',
      title: 'Brobygning med Social Sundhed',
      responsible: 'Koncern Plan og Udvikling',
      phases: [{ name: 'Udviklingsfase', plannedStart: '2025-02-05T00:00:00+01:00' }],
      indicators: [{ id: 'brobygninger', name: 'Brobygninger', unit: 'per year', target: 600 }],
      reportEvery: 'PT4S',
      // The mid-term evaluation ("efteråret 2026"), a month out whatever the test machine's date.
      evaluationDue: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      reminderOffsets: ['PT2S'],
    }).expect(201);

    const reminded = await eventually(
      async () => (await streamOf('social-sundhed')).find((e) => e.type === 'RemindersIssued'),
      { timeoutMs: 10_000, what: 'the reminder' },
    );
    expect(reminded.data).toMatchObject({
      deadline: 'status-report',
      deadlineId: 'status-report-1',
      recipients: ['sec-1'],
    });
    expect(reminded.metadata.actor).toEqual({ personId: 'system', role: 'system' });
    expect((await streamOf('social-sundhed')).some((e) => e.type === 'StatusReportOverdue')).toBe(false);

    const overdue = await eventually(
      async () => (await streamOf('social-sundhed')).find((e) => e.type === 'StatusReportOverdue'),
      { timeoutMs: 10_000, what: 'the overdue record' },
    );
    expect(overdue.data).toMatchObject({
      reportNumber: 1,
      dueAt: (reminded.data as { dueAt: string }).dueAt,
    });
    expect(overdue.position).toBeGreaterThan(reminded.position);

    const { body } = await get('/follow-ups/social-sundhed').expect(200);
    expect(body.overdue).toEqual([
      { id: 'status-report-1', kind: 'status-report', dueAt: (reminded.data as { dueAt: string }).dueAt },
    ]);
    expect(body.progress.onSchedule).toBe(false);
    const list = await eventually(
      async () => {
        const res = await get('/follow-ups?overdue=true').expect(200);
        return res.body.items.length > 0 && res.body;
      },
      { what: 'the overdue list' },
    );
    expect(list.items.map((i: { id: string }) => i.id)).toEqual(['social-sundhed']);

    // The late report: 150 bridgings so far. Then the verdict ends it, and no report comes after.
    await post('/follow-ups/social-sundhed/status-reports', secretary, {
      summary: 'Mere end 150 brobygningsaftaler siden opstarten',
      values: [{ indicatorId: 'brobygninger', value: 150 }],
    }).expect(201);
    await post('/follow-ups/social-sundhed/evaluation', secretary, {
      summary: 'Midtvejsevaluering: færre udeblivelser, patienterne oplever tryghed',
    }).expect(200);
    await post('/follow-ups/social-sundhed/verdict', secretary, {
      verdict: 'adjust',
      reason: 'Udvides til flere kommuner',
    }).expect(200);
    await post('/follow-ups/social-sundhed/status-reports', secretary, { summary: 'for sent' }).expect(409);
    const ended = await get('/follow-ups/social-sundhed').expect(200);
    expect(ended.body).toMatchObject({ status: 'concluded', verdict: { verdict: 'adjust' }, overdue: [] });
    expect(ended.body.progress.indicators[0]).toMatchObject({ latest: 150, target: 600 });
    expect(ended.body.evaluation.summary).toMatch(/^Midtvejsevaluering/);
    expect(ended.body.nextDue).toBeNull();
  }, 30_000);
});
