/**
 * Issue 17 item 3 on the real HTTP app: a file uploaded as an item's Bilag (multipart, field
 * `file`), stored once under its SHA-256 in the read-model database, the event naming hash, name,
 * size and type, and served back with its type, name and hash as ETag (304 on If-None-Match).
 * Over 20 MB is 413, another type or bytes that do not match the declared type 400, and a closed
 * item's file is not for the evaluator; refusals append nothing.
 */
import { createHash } from 'node:crypto';
import { CommandExecutor, EventStore, ReadModelSql } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { caseStreamId } from '@app/kernel';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** A small PDF: what matters is its signature and that its bytes come back unchanged. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const docx = Buffer.concat([
  Buffer.from('PK\u0003\u0004', 'latin1'),
  Buffer.alloc(26),
  Buffer.from('[Content_Types].xml word/document.xml', 'latin1'),
]);

describe('uploaded attachments (issue 17)', () => {
  let t: TestApp;
  let store: EventStore;
  const council = uniqueName('bilag');
  const base = `/api/councils/${council}/meetings/m1/agenda-items`;
  const auth = (role: 'secretary' | 'member' | 'evaluator' = 'secretary', personId = 'sofie') =>
    t.auth(t.token({ personId, role, councilId: council }));
  const events = () => store.readStream(caseStreamId('meeting', council, 'm1'));
  const upload = (itemId: string, bytes: Buffer, filename: string, contentType: string, title?: string) => {
    const request = t.http
      .post(`${base}/${itemId}/attachments`)
      .set(auth())
      .attach('file', bytes, { filename, contentType });
    return title === undefined ? request : request.field('title', title);
  };
  const refused = async (request: () => Promise<{ status: number }>, status: number) => {
    const before = (await events()).length;
    expect((await request()).status).toBe(status);
    expect(await events()).toHaveLength(before);
  };

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    store = t.app.get(EventStore);
    await seedCouncil(t.app.get(CommandExecutor), council, {
      members: ['rene', 'lone'],
      chair: 'rene',
      secretary: 'sofie',
    });
    const post = (path: string, body: object) =>
      t.http.post(`/api/councils/${council}${path}`).set(auth()).send(body).expect(201);
    await post('/meetings', {
      id: 'm1',
      kind: 'ordinary',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await post('/meetings/m1/agenda-items', { id: '2', title: 'Orientering om Social Sundhed' });
    await post('/meetings/m1/agenda-items', { id: '3', title: 'Personsag', open: false });
  }, 60_000);
  afterAll(() => t?.close());

  it('stores a PDF once under its SHA-256 and serves it back with its type, name and ETag', async () => {
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const answer = await upload('2', pdf, 'Statusnotat brobygning.pdf', PDF, 'Statusnotat').expect(201);
    expect(answer.body).toMatchObject({ id: sha256 });
    expect(answer.headers.location).toBe(`${base}/2/attachments/${sha256}`);
    // Again, and on another item: the event is not repeated, the bytes are stored once.
    await upload('2', pdf, 'Statusnotat brobygning.pdf', PDF, 'Statusnotat').expect(201);
    await upload('3', pdf, 'kopi.pdf', PDF).expect(201);
    const { rows } = await t.app
      .get(ReadModelSql)
      .query<{ n: number }>('SELECT count(*)::int AS n FROM councils_attachment_files WHERE sha256 = $1', [
        sha256,
      ]);
    expect(rows[0].n).toBe(1);
    const attachedEvents = (await events()).filter((e) => e.type === 'AgendaItemFileAttached');
    expect(attachedEvents.map((e) => e.data)).toEqual([
      {
        itemId: '2',
        title: 'Statusnotat',
        file: { sha256, name: 'Statusnotat brobygning.pdf', size: pdf.length, contentType: PDF },
      },
      {
        itemId: '3',
        title: 'kopi.pdf',
        file: { sha256, name: 'kopi.pdf', size: pdf.length, contentType: PDF },
      },
    ]);

    const meeting = (
      await t.http.get(`/api/councils/${council}/meetings/m1`).set(auth('member', 'lone')).expect(200)
    ).body;
    expect(meeting.agenda[0].attachments).toEqual([
      {
        title: 'Statusnotat',
        file: { sha256, name: 'Statusnotat brobygning.pdf', size: pdf.length, contentType: PDF },
      },
    ]);
    const file = await t.http
      .get(`${base}/2/attachments/${sha256}`)
      .set(auth('member', 'lone'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toBe(PDF);
    expect(file.headers.etag).toBe(`"${sha256}"`);
    expect(file.headers['content-disposition']).toContain('filename="Statusnotat brobygning.pdf"');
    expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
    await t.http
      .get(`${base}/2/attachments/${sha256}`)
      .set(auth('member', 'lone'))
      .set('If-None-Match', `"${sha256}"`)
      .expect(304);
    // Not attached to that item, or no such file: 404. A closed item's file is not the evaluator's.
    await t.http
      .get(`${base}/2/attachments/${'0'.repeat(64)}`)
      .set(auth())
      .expect(404);
    await t.http.get(`${base}/3/attachments/${sha256}`).set(auth('evaluator', 'eva')).expect(403);
    await t.http.get(`${base}/2/attachments/${sha256}`).set(auth('evaluator', 'eva')).expect(200);

    const md = await t.http
      .get(`/api/councils/${council}/meetings/m1/agenda?format=md`)
      .set(auth())
      .expect(200);
    expect(md.text).toContain(`- [Statusnotat](${base}/2/attachments/${sha256})`);
  });

  it('takes a DOCX, and refuses another type, mismatched bytes, no file, an unknown item and over 20 MB', async () => {
    await upload('2', docx, 'Høringssvar.docx', DOCX).expect(201);
    await refused(() => upload('2', Buffer.from('<html>'), 'side.html', 'text/html'), 400);
    // A PDF declared as a Word document, and a Word document declared as a PDF.
    await refused(() => upload('2', pdf, 'notat.docx', DOCX), 400);
    await refused(() => upload('2', docx, 'notat.pdf', PDF), 400);
    await refused(() => t.http.post(`${base}/2/attachments`).set(auth()).field('title', 'Intet'), 400);
    await refused(() => upload('9', pdf, 'notat.pdf', PDF), 404);
    await refused(
      () =>
        t.http
          .post(`${base}/2/attachments`)
          .set(auth('member', 'lone'))
          .attach('file', pdf, { filename: 'x.pdf', contentType: PDF }),
      403,
    );
    const tooLarge = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)]);
    await refused(() => upload('2', tooLarge, 'stor.pdf', PDF), 413);
  }, 60_000);
});
