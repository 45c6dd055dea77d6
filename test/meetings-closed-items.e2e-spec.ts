/**
 * Issue 17 item 3 on the real HTTP app: "(Åben)" or not; a closed item and its attachments are for
 * the council only. A member reads the closed item whole; an evaluator reads its number, title and
 * that it is closed ("Lukket punkt"), never its text, decision, action point or file, on every read
 * path: the meeting (also `?asOf=`), the minutes and agenda as JSON, Markdown and Word, the
 * meeting's history, the council's timeline and its action point list.
 */
import { CommandExecutor } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { LIVE_SOURCE } from '@app/composition/live/live-source';
import type { LiveSource } from '@app/composition/live/live-stream';
import { binaryBody, docxText, unzipEntry } from './support/docx-text';
import { eventually } from './support/eventually';
import { councilApi } from './support/meeting-api';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;
/** Every text of the closed item carries this word, so one look finds any leak. */
const SECRET = /Fortrolig/;

describe('closed agenda items are for the council only (issue 17.3)', () => {
  let t: TestApp;
  const council = uniqueName('lukket');
  const day = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const secretary = () => councilApi(t, council, 'sofie', 'secretary');
  const member = () => councilApi(t, council, 'lone', 'member');
  const evaluator = () => councilApi(t, council, 'eva', 'evaluator');

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    await seedCouncil(t.app.get(CommandExecutor), council, {
      members: ['rene', 'lone'],
      chair: 'rene',
      secretary: 'sofie',
    });
    const s = secretary();
    await s.post('/meetings', { id: 'm1', kind: 'ordinary', startsAt: day(-1) }).expect(201);
    await s.post('/meetings', { id: 'm2', kind: 'ordinary', startsAt: day(30) }).expect(201);
    await s.post('/meetings/m1/agenda-items', { id: '1', title: 'Godkendelse af dagsorden' }).expect(201);
    await s
      .post('/meetings/m1/agenda-items', {
        id: '2',
        title: 'Personsag',
        kind: 'decision',
        open: false,
        caseId: 'EMN-Fortrolig-1',
        summary: 'Fortroligt resumé',
        recommendation: 'Fortrolig indstilling',
        presentation: 'Fortrolig sagsfremstilling',
        attachments: [{ title: 'Fortroligt notat', documentId: 'Fortrolig-D1' }],
      })
      .expect(201);
    await s.post('/meetings/m1/agenda-items/1/decision', { decision: 'Godkendt' }).expect(200);
    await s.post('/meetings/m1/agenda-items/2/decision', { decision: 'Fortrolig beslutning' }).expect(200);
    await s
      .post('/meetings/m1/agenda-items/2/action-points', {
        id: 'ap',
        text: 'Fortrolig opgave',
        owner: 'sofie',
      })
      .expect(201);
  }, 60_000);
  afterAll(() => t?.close());

  it('a member reads the closed item whole; an evaluator its number, title and that it is closed', async () => {
    const whole = (await member().get('/meetings/m1').expect(200)).body;
    expect(whole.agenda[1]).toMatchObject({
      open: false,
      summary: 'Fortroligt resumé',
      decision: 'Fortrolig beslutning',
    });
    expect(whole.actionPoints[0].text).toBe('Fortrolig opgave');

    const shown = (await evaluator().get('/meetings/m1').expect(200)).body;
    expect(shown.agenda[0]).toMatchObject({ title: 'Godkendelse af dagsorden', decision: 'Godkendt' });
    expect(shown.agenda[1]).toMatchObject({
      number: 2,
      title: 'Personsag',
      open: false,
      withheld: true,
      summary: null,
      decision: null,
      attachments: [],
    });
    expect(shown.actionPoints[0]).toMatchObject({ id: 'ap', owner: 'sofie', text: 'Lukket punkt' });
    expect(JSON.stringify(shown)).not.toMatch(SECRET);
    // `?asOf=` is answered by history's CaseStateService in the route's place, through the same rule.
    const asOf = (
      await evaluator()
        .get(`/meetings/m1?asOf=${encodeURIComponent(new Date().toISOString())}`)
        .expect(200)
    ).body;
    expect((asOf as { agenda: unknown[] }).agenda[1]).toMatchObject({ title: 'Personsag', withheld: true });
    expect(JSON.stringify(asOf)).not.toMatch(SECRET);
  });

  it('the minutes and the next agenda, as JSON, Markdown and Word, withhold it from the evaluator', async () => {
    const md = await member().get('/meetings/m1/minutes?format=md').expect(200);
    expect(md.text).toContain('Fortrolig beslutning');
    const json = (await evaluator().get('/meetings/m1/minutes?format=json').expect(200)).body;
    expect(json.agenda[1]).toMatchObject({ title: 'Personsag', withheld: true });
    expect(JSON.stringify(json)).not.toMatch(SECRET);
    const shownMd = (await evaluator().get('/meetings/m1/minutes?format=md').expect(200)).text;
    expect(shownMd).toContain('2 (Lukket) Personsag');
    expect(shownMd).toContain('Lukket punkt: punktet og dets bilag er kun for rådet.');
    expect(shownMd).toContain('Godkendt');
    expect(shownMd).not.toMatch(SECRET);
    const docx = await evaluator()
      .get('/meetings/m1/minutes?format=docx')
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const paragraphs = docxText(unzipEntry(docx.body as Buffer, 'word/document.xml'));
    expect(paragraphs).toContain('Punkt 2: Personsag');
    expect(paragraphs.join('\n')).not.toMatch(SECRET);
    // The open action point is listed on the next meeting's agenda: its text is the council's.
    await eventually(async () =>
      (await member().get('/meetings/m2/agenda?format=md').expect(200)).text.includes('Fortrolig opgave'),
    );
    const next = (await evaluator().get('/meetings/m2/agenda?format=md').expect(200)).text;
    expect(next).toContain('Lukket punkt');
    expect(next).not.toMatch(SECRET);
    const list = (await evaluator().get('/action-points?status=open').expect(200)).body;
    expect(list).toEqual([expect.objectContaining({ id: 'ap', text: 'Lukket punkt' })]);
  });

  it("the meeting's history and the council's timeline say what happened to item 2, not what it says", async () => {
    const history = (await member().get('/meetings/m1/history').expect(200)).body;
    expect(JSON.stringify(history)).toMatch(SECRET);
    for (const language of ['en', 'da']) {
      const shown = (
        await evaluator().get('/meetings/m1/history').set('Accept-Language', language).expect(200)
      ).body;
      expect(shown.events.map((e: { type: string }) => e.type)).toEqual(
        history.events.map((e: { type: string }) => e.type),
      );
      const decided = shown.events.find(
        (e: { type: string; data: { itemId: string } }) =>
          e.type === 'AgendaItemDecided' && e.data.itemId === '2',
      );
      expect(decided.data).toMatchObject({ itemId: '2', decision: 'Lukket punkt', withheld: true });
      expect(JSON.stringify(shown)).not.toMatch(SECRET);
    }
    const timeline = await eventually(async () => {
      const page = (await member().get('/timeline?kinds=meetings&limit=1000').expect(200)).body;
      return page.events.some((e: { type: string }) => e.type === 'ActionPointAdded') && page;
    });
    expect(JSON.stringify(timeline)).toMatch(SECRET);
    const shown = (await evaluator().get('/timeline?kinds=meetings&limit=1000').expect(200)).body;
    expect(shown.events).toHaveLength(timeline.events.length);
    expect(JSON.stringify(shown)).not.toMatch(SECRET);
    expect(JSON.stringify(shown)).toContain('Personsag');
    // The live stream reads the same timeline, as the reader who opened it.
    const live = t.app.get<LiveSource>(LIVE_SOURCE);
    const eva = { personId: 'eva', role: 'evaluator' as const };
    const streamed = await live.after(council, -1, eva);
    expect(streamed.events.map((e) => e.description).join('\n')).toContain('Lukket punkt');
    expect(JSON.stringify(streamed)).not.toMatch(SECRET);
  });
});
