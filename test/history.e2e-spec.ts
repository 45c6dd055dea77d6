/**
 * Issue 7 end to end, on the app as `npm start` runs it (embedded store, the ProjectionRunner,
 * history wired with every feature's case kind): seed 004's question in one story. A hearing
 * gets input from two members and is answered; a budget proposal derived from it is adopted; a
 * follow-up implements it, reports against its target and ends with a verdict.
 *
 * The app runs on a test clock set to the story's days (every request is stamped with it), and
 * without workers, so no deadline fires on the real clock in between. Afterwards the store is
 * moved by the CLI: verify, replay twice, export from the embedded store, import into
 * PostgreSQL, replay there: every digest the same.
 */
import { join } from 'node:path';
import { Clock } from '@app/kernel';
import { CommandExecutor, EventStore, PgliteSqlClient, type StoredEvent } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { cliEnv, runCli } from '@app/history/testing/cli-runner';
import { SEED_002 } from '../libs/budget/src/testing/seed-002.fixture';
import { exportCommand } from '../apps/cli/src/commands/export-command';
import { importCommand } from '../apps/cli/src/commands/import-command';
import { replayCommand } from '../apps/cli/src/commands/replay-command';
import { verifyCommand } from '../apps/cli/src/commands/verify-command';
import { eventually } from './support/eventually';
import { deleteRedisPrefix, dropTestState, startTestApp, uniqueName, type TestApp } from './support/test-app';

const COUNCIL = 'udsatteraadet';
const base = `/api/councils/${COUNCIL}`;
const digestOf = (stdout: string) => /^digest ([0-9a-f]{64})$/m.exec(stdout)?.[1];

describe('decision history for evaluators (issue 7) on the real stack', () => {
  let t: TestApp;
  let today = '2026-01-02T09:00:00Z';
  let afterAnnasInput: Record<string, unknown>;
  let closed = false;
  const as = (personId: string, role: 'secretary' | 'chair' | 'member' | 'evaluator') =>
    t.auth(t.token({ personId, role, councilId: COUNCIL }));
  const at = (time: string) => {
    today = time;
  };
  const post = (path: string, who: { Authorization: string }, body: object = {}) =>
    t.http.post(`${base}${path}`).set(who).send(body);
  const get = (path: string) => t.http.get(`${base}${path}`).set(as('eva', 'evaluator'));

  beforeAll(async () => {
    t = await startTestApp({ store: 'embedded', runWorkers: false });
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(today));
    await seedCouncil(t.app.get(CommandExecutor), COUNCIL, {
      members: ['anna', 'bo', 'ole'],
      chair: 'ole',
      secretary: 'sec',
      now: today,
    });
    const sec = as('sec', 'secretary');

    at('2026-01-05T10:00:00Z');
    await post('/hearings', sec, {
      id: 'h-1',
      title: 'Revised cooperation agreements',
      issuingBody: 'Region Hovedstaden',
      receivedAt: '2026-01-05T09:00:00Z',
      responseDeadline: '2026-01-28T23:00:00Z',
    }).expect(201);
    at('2026-01-08T10:00:00Z');
    await post('/hearings/h-1/inputs', as('anna', 'member'), { text: 'Outreach nurses at discharge' }).expect(
      200,
    );
    afterAnnasInput = (await get('/hearings/h-1').expect(200)).body;
    at('2026-01-09T10:00:00Z');
    await post('/hearings/h-1/inputs', as('bo', 'member'), { text: 'One door for every citizen' }).expect(
      200,
    );
    at('2026-01-12T10:00:00Z');
    await post('/hearings/h-1/drafts', sec, {
      text: 'The council answers …',
      basedOn: ['anna', 'bo'],
    }).expect(200);
    at('2026-01-13T10:00:00Z');
    await post('/hearings/h-1/approval-request', sec, { approvalDeadline: '2026-01-20T12:00:00Z' }).expect(
      200,
    );
    at('2026-01-14T10:00:00Z');
    for (const [who, role] of [
      ['anna', 'member'],
      ['bo', 'member'],
      ['ole', 'chair'],
    ] as const)
      await post('/hearings/h-1/approvals', as(who, role), { approve: true }).expect(200);
    at('2026-01-15T10:00:00Z');
    await post('/hearings/h-1/sign-off', as('ole', 'chair')).expect(200);
    at('2026-01-16T10:00:00Z');
    await post('/hearings/h-1/submission', sec, { recipient: 'Region Hovedstaden' }).expect(200);

    // Issue 18.4: the annual meeting (seed 004's "100 % succes") fed the budget, so the chain runs
    // annual meeting -> proposal -> follow-up as well as hearing -> proposal -> follow-up.
    at('2026-01-20T10:00:00Z');
    await post('/meetings', sec, {
      id: 'annual-2026',
      kind: 'annual',
      startsAt: '2026-01-25T09:00:00Z',
      purpose: 'Årsmøde: brugernes ønsker til budgettet',
    }).expect(201);
    await post('/meetings/annual-2026/agenda-items', sec, {
      id: 'i-budget',
      title: 'Budgetønsker 2027',
      kind: 'discussion',
    }).expect(201);

    at('2026-02-01T10:00:00Z');
    await post('/budget-cycles', sec, {
      id: 'b-2027',
      year: 2027,
      milestones: [
        {
          id: 'first',
          kind: 'first-discussion',
          committee: 'SPU',
          date: '2026-03-30T10:00:00Z',
          submissionDeadline: '2026-03-01T12:00:00Z',
        },
        { id: 'final', kind: 'final-approval', committee: 'SPU', date: '2026-05-25T10:00:00Z' },
      ],
    }).expect(201);
    const { remarks: _r, agreementText: _a, sdgs: _s, ...core } = SEED_002;
    await post('/budget-proposals', sec, {
      id: 'p-1',
      cycleId: 'b-2027',
      ...core,
      derivedFrom: [
        { kind: 'hearing', id: 'h-1' },
        { kind: 'meeting-item', id: 'annual-2026', itemId: 'i-budget' },
      ],
    }).expect(201);
    at('2026-02-10T10:00:00Z');
    await post('/budget-proposals/p-1/submission', sec, { committee: 'SPU' }).expect(200);
    at('2026-03-30T12:00:00Z');
    await post('/budget-proposals/p-1/discussion', sec).expect(200);
    at('2026-04-27T12:00:00Z');
    await post('/budget-proposals/p-1/prioritisation', sec, { rank: 1 }).expect(200);
    at('2026-05-25T12:00:00Z');
    await post('/budget-proposals/p-1/committee-approval', sec).expect(200);
    at('2026-09-20T12:00:00Z');
    await post('/budget-proposals/p-1/negotiation', sec).expect(200);
    await post('/budget-proposals/p-1/decision', sec, {
      outcome: 'adopted',
      grants: [
        { year: 2025, amount: 1.9 },
        { year: 2026, amount: 1.9 },
      ],
    }).expect(200);

    at('2026-10-01T10:00:00Z');
    await post('/budget-proposals/p-1/follow-up', sec, {
      id: 'f-1',
      title: 'A cross-sectoral unit in place',
      responsible: 'Psykiatrien',
      phases: [{ id: 'ph-1', name: 'Establishment', plannedStart: '2026-10-01T00:00:00Z' }],
      indicators: [{ id: 'bridgings', name: 'Bridgings', unit: 'count', target: 600 }],
    }).expect(201);
    at('2026-11-01T10:00:00Z');
    await post('/follow-ups/f-1/status-reports', sec, {
      summary: '150 bridgings so far',
      values: [{ indicatorId: 'bridgings', value: 150 }],
    }).expect(201);
    at('2026-12-01T10:00:00Z');
    await post('/follow-ups/f-1/evaluation', sec, { summary: 'Fewer missed appointments' }).expect(200);
    at('2026-12-02T10:00:00Z');
    await post('/follow-ups/f-1/verdict', sec, { verdict: 'continue', reason: 'It works' }).expect(200);
    // Twenty writes on the embedded store, each answered after its read models: minutes on a loaded 2-core machine.
  }, 240_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    if (t && !closed) await t.close();
  });

  it('walks the chain from the hearing to the follow-up’s verdict, and back', async () => {
    const down = (await get('/hearings/h-1/chain').expect(200)).body;
    expect(down.ledTo).toEqual(
      expect.arrayContaining([
        {
          from: { kind: 'budget-proposals', id: 'p-1' },
          relation: 'derivedFrom',
          to: { kind: 'hearings', id: 'h-1' },
        },
        {
          from: { kind: 'follow-ups', id: 'f-1' },
          relation: 'implements',
          to: { kind: 'budget-proposals', id: 'p-1' },
        },
      ]),
    );
    const node = (kind: string, id: string) =>
      down.nodes.find((n: { kind: string; id: string }) => n.kind === kind && n.id === id);
    expect(node('hearings', 'h-1')).toMatchObject({
      found: true,
      dates: { received: '2026-01-05T09:00:00Z' },
    });
    expect(node('follow-ups', 'f-1')).toMatchObject({
      found: true,
      title: 'A cross-sectoral unit in place',
      status: 'concluded',
      dates: { verdict: expect.stringMatching(/^2026-12-02/) },
    });

    const up = (await get('/follow-ups/f-1/chain').expect(200)).body;
    expect(
      up.cameFrom.map(
        (l: { from: { id: string }; relation: string; to: { id: string } }) =>
          `${l.from.id} ${l.relation} ${l.to.id}`,
      ),
    ).toEqual(['f-1 implements p-1', 'p-1 derivedFrom h-1', 'p-1 derivedFrom annual-2026']);
    // And from the annual meeting down to the follow-up.
    const fromAnnual = (await get('/meetings/annual-2026/chain').expect(200)).body;
    expect(
      fromAnnual.ledTo.map(
        (l: { from: { id: string }; relation: string; to: { id: string } }) =>
          `${l.from.id} ${l.relation} ${l.to.id}`,
      ),
    ).toEqual(expect.arrayContaining(['p-1 derivedFrom annual-2026', 'f-1 implements p-1']));
    // The hearing's first input is in the history of the hearing the chain reaches.
    const hearing = (await get('/hearings/h-1/history').expect(200)).body;
    const firstInput = hearing.events.find((e: { type: string }) => e.type === 'HearingInputSubmitted');
    expect(firstInput).toMatchObject({
      actor: { personId: 'anna', role: 'member' },
      recordedAt: '2026-01-08T10:00:00.000Z',
    });
    expect(firstInput.description).toBe('anna (member): anna gave input');
  });

  it('shows the hearing as of a moment between two inputs exactly as it was then', async () => {
    // Exactly the view served then, its revision included, and the moment echoed (issue 22).
    const asOf = await get(`/hearings/h-1?asOf=${encodeURIComponent('2026-01-08T18:00:00Z')}`).expect(200);
    expect(asOf.body).toEqual({ ...afterAnnasInput, asOf: '2026-01-08T18:00:00.000Z', time: 'recorded' });
    await get(`/hearings/h-1?asOf=${encodeURIComponent('2026-01-05T09:59:59Z')}`).expect(404);
    const council = await t.http
      .get(`${base}?asOf=${encodeURIComponent('2026-01-03T00:00:00Z')}`)
      .set(as('eva', 'evaluator'))
      .expect(200);
    expect(JSON.stringify(council.body)).toContain('anna');
    await t.http
      .get(`${base}?asOf=${encodeURIComponent('2026-01-01T00:00:00Z')}`)
      .set(as('eva', 'evaluator'))
      .expect(404);
    const councilHistory = (await get('/history').expect(200)).body;
    expect(councilHistory.events[0]).toMatchObject({ type: 'CouncilCreated', revision: 0 });
    const followUp = await get(
      `/follow-ups/f-1?asOf=${encodeURIComponent('2026-11-15T00:00:00+01:00')}`,
    ).expect(200);
    expect(followUp.body).toMatchObject({ id: 'f-1', status: 'in-progress' });
  });

  it('lists every event of the council once, in order, on the timeline', async () => {
    const store = t.app.get(EventStore);
    const all: StoredEvent[] = [];
    for (let after = -1; ;) {
      const batch = await store.readAll({ after, maxCount: 100 });
      if (batch.length === 0) break;
      all.push(...batch);
      after = batch[batch.length - 1].position;
    }
    const expected = all.filter((e) => e.metadata.councilId === COUNCIL).map((e) => e.position);
    const seen = await eventually(
      async () => {
        const positions: number[] = [];
        let after: number | undefined;
        for (;;) {
          const page = (
            await get(`/timeline?limit=7${after === undefined ? '' : `&after=${after}`}`).expect(200)
          ).body;
          positions.push(...page.events.map((e: { position: number }) => e.position));
          if (page.next === null) break;
          after = page.next;
        }
        return positions.length === expected.length && positions;
      },
      { what: 'the whole story on the timeline' },
    );
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("reports the year's figures, checked by hand against the story", async () => {
    const report = (
      await get('/evaluation-report?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z').expect(200)
    ).body;
    expect(report.hearings).toMatchObject({
      received: 1,
      answeredOnTime: 1,
      answeredLate: 0,
      lapsed: 0,
      declined: 0,
      medianDaysToSubmit: 11, // 5 January 09:00 to 16 January 10:00
      inputs: {
        total: 2,
        late: 0,
        byMember: [
          { personId: 'anna', organisation: 'Organisation 1', inputs: 1 },
          { personId: 'bo', organisation: 'Organisation 2', inputs: 1 },
        ],
      },
    });
    expect(report.budgetProposals).toMatchObject({
      submitted: 1,
      submittedBeforeDeadline: 1,
      decided: { adopted: 1, 'partly-adopted': 0, rejected: 0 },
      grantedPerYear: [
        { year: 2025, amount: 1.9 },
        { year: 2026, amount: 1.9 },
      ],
    });
    expect(report.followUps).toMatchObject({
      followed: 1,
      concluded: 1,
      verdicts: { continue: 1, adjust: 0, discontinue: 0 },
      statusReports: 1,
      indicators: [{ followUpId: 'f-1', target: 600, latest: 150, percentOfTarget: 25 }],
    });
    const before = (
      await get('/evaluation-report?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z').expect(200)
    ).body;
    expect(before.budgetProposals.submitted).toBe(0);
    expect(before.hearings.received).toBe(1);
  });

  it('moves the store: verify, replay twice, export from embedded, import into PostgreSQL, replay: one digest', async () => {
    // The app's own Redis prefix, so the clean-up below removes what the CLI's queue creates there.
    const embedded = {
      ...cliEnv(t.config.redisPrefix, t.config.dataDir),
      EVENT_STORE: 'embedded',
      DATABASE_URL: '',
      // The app's own history key, generated into its DATA_DIR, not the fixtures' test key.
      HISTORY_KEY: '',
    };
    await t.close({ keep: true });
    closed = true;
    const schema = uniqueName('history_move');
    try {
      expect((await runCli(verifyCommand, [], embedded)).stdout).toMatch(/^hash chain intact/);
      const first = digestOf((await runCli(replayCommand, [], embedded)).stdout);
      const second = digestOf((await runCli(replayCommand, [], embedded)).stdout);
      expect(first).toBeDefined();
      expect(second).toBe(first);

      // The report reads the timeline read model: a row edited there is named by verify (issue 22).
      const pglite = await PgliteSqlClient.open(join(t.config.dataDir, 'event-store'));
      await pglite.query(
        `UPDATE timeline SET data = jsonb_set(data, '{grants,0,amount}', '19') WHERE case_id = 'p-1' AND type = 'BudgetProposalDecided'`,
      );
      await pglite.close();
      await expect(runCli(verifyCommand, [], embedded)).rejects.toThrow(
        'read models differ from the log: timeline',
      );
      await runCli(replayCommand, [], embedded);

      const seal = join(t.config.dataDir, 'kept.seal.json');
      const verified = await runCli(verifyCommand, ['--write-seal', seal], embedded);
      expect(verified.stdout).toMatch(/read models match the log/);
      expect(verified.stdout).toMatch(/^sealed \d+ events/m);

      const exported = await runCli(exportCommand, ['--council', COUNCIL], embedded);
      const postgres = cliEnv(schema, t.config.dataDir);
      await runCli(importCommand, [], postgres, exported.stdout);
      // Moved with its history key (the same DATA_DIR here), the log still verifies as keyed.
      const moved = { ...postgres, HISTORY_KEY: '' };
      expect((await runCli(verifyCommand, ['--no-read-models'], moved)).stdout).toMatch(
        /^hash chain intact: \d+ events in \d+ streams\n {2}\d+ keyed/,
      );
      const replayed = await runCli(replayCommand, [], postgres);
      expect(replayed.stdout).toMatch(/timeline/);
      expect(digestOf(replayed.stdout)).toBe(first);
    } finally {
      await dropTestState({ schema, redisPrefix: t.config.redisPrefix, dataDir: t.config.dataDir });
      await deleteRedisPrefix(schema);
    }
    // Seven CLI runs, each opening the store afresh (the embedded one loads PGlite every time):
    // about 10 s alone, three times that on a loaded 2-core machine.
  }, 240_000);
});
