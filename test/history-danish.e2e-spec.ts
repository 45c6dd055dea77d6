/**
 * Danish from the API (issue 15, item 6): the timeline's and a case's descriptions and the
 * evaluation report's CSV and Markdown in Danish when the reader's Accept-Language prefers it,
 * from the same sentences the pages show (libs/event-sentences); English otherwise, as before.
 */
import { CommandExecutor } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { Clock } from '@app/kernel';
import { startTestApp, type TestApp } from './support/test-app';

const COUNCIL = 'udsatteraadet';
const base = `/api/councils/${COUNCIL}`;

describe('descriptions and exports in Danish or English by Accept-Language', () => {
  let t: TestApp;
  let today = '2026-01-02T09:00:00Z';
  const as = (personId: string, role: 'secretary' | 'member' | 'evaluator') =>
    t.auth(t.token({ personId, role, councilId: COUNCIL }));
  const get = (path: string, acceptLanguage?: string) => {
    const req = t.http.get(`${base}${path}`).set(as('eva', 'evaluator'));
    return acceptLanguage === undefined ? req : req.set('Accept-Language', acceptLanguage);
  };
  const describedAs = (events: { type: string; description: string }[], type: string) =>
    events.find((event) => event.type === type)?.description;

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(today));
    await seedCouncil(t.app.get(CommandExecutor), COUNCIL, {
      members: ['anna', 'bo'],
      chair: 'bo',
      secretary: 'sec',
      now: today,
    });
    today = '2026-01-05T10:00:00Z';
    await t.http
      .post(`${base}/hearings`)
      .set(as('sec', 'secretary'))
      .send({
        id: 'h-1',
        title: 'Samarbejdsaftaler',
        issuingBody: 'Region Hovedstaden',
        receivedAt: '2026-01-05T09:00:00Z',
        responseDeadline: '2026-01-28T23:00:00Z',
      })
      .expect(201);
    today = '2026-01-08T10:00:00Z';
    await t.http
      .post(`${base}/hearings/h-1/inputs`)
      .set(as('anna', 'member'))
      .send({ text: 'Udgående sygeplejersker ved udskrivning' })
      .expect(200);
  }, 120_000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it('describes the timeline in Danish when da is preferred, and says so', async () => {
    const res = await get('/timeline', 'da-DK, en;q=0.5').expect(200);
    expect(res.headers['content-language']).toBe('da');
    expect(res.headers.vary).toMatch(/Accept-Language/i);
    expect(describedAs(res.body.events, 'HearingOpened')).toMatch(
      /^sec \(sekretær\): åbnede høringen "Samarbejdsaftaler" fra Region Hovedstaden, høringsfrist 2026-01-28T23:00/,
    );
    expect(describedAs(res.body.events, 'HearingInputSubmitted')).toBe('anna (medlem): gav input');
  });

  it('keeps English when nothing is asked, or English ranks first', async () => {
    for (const header of [undefined, 'en-GB,da;q=0.8']) {
      const res = await get('/timeline', header).expect(200);
      expect(res.headers['content-language']).toBe('en');
      expect(describedAs(res.body.events, 'HearingInputSubmitted')).toBe('anna (member): anna gave input');
    }
  });

  it("describes one case's history in Danish", async () => {
    const res = await get('/hearings/h-1/history', 'da').expect(200);
    expect(res.headers['content-language']).toBe('da');
    expect(describedAs(res.body.events, 'HearingInputSubmitted')).toBe('anna (medlem): gav input');
    const english = await get('/hearings/h-1/history').expect(200);
    expect(describedAs(english.body.events, 'HearingInputSubmitted')).toBe('anna (member): anna gave input');
  });

  it('exports the evaluation report as CSV and Markdown in Danish', async () => {
    const period = 'from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z';
    const csv = await get(`/evaluation-report?${period}&format=csv`, 'da').expect(200);
    expect(csv.headers['content-language']).toBe('da');
    expect(csv.text.split('\r\n')[0]).toBe('nøgletal,værdi');
    const md = await get(`/evaluation-report?${period}&format=md`, 'da').expect(200);
    expect(md.text).toMatch(new RegExp(`^# Evalueringsrapport: rådet ${COUNCIL}\n`));
    expect(md.text).toContain('\n## Høringer\n\n| nøgletal | værdi |');
    const english = await get(`/evaluation-report?${period}&format=csv`).expect(200);
    expect(english.text.split('\r\n')[0]).toBe('metric,value');
  });
});
