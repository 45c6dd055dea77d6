/**
 * Issue 19, item 7 on the real stack (PostgreSQL, Redis, Chromium): `GET …/events` streams the
 * council's events as server-sent events to those who may read the council, each with its global
 * position as id, and a client that lost the connection resumes from Last-Event-ID with nothing
 * missed or repeated. In Chromium, the overview, a hearing's page and a meeting's page show what
 * someone else did through the API without being reloaded.
 */
import { browserSuite } from './support/browser';
import { openSse, type SseMessage, type SseStream } from './support/sse-client';
import { uniqueName } from './support/test-app';
import { isoIn } from './support/web-cases';
import { STANDARD_PEOPLE, useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web live');
type Person = keyof typeof STANDARD_PEOPLE;

interface Change {
  position: number;
  kind: string;
  id: string;
  type: string;
  description: string;
  data?: unknown;
}

const change = (m: SseMessage) => JSON.parse(m.data ?? '{}') as Change;
const about = (kind: string, id: string, type?: string) => (m: SseMessage) =>
  m.event === 'council-event' &&
  change(m).kind === kind &&
  change(m).id === id &&
  (!type || change(m).type === type);

suite('the council’s events, live', () => {
  let w: WebCouncil<Person>;
  const streams: SseStream[] = [];
  useWebCouncil(STANDARD_PEOPLE, 'live', { app: { runWorkers: false } }, (ready) => (w = ready));
  afterEach(() => streams.splice(0).forEach((s) => s.close()));

  const eventsUrl = () => `${w.t.url}/api/councils/${w.councilId}/events`;
  async function open(person: Person, lastEventId?: string): Promise<SseStream> {
    const stream = await openSse(eventsUrl(), {
      ...w.t.auth(w.tokens[person]),
      ...(lastEventId !== undefined && { 'Last-Event-ID': lastEventId }),
    });
    streams.push(stream);
    return stream;
  }
  const openHearing = async (title: string) => {
    const id = uniqueName('h');
    await w
      .api('anja')
      .post('/hearings', { id, title, issuingBody: 'Region Hovedstaden', responseDeadline: isoIn(20) })
      .expect(201);
    return id;
  };

  it('streams only to those who may read the council, and refuses an id that is no position', async () => {
    await w.t.http.get(`/api/councils/${w.councilId}/events`).expect(401);
    const stranger = w.t.token({ personId: 'x', role: 'member', councilId: 'another-council' });
    // As on every route of a council: another council's token does not learn that this one exists.
    await w.t.http.get(`/api/councils/${w.councilId}/events`).set(w.t.auth(stranger)).expect(404);
    await w.t.http
      .get(`/api/councils/${w.councilId}/events`)
      .set(w.t.auth(w.tokens.kira))
      .set('Last-Event-ID', 'yesterday')
      .expect(400);
  });

  it('sends each event once, in order, and resumes after a dropped connection from Last-Event-ID', async () => {
    const first = await open('kira');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/event-stream/);
    const hearingId = await openHearing('Høring om live');
    const opened = await first.next(about('hearings', hearingId), 'the opened hearing');
    expect(Number(opened.id)).toBe(change(opened).position);
    // The case's body stays on its route; the stream says what changed.
    expect(change(opened)).toMatchObject({
      kind: 'hearings',
      id: hearingId,
      description: expect.any(String),
    });
    expect(change(opened).data).toBeUndefined();
    first.close();

    // While the member is away: an input, then a draft.
    await w.api('rani').post(`/hearings/${hearingId}/inputs`, { text: 'Mens du var væk' }).expect(200);
    await w.api('anja').post(`/hearings/${hearingId}/drafts`, { text: 'Udkast' }).expect(200);

    const resumed = await open('kira', opened.id);
    await resumed.next(about('hearings', hearingId, 'HearingResponseDrafted'), 'the draft');
    const seen = resumed.messages.filter((m) => m.event === 'council-event');
    const positions = seen.map((m) => Number(m.id));
    expect(positions[0]).toBeGreaterThan(Number(opened.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
    expect(seen.map((m) => change(m).type)).toEqual(expect.arrayContaining(['HearingResponseDrafted']));
    expect(seen.some((m) => change(m).type.includes('Input'))).toBe(true);
    expect(seen.some((m) => change(m).type === change(opened).type && change(m).id === hearingId)).toBe(
      false,
    );
  });

  it('holds no place among the requests in flight while a stream is open', async () => {
    const places = w.t.config.overload.maxInFlight;
    for (let i = 0; i <= places; i++) expect((await open('kira')).status).toBe(200);
    await w.api('kira').get('').expect(200);
  });

  it('sends none of another council’s events', async () => {
    const mine = await open('kira');
    const otherId = uniqueName('raad');
    const admin = w.t.auth(w.t.token({ personId: 'admin-1', role: 'admin' }));
    await w.t.http
      .post('/api/councils')
      .set(admin)
      .send({ id: otherId, name: 'Ældrerådet', timeZone: 'Europe/Copenhagen' })
      .expect(201);
    const theirs = w.t.auth(w.t.token({ personId: 'bo', role: 'secretary', councilId: otherId }));
    await w.t.http
      .post(`/api/councils/${otherId}/secretaries`)
      .set(theirs)
      .send({ personId: 'bo', name: 'Bo', email: 'bo@example.org' })
      .expect(201);
    const otherHearing = uniqueName('h');
    await w.t.http
      .post(`/api/councils/${otherId}/hearings`)
      .set(theirs)
      .send({ id: otherHearing, title: 'Deres', issuingBody: 'Region H', responseDeadline: isoIn(20) })
      .expect(201);
    // A later event of our own council has come, so theirs would have come before it.
    const ours = await openHearing('Vores');
    await mine.next(about('hearings', ours), 'our hearing');
    expect(mine.messages.some((m) => m.data?.includes(otherHearing))).toBe(false);
  });

  it('shows on the open overview, hearing and meeting pages what someone else did, without a reload', async () => {
    const { page } = w;
    await w.signInAs('anja');
    await page.goto('/#/');
    await page.getByTestId('due-item').first().or(page.getByText('Intet forfalder')).first().waitFor();
    // A mark in this document: a reload would lose it.
    await page.evaluate(() => ((globalThis as unknown as { liveMark: number }).liveMark = 1));
    const mark = () => page.evaluate(() => (globalThis as unknown as { liveMark?: number }).liveMark);

    const hearingId = await openHearing('Høring åbnet af en anden');
    await page.getByTestId('due-item').filter({ hasText: 'Høring åbnet af en anden' }).waitFor();
    await w.browser.screenshot('live-overview');

    await page.goto(`/#/hearings/${hearingId}`);
    await page.getByRole('heading', { name: 'Høring åbnet af en anden' }).waitFor();
    await page.evaluate(() => ((globalThis as unknown as { liveMark: number }).liveMark = 2));
    await w.api('kira').post(`/hearings/${hearingId}/inputs`, { text: 'Input givet imens' }).expect(200);
    await page.getByText('Input givet imens').first().waitFor();

    const meetingId = uniqueName('m');
    await w
      .api('anja')
      .post('/meetings', { id: meetingId, startsAt: isoIn(5), place: 'Regionsgården' })
      .expect(201);
    await page.goto(`/#/meetings/${meetingId}`);
    await page.getByText('Regionsgården').first().waitFor();
    await page.evaluate(() => ((globalThis as unknown as { liveMark: number }).liveMark = 3));
    await w
      .api('anja')
      .post(`/meetings/${meetingId}/agenda-items`, { id: 'punkt-1', title: 'Punkt sat på imens' })
      .expect(201);
    await page.getByText('Punkt sat på imens').first().waitFor();
    expect(await mark()).toBe(3);
  });
});
