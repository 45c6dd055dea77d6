/**
 * Issue 18.4 on the real HTTP app (PostgreSQL, Redis): a hearing, a budget proposal and the
 * follow-up implementing it each name the areas they concern (seed 004: central Copenhagen); the
 * proposal's areas change by PATCH; views and lists show them; bad input is a 400 naming the field
 * and changes nothing; the evaluation report's `casesByArea` counts the three kinds of case.
 */
import { CommandExecutor } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { MILESTONES_2022 } from '../libs/budget/src/testing/calendar-2022.fixture';
import { CALENDAR_2022, COMMITTEE, SEED_002 } from '../libs/budget/src/testing/seed-002.fixture';
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

describe('cases tagged with the areas they concern (18.4)', () => {
  let t: TestApp;
  let councilId: string;
  let secretary: string;

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    councilId = uniqueName('c');
    await seedCouncil(t.app.get(CommandExecutor), councilId, {
      members: ['anja', 'steen'],
      chair: 'steen',
      secretary: 'sofie',
    });
    secretary = t.token({ personId: 'sofie', role: 'secretary', councilId });
  }, 60_000);
  afterAll(() => t?.close());

  const url = (path: string) => `/api/councils/${councilId}${path}`;
  const post = (path: string, body: object, status: number) =>
    t.http.post(url(path)).set(t.auth(secretary)).send(body).expect(status);
  const patch = (path: string, body: object, status: number) =>
    t.http.patch(url(path)).set(t.auth(secretary)).send(body).expect(status);
  const get = async (path: string) => (await t.http.get(url(path)).set(t.auth(secretary)).expect(200)).body;

  it('takes areas on a proposal (create and PATCH) and a follow-up, shows them and counts them by area', async () => {
    const cycleId = uniqueName('cy');
    const proposalId = uniqueName('bp');
    const followUpId = uniqueName('fu');
    await post(
      '/hearings',
      {
        title: 'Høring om herberger',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        areas: ['indre by'],
      },
      201,
    );
    await post('/budget-cycles', { id: cycleId, year: 2023, milestones: MILESTONES_2022 }, 201);
    const { remarks: _r, ...fields } = SEED_002;
    await post(
      '/budget-proposals',
      { id: proposalId, cycleId, ...fields, areas: ['Københavns Kommune', 'Amager', 'Københavns Kommune'] },
      201,
    );
    expect((await get(`/budget-proposals/${proposalId}`)).areas).toEqual(['Københavns Kommune', 'Amager']);

    // Bad input names the field and changes nothing.
    const before = (await get(`/budget-proposals/${proposalId}`)).revision;
    const blank = await patch(`/budget-proposals/${proposalId}`, { areas: ['indre by', ' '] }, 400);
    expect(JSON.stringify(blank.body)).toMatch(/areas/);
    const notAList = await patch(`/budget-proposals/${proposalId}`, { areas: 'indre by' }, 400);
    expect(JSON.stringify(notAList.body)).toMatch(/areas/);
    expect((await get(`/budget-proposals/${proposalId}`)).revision).toBe(before);

    await patch(`/budget-proposals/${proposalId}`, { areas: ['Københavns Kommune', 'indre by'] }, 200);
    const history = await get(`/budget-proposals/${proposalId}/history`);
    expect(history.events.at(-1)).toMatchObject({
      type: 'BudgetProposalFieldChanged',
      data: { field: 'areas', value: ['Københavns Kommune', 'indre by'] },
      description: 'sofie (secretary): Changed areas',
    });
    const row = await eventually(
      async () => {
        const list = (await get(`/budget-proposals?cycleId=${cycleId}`)) as { id: string; areas: string[] }[];
        const found = list.find((p) => p.id === proposalId);
        return found?.areas.includes('indre by') ? found : undefined;
      },
      { what: 'the proposal in the list with its new areas' },
    );
    expect(row.areas).toEqual(['Københavns Kommune', 'indre by']);

    // Seed 002's proposal through seed 000's 2022 calendar to adoption, then its follow-up.
    const step = (sub: string, body: object) => post(`/budget-proposals/${proposalId}/${sub}`, body, 200);
    await step('submission', { committee: COMMITTEE, at: '2022-03-21T10:00:00+01:00' });
    await step('discussion', { at: CALENDAR_2022.firstDiscussion });
    await step('prioritisation', { rank: 1, at: CALENDAR_2022.prioritisation });
    await step('committee-approval', { at: CALENDAR_2022.finalApproval });
    await step('negotiation', { at: '2022-09-01T10:00:00+02:00' });
    await step('decision', {
      outcome: 'adopted',
      grants: [{ year: 2023, amount: 2 }],
      at: '2022-09-20T12:00:00+02:00',
    });
    const plan = {
      id: followUpId,
      title: 'Akutteam i indre by',
      responsible: 'Psykiatrien',
      implements: { kind: 'budget-proposal', id: proposalId },
      phases: [{ name: 'Opstart', plannedStart: '2023-01-01T00:00:00+01:00' }],
    };
    const refused = await post('/follow-ups', { ...plan, areas: [''] }, 400);
    expect(JSON.stringify(refused.body)).toMatch(/areas/);
    await post('/follow-ups', { ...plan, areas: ['indre by', 'Vesterbro', 'indre by'] }, 201);
    expect((await get(`/follow-ups/${followUpId}`)).areas).toEqual(['indre by', 'Vesterbro']);
    const listed = await eventually(
      async () => {
        const list = (await get('/follow-ups')).items as { id: string; areas: string[] }[];
        return list.find((f) => f.id === followUpId);
      },
      { what: 'the follow-up in the list' },
    );
    expect(listed.areas).toEqual(['indre by', 'Vesterbro']);

    // indre by: the hearing, the proposal (as PATCHed) and the follow-up; Københavns Kommune: the
    // proposal; Vesterbro: the follow-up; Amager no longer (the PATCH took it off the proposal).
    const report = await eventually(
      async () => {
        const r = await t.http.get(url('/evaluation-report')).set(t.auth(secretary));
        return r.status === 200 && r.body.perYear.casesByArea.length === 3 ? r.body : undefined;
      },
      { what: 'the three cases in the report by area' },
    );
    expect(report.perYear.casesByArea).toEqual([
      { area: 'indre by', cases: 3 },
      { area: 'Københavns Kommune', cases: 1 },
      { area: 'Vesterbro', cases: 1 },
    ]);
  });
});
