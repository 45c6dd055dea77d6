/**
 * Issue 17 item 7, seed 003 through the HTTP API as far as the meeting model goes today: the
 * meeting of 29 January 2026 (16:30, Mødelokale 20) with its five participants, the two absent on
 * every item with their letters ((V) without notice, (F) with), seven items with their kind, Sags
 * ID and Dok ID, the guest who presented item 2, the next meeting of 5 March 2026 15.00-17.00 (a
 * joint meeting with Region Hovedstaden's council, on both councils' lists) and the virtual
 * follow-up whose date is to follow, item 7 decided without text, and the minutes circulated for
 * comments once every item is dealt with and approved after the deadline by the chair in office
 * (René), as the secretary may not approve them on her own (issue 17: "circulated, approved and
 * rendered"). The clock is the region's: the days after the meeting, not the day the test runs.
 */
import { CommandExecutor, EventStore } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { caseStreamId, Clock } from '@app/kernel';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';
import { binaryBody, docxText, unzipEntry } from './support/docx-text';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** A week for the members' comments on the draft minutes. */
const COMMENTS_BY = '2026-02-06T12:00:00+01:00';

const ITEMS = [
  {
    id: '1',
    kind: 'agenda-approval',
    title: 'Godkendelse af dagsorden',
    caseId: 'EMN-2025-10555',
    documentId: '12526249',
    decision: 'Dagsorden blev godkendt.',
  },
  {
    id: '2',
    kind: 'region-orientation',
    title: 'Orientering om samarbejdet med Social Sundhed og implementering af indsatsen i Region Sjælland',
    caseId: 'EMN-2024-05992',
    documentId: '12630454',
    presenters: [{ name: 'Stine Bøgh Pedersen', organisation: 'Social Sundhed' }],
    decision: 'Stine Bøgh Pedersen, daglig leder i Sjælland, præsenterede Social Sundheds tilbud.',
  },
  {
    id: '3',
    kind: 'region-orientation',
    title: 'Integreret dobbeltdiagnosebehandling i Region Sjælland',
    caseId: 'EMN-2023-02383',
    documentId: '12637183',
    decision:
      'Mette Leth Sandager og Karina Klode gav en status på den integrerede dobbeltdiagnosebehandling i regional regi.',
  },
  {
    id: '4',
    kind: 'discussion',
    title: 'Organisering af Udsatteråd i Region Østdanmark',
    caseId: 'EMN-2025-10555',
    documentId: '12618768',
    decision:
      'Udsatterådet drøftede, hvordan en fremtidig organisering af Udsatterådet kunne organiseres i Region Østdanmark mhp. videre drøftelse med Udsatterådet i Region Hovedstaden den 5. marts.',
  },
  {
    id: '5',
    kind: 'mutual-orientation',
    title: 'Gensidig orientering',
    caseId: 'EMN-2025-10555',
    documentId: '12628183',
    decision: 'Medlemmerne af Udsatterådet orienterede hinanden om aktuelle emner inden for rådets område.',
  },
  {
    id: '6',
    kind: 'next-meeting',
    title: 'Næste møde',
    caseId: 'EMN-2025-10555',
    documentId: '12526272',
    summary:
      'Næste møde i Udsatterådet afholdes den 5. marts 2026 kl. 15.00-17.00 sammen med Udsatterådet i Region Hovedstaden. Mødet afholdes i Rådssalen i Regionshuset i Sorø.',
    decision:
      'Næste møde i Udsatterådet afholdes den 5. marts 2026 kl. 15.00-17.00 sammen med Udsatterådet i Region Hovedstaden. Mødet afholdes i Rådssalen i Regionshuset i Sorø.\n\nDet blev desuden besluttet at afholde et virtuelt opfølgingsmøde for Udsatterådet i Region Sjælland efter mødet den 5. marts. Dato og tidspunkt følger.',
  },
  {
    id: '7',
    kind: 'participation-approval',
    title: 'Godkendelse af deltagelse ved møde i Udsatterådet torsdag den 29. januar 2026',
    caseId: 'EMN-2025-10555',
    documentId: '12526265',
    // "Beslutning ." : the minutes have no decision text on this item.
    decision: '',
  },
];
const ABSENT = ['lone', 'maja'];

describe('seed 003: the meeting of 29 January 2026 through the API', () => {
  let t: TestApp;
  let store: EventStore;
  const council = uniqueName('sj');
  // Udsatterådet i Region Hovedstaden, with which item 4 is to be discussed further on 5 March.
  const hovedstaden = uniqueName('hov');
  // The morning after the meeting: Sofie enters the minutes.
  let today = '2026-01-30T09:00:00+01:00';

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(today));
    store = t.app.get(EventStore);
    await seedCouncil(t.app.get(CommandExecutor), council, {
      members: ['rene', 'lone', 'tina', 'maja', 'jeppe'],
      chair: 'rene',
      secretary: 'sofie',
      now: '2026-01-02T09:00:00+01:00',
    });
    await seedCouncil(t.app.get(CommandExecutor), hovedstaden, {
      members: ['anders', 'birgit'],
      chair: 'anders',
      secretary: 'hanne',
      now: '2026-01-02T09:00:00+01:00',
    });
  }, 60_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  const s = (
    councilId = council,
    personId = 'sofie',
    role: 'secretary' | 'chair' | 'member' = 'secretary',
  ) => {
    const auth = t.auth(t.token({ personId, role, councilId }));
    const path = (p: string) => `/api/councils/${councilId}${p}`;
    return {
      post: (p: string, body: object) => t.http.post(path(p)).set(auth).send(body),
      patch: (p: string, body: object) => t.http.patch(path(p)).set(auth).send(body),
      put: (p: string, body: object) => t.http.put(path(p)).set(auth).send(body),
      get: (p: string) => t.http.get(path(p)).set(auth),
    };
  };

  it('enters the meeting, its attendance, its seven items and their decisions, circulates and approves the minutes', async () => {
    const api = s();
    await api
      .post('/meetings', {
        id: 'm-2026-01-29',
        kind: 'ordinary',
        startsAt: '2026-01-29T16:30:00+01:00',
        place: 'Mødelokale 20',
      })
      .expect(201);
    await api
      .put('/meetings/m-2026-01-29/attendance', {
        present: ['rene', 'tina', 'jeppe'],
        // The minutes print "Lone Mortensen (V)" and "Maja Roesen (F)" under every item: V without
        // notice, F with notice (afbud).
        absent: [
          { personId: 'lone', notice: false },
          { personId: 'maja', notice: true },
        ],
        guests: [
          {
            name: 'Stine Bøgh Pedersen',
            organisation: 'Social Sundhed',
            role: 'Præsenterede Social Sundheds tilbud (punkt 2)',
          },
        ],
      })
      .expect(200);
    for (const { decision: _d, ...item } of ITEMS) {
      await api.post('/meetings/m-2026-01-29/agenda-items', { ...item, open: true }).expect(201);
    }

    // Item 6: the joint meeting of 5 March with Region Hovedstaden's council ("sammen med
    // Udsatterådet i Region Hovedstaden"), and the virtual follow-up whose date is to follow.
    await api
      .post('/meetings', {
        id: 'm-2026-03-05',
        kind: 'joint',
        jointWith: [hovedstaden],
        startsAt: '2026-03-05T15:00:00+01:00',
        endsAt: '2026-03-05T17:00:00+01:00',
        place: 'Rådssalen, Regionshuset, Sorø',
      })
      .expect(201);
    await api
      .post('/meetings', { id: 'opfoelgning-2026', kind: 'follow-up', dateToFollow: true, place: 'Virtuelt' })
      .expect(201);

    for (const { id, decision } of ITEMS.slice(0, 6)) {
      await api
        .post(`/meetings/m-2026-01-29/agenda-items/${id}/decision`, { decision, absent: ABSENT })
        .expect(200);
    }
    // Item 7 is not dealt with yet: the draft is not circulated nor approved, naming it, and nothing is appended.
    const before = (await store.readStream(caseStreamId('meeting', council, 'm-2026-01-29'))).length;
    const refused = await api
      .post('/meetings/m-2026-01-29/minutes-circulation', { commentsBy: COMMENTS_BY })
      .expect(409);
    expect(JSON.stringify(refused.body)).toContain('7 (item 7, \\"Godkendelse af deltagelse');
    const rene = s(council, 'rene', 'chair');
    const notDealtWith = await rene.post('/meetings/m-2026-01-29/minutes-approval', {}).expect(409);
    expect(JSON.stringify(notDealtWith.body)).toContain('7 (item 7, \\"Godkendelse af deltagelse');
    expect(await store.readStream(caseStreamId('meeting', council, 'm-2026-01-29'))).toHaveLength(before);
    // An empty decision is for approval of participation only.
    await api
      .post('/meetings/m-2026-01-29/agenda-items/5/decision', { decision: '', absent: ABSENT })
      .expect(400);
    await api
      .post('/meetings/m-2026-01-29/agenda-items/7/decision', { decision: '', absent: ABSENT })
      .expect(200);
    // The draft goes to the members with a week for comments; Tina comments on item 2.
    await api.post('/meetings/m-2026-01-29/minutes-circulation', { commentsBy: COMMENTS_BY }).expect(200);
    await s(council, 'tina', 'member')
      .post('/meetings/m-2026-01-29/minutes-comments', { id: 'c1', itemId: '2', text: 'Fint referat.' })
      .expect(201);
    // Out for comments: not even the chair approves yet.
    await rene.post('/meetings/m-2026-01-29/minutes-approval', {}).expect(409);

    today = '2026-02-09T10:00:00+01:00';
    const unchanged = (await store.readStream(caseStreamId('meeting', council, 'm-2026-01-29'))).length;
    // Sofie may not approve them on her own say-so, nor record an approval by a meeting not yet held.
    const secretaryAlone = await api.post('/meetings/m-2026-01-29/minutes-approval', {}).expect(403);
    expect(JSON.stringify(secretaryAlone.body)).toContain('the chair in office approves them');
    await api
      .post('/meetings/m-2026-01-29/minutes-approval', { byMeeting: { meetingId: 'm-2026-03-05' } })
      .expect(409);
    await api
      .post('/meetings/m-2026-01-29/minutes-approval', { byMeeting: { meetingId: 'opfoelgning-2026' } })
      .expect(409);
    await api
      .post('/meetings/m-2026-01-29/minutes-approval', { byMeeting: { meetingId: 'no-such-meeting' } })
      .expect(404);
    expect(await store.readStream(caseStreamId('meeting', council, 'm-2026-01-29'))).toHaveLength(unchanged);
    // René, the chair in office, approves them after the deadline for comments.
    await rene.post('/meetings/m-2026-01-29/minutes-approval', {}).expect(200);

    const meeting = (await api.get('/meetings/m-2026-01-29').expect(200)).body;
    expect(meeting).toMatchObject({
      kind: 'ordinary',
      startsAt: '2026-01-29T16:30:00+01:00',
      place: 'Mødelokale 20',
      attendance: { present: ['rene', 'tina', 'jeppe'] },
      minutes: {
        approved: true,
        approvedBy: 'rene',
        approvedAt: '2026-02-09T09:00:00.000Z',
        approvedByMeeting: null,
        circulation: { commentsBy: COMMENTS_BY, circulatedBy: 'sofie' },
        comments: [{ id: 'c1', by: 'tina', itemId: '2', text: 'Fint referat.', late: false }],
      },
    });
    expect(meeting.agenda).toHaveLength(7);
    meeting.agenda.forEach((item: Record<string, unknown>, i: number) => {
      const { id, ...fields } = ITEMS[i];
      expect(item).toMatchObject({ id, number: i + 1, open: true, absent: ABSENT, ...fields });
    });
    expect((await api.get('/meetings/opfoelgning-2026').expect(200)).body).toMatchObject({
      kind: 'follow-up',
      dateToFollow: true,
      startsAt: null,
    });
    expect((await api.get('/meetings/m-2026-03-05').expect(200)).body).toMatchObject({
      kind: 'joint',
      startsAt: '2026-03-05T15:00:00+01:00',
      endsAt: '2026-03-05T17:00:00+01:00',
      jointWith: [hovedstaden],
      hostedBy: null,
    });
    // The joint meeting shows on both councils' lists; Region Hovedstaden's copy names who arranged it.
    const joint = { id: 'm-2026-03-05', kind: 'joint', startsAt: '2026-03-05T15:00:00+01:00' };
    expect((await api.get('/meetings').expect(200)).body).toContainEqual(
      expect.objectContaining({ ...joint, jointWith: [hovedstaden], hostedBy: null }),
    );
    const theirs = s(hovedstaden, 'hanne');
    expect((await theirs.get('/meetings').expect(200)).body).toEqual([
      expect.objectContaining({ ...joint, jointWith: [council], hostedBy: council }),
    ]);
    expect((await theirs.get('/meetings/m-2026-03-05').expect(200)).body).toMatchObject({
      ...joint,
      endsAt: '2026-03-05T17:00:00+01:00',
      place: 'Rådssalen, Regionshuset, Sorø',
      hostedBy: council,
      otherCouncils: [{ councilId: council, arranged: true, agenda: [] }],
    });

    // The minutes rendered back in the region's layout, every field, in Markdown and JSON.
    const md = await api.get('/meetings/m-2026-01-29/minutes?format=md').expect(200);
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.text).toContain('Mødedato: torsdag den 29. januar 2026 kl. 16.30');
    expect(md.text).toContain('Mødested: Mødelokale 20');
    for (const item of ITEMS) {
      expect(md.text).toContain(`## Punkt ${item.id}: ${item.title}`);
      expect(md.text).toContain(`${item.id} (Åben) ${item.title}`);
      expect(md.text).toContain(`Dok ID: ${item.documentId}`);
      if (item.decision) expect(md.text).toContain(item.decision);
    }
    expect(md.text.match(/### Fraværende\n\nlone \(V\)\nmaja \(F\)\n/g)).toHaveLength(7);
    expect(md.text).toContain('Fraværende: lone (V), maja (F)');
    expect(meeting.attendance.absent).toEqual([
      { personId: 'lone', notice: false, letter: 'V' },
      { personId: 'maja', notice: true, letter: 'F' },
    ]);
    expect(md.text).toMatch(/### Beslutning\n\n\.\n/);
    // The same minutes as a Word document, drawn from the same lines: headings, items and letters.
    const docx = await api
      .get('/meetings/m-2026-01-29/minutes?format=docx')
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(docx.headers['content-type']).toBe(DOCX);
    const paragraphs = docxText(unzipEntry(docx.body as Buffer, 'word/document.xml'));
    expect(paragraphs).toContain('Mødested: Mødelokale 20');
    expect(paragraphs).toContain('Fraværende: lone (V), maja (F)');
    for (const item of ITEMS) expect(paragraphs).toContain(`Punkt ${item.id}: ${item.title}`);
    expect(paragraphs.filter((p) => p === 'Fraværende')).toHaveLength(7);
    const viaAcceptDocx = await api
      .get('/meetings/m-2026-01-29/agenda')
      .set('Accept', DOCX)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(docxText(unzipEntry(viaAcceptDocx.body as Buffer, 'word/document.xml'))[0]).toMatch(/^DAGSORDEN /);
    const viaAccept = await api
      .get('/meetings/m-2026-01-29/agenda')
      .set('Accept', 'text/markdown')
      .expect(200);
    expect(viaAccept.text).toMatch(/^# DAGSORDEN /);
    expect(viaAccept.text).not.toContain('### Beslutning');
    const json = (await api.get('/meetings/m-2026-01-29/minutes?format=json').expect(200)).body;
    expect(json).toMatchObject({ document: 'minutes', minutes: { approved: true } });
    expect(json.agenda).toHaveLength(7);
    await api.get('/meetings/m-2026-01-29/minutes?format=pdf').expect(400);

    // Approved minutes are frozen: a correction is its own event with its reason.
    await api
      .post('/meetings/m-2026-01-29/agenda-items/7/decision', { decision: 'Godkendt', absent: ABSENT })
      .expect(409);
    await api
      .post('/meetings/m-2026-01-29/minutes-corrections', {
        itemId: '7',
        decision: 'Deltagelsen blev godkendt.',
        reason: 'Rettet efter mødet',
      })
      .expect(200);
    const corrected = (await api.get('/meetings/m-2026-01-29').expect(200)).body.agenda[6];
    expect(corrected).toMatchObject({
      decision: 'Deltagelsen blev godkendt.',
      corrections: [
        { decision: 'Deltagelsen blev godkendt.', reason: 'Rettet efter mødet', correctedBy: 'sofie' },
      ],
    });
  });
});
