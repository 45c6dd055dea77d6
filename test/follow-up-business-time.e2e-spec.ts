/**
 * Issue 18.1 for follow-ups, on the real HTTP app and the real clock: a status report entered
 * today with the time it was made (`occurredAt`, 2025) counts in 2025's evaluation report and not
 * in this year's; a time in the future, or before the follow-up began, is refused (400 naming
 * `occurredAt`) and records nothing.
 *
 * Assumptions the seeds do not state: seed 003's IDD follow-up is entered today as begun on
 * 1 September 2024 (its first phase), and its November 2025 report is typed in afterwards.
 */
import { EventStore } from '@app/event-store';
import { record } from '@app/history/testing/history-test-store';
import { caseStreamId } from '@app/kernel';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const BEGAN = '2024-09-01T00:00:00+02:00';
const MADE = '2025-11-14T10:00:00+01:00';

describe('follow-ups: a status report entered after the fact counts when it was made', () => {
  let t: TestApp;
  let council: string;
  let base: string;
  let secretary: { Authorization: string };
  let evaluator: { Authorization: string };
  let store: EventStore;

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    council = uniqueName('udsatte-f');
    base = `/api/councils/${council}`;
    store = t.app.get(EventStore);
    secretary = t.auth(t.token({ personId: 'sec-1', role: 'secretary', councilId: council }));
    evaluator = t.auth(t.token({ personId: 'eva', role: 'evaluator', councilId: council }));
    const admin = t.auth(t.token({ personId: 'admin-1', role: 'admin' }));
    await t.http.post('/api/councils').set(admin).send({ id: council, name: 'Udsatterådet' }).expect(201);
    await post('/secretaries', { personId: 'sec-1', name: 'Anja', email: 'anja@regionsjaelland.dk' }).expect(
      201,
    );
    await record(store, 'budgetProposal-idd', council, [
      {
        type: 'BudgetProposalDecided',
        data: { outcome: 'adopted', grants: [{ year: 2025, amount: 4.2 }], at: '2024-06-20T12:00:00Z' },
        recordedAt: '2024-06-20T12:00:00Z',
      },
    ]);
    await post('/follow-ups', {
      id: 'idd',
      title: 'Integreret dobbeltdiagnosebehandling (IDD)',
      responsible: 'Psykiatrien',
      implements: { kind: 'budget-proposal', id: 'idd' },
      phases: [{ id: 'fase-1', name: 'Fase 1', plannedStart: BEGAN }],
      indicators: [{ id: 'patients', name: 'Patienter i IDD-behandling', unit: 'patients', target: 450 }],
      occurredAt: BEGAN,
    }).expect(201);
  }, 30_000);
  afterAll(() => t?.close());

  const post = (path: string, body: object) => t.http.post(`${base}${path}`).set(secretary).send(body);
  const followUps = async (query: string) =>
    (await t.http.get(`${base}/evaluation-report?${query}`).set(evaluator).expect(200)).body.followUps;
  const revision = async () =>
    (await t.http.get(`${base}/follow-ups/idd`).set(secretary).expect(200)).body.revision as number;

  it('refuses a report dated in the future or before the follow-up began, and records nothing', async () => {
    const before = await revision();
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const inFuture = await post('/follow-ups/idd/status-reports', {
      summary: 'Endnu ikke',
      occurredAt: future,
    }).expect(400);
    expect(JSON.stringify(inFuture.body)).toContain('occurredAt must not be in the future');
    const tooEarly = await post('/follow-ups/idd/status-reports', {
      summary: 'For tidligt',
      occurredAt: '2024-08-01T12:00:00+02:00',
    }).expect(400);
    expect(JSON.stringify(tooEarly.body)).toContain(
      `occurredAt must not be before the follow up began (${BEGAN})`,
    );
    expect(await revision()).toBe(before);
  });

  it('counts a 2025 report entered today in 2025, with its values as of then, and not this year', async () => {
    await post('/follow-ups/idd/status-reports', {
      id: 'r-2025-11',
      summary: '380 patienter i IDD-behandling',
      values: [{ indicatorId: 'patients', value: 380 }],
      occurredAt: MADE,
    }).expect(201);
    const [event] = (await store.readStream(caseStreamId('followUp', council, 'idd'))).filter(
      (e) => e.type === 'StatusReportSubmitted',
    );
    expect(event.metadata.occurredAt).toBe(MADE);
    expect(event.data).toMatchObject({ asOf: MADE });

    const in2025 = await followUps('from=2025-01-01&to=2025-12-31');
    expect(in2025.statusReports).toBe(1);
    expect(in2025.indicators).toEqual([expect.objectContaining({ followUpId: 'idd', latest: 380 })]);
    const thisYear = new Date().getFullYear();
    const now = await followUps(`from=${thisYear}-01-01&to=${thisYear}-12-31`);
    expect(now.statusReports).toBe(0);
  });
});
