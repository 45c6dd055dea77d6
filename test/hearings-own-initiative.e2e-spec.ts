/**
 * Issue 18.4 on the real HTTP app: a statement on the council's own initiative goes to its
 * recipient "with no external deadline unless one is set". It is opened without a response
 * deadline, runs the same input, draft, approval, sign-off and sending as a hearing response,
 * and every reader of a hearing's deadline copes: the view and the list say null, the history
 * says "ingen frist", the report counts it as answered without a deadline (not in time, not
 * late, no lead time), and the sent statement is a Word document. Other origins still need the
 * deadline (400 naming the field).
 */
import { CommandExecutor } from '@app/event-store';
import { seedCouncil } from '@app/hearings/testing/seed-council';
import { binaryBody, docxText, unzipEntry } from './support/docx-text';
import { eventually } from './support/eventually';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('a statement on the council’s own initiative without a deadline (issue 18.4)', () => {
  let t: TestApp;
  let councilId: string;
  let base: string;
  const as = (personId: string, role: 'secretary' | 'chair' | 'member' | 'evaluator') =>
    t.auth(t.token({ personId, role, councilId }));

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    councilId = uniqueName('udsatteraad');
    await seedCouncil(t.app.get(CommandExecutor), councilId, {
      members: ['kira', 'ole'],
      chair: 'ole',
      secretary: 'anja',
      now: new Date(Date.now() - 30 * DAY).toISOString(),
    });
    base = `/api/councils/${councilId}/hearings`;
  }, 60_000);
  afterAll(() => t?.close());

  it('refuses every other origin without a response deadline, naming the field', async () => {
    for (const origin of [undefined, 'formal-hearing', 'early-involvement', 'committee-invitation']) {
      const res = await t.http
        .post(base)
        .set(as('anja', 'secretary'))
        .send({ title: 'Høring', issuingBody: 'Region Hovedstaden', ...(origin && { origin }) })
        .expect(400);
      expect(Object.keys(res.body.fields ?? {})).toContain('responseDeadline');
    }
    const list = await t.http.get(base).set(as('anja', 'secretary')).expect(200);
    expect(list.body).toEqual([]);
  });

  it('runs from opening to the sent statement with no deadline, and every reader copes', async () => {
    const id = 'herbergspladser';
    const secretary = as('anja', 'secretary');
    await t.http
      .post(base)
      .set(secretary)
      .send({
        id,
        title: 'Udtalelse om herbergspladser',
        issuingBody: 'Udsatterådet',
        origin: 'own-initiative',
        recipient: 'Psykiatri- og socialudvalget',
      })
      .expect(201);
    const opened = (await t.http.get(`${base}/${id}`).set(secretary).expect(200)).body;
    expect(opened).toMatchObject({ origin: 'own-initiative', responseDeadline: null, inputDeadline: null });
    const list = (await t.http.get(base).set(secretary).expect(200)).body;
    expect(list).toMatchObject([{ id, responseDeadline: null, inputDeadline: null }]);
    // No deadline to extend.
    await t.http
      .post(`${base}/${id}/deadline-extension`)
      .set(secretary)
      .send({ responseDeadline: new Date(Date.now() + 10 * DAY).toISOString() })
      .expect(400);

    await t.http
      .post(`${base}/${id}/inputs`)
      .set(as('kira', 'member'))
      .send({ text: 'Flere pladser' })
      .expect(200);
    await t.http
      .post(`${base}/${id}/drafts`)
      .set(secretary)
      .send({ text: 'Udsatterådet anbefaler flere herbergspladser', basedOn: ['kira'] })
      .expect(200);
    await t.http
      .post(`${base}/${id}/approval-request`)
      .set(secretary)
      .send({ approvalDeadline: new Date(Date.now() + 60 * DAY).toISOString() })
      .expect(200);
    for (const [personId, role] of [
      ['kira', 'member'],
      ['ole', 'chair'],
    ] as const)
      await t.http
        .post(`${base}/${id}/approvals`)
        .set(as(personId, role))
        .send({ approve: true })
        .expect(200);
    await t.http.post(`${base}/${id}/sign-off`).set(as('ole', 'chair')).expect(200);
    await t.http
      .post(`${base}/${id}/submission`)
      .set(secretary)
      .send({ recipient: 'Psykiatri- og socialudvalget' })
      .expect(200);

    const view = (await t.http.get(`${base}/${id}`).set(secretary).expect(200)).body;
    expect(view).toMatchObject({ status: 'submitted', responseDeadline: null });
    expect(view.inputs).toMatchObject([
      { personId: 'kira', status: 'given' },
      { personId: 'ole', status: 'missing' },
    ]);

    const history = (
      await t.http.get(`${base}/${id}/history`).set(secretary).set('Accept-Language', 'da').expect(200)
    ).body;
    expect(JSON.stringify(history)).toContain('ingen frist');

    const docx = await t.http
      .get(`${base}/${id}/response.docx`)
      .set(secretary)
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const text = docxText(unzipEntry(docx.body as Buffer, 'word/document.xml')).join('\n');
    expect(text).toContain('Psykiatri- og socialudvalget');
    expect(text).toContain('Udsatterådet anbefaler flere herbergspladser');

    const report = await eventually(
      async () => {
        const r = await t.http
          .get(`/api/councils/${councilId}/evaluation-report`)
          .set(as('eva', 'evaluator'));
        return r.status === 200 && r.body.hearings.received === 1 ? r.body : undefined;
      },
      { what: 'the statement in the report' },
    );
    expect(report.hearings).toMatchObject({ answeredOnTime: 0, answeredLate: 0, answeredWithoutDeadline: 1 });
    const year = report.perYear.years.at(-1);
    expect(year.hearings).toMatchObject({
      ownInitiative: 1,
      answeredOnTime: 0,
      answeredLate: 0,
      leadTimeDays: { median: null },
    });
  });
});
