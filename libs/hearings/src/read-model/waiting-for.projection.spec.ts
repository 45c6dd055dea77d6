import { randomUUID } from 'node:crypto';
import {
  PgliteSqlClient,
  PgSqlClient,
  ProjectionRunner,
  SqlEventStore,
  type EventToAppend,
  type SqlClient,
} from '@app/event-store';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from '@app/event-store/testing/postgres-test-schema';
import { assertPgliteCanLoad } from '@app/event-store/testing/pglite-under-jest';
import { caseStreamId, fold } from '@app/kernel';
import { hearingDecider } from '../domain/hearing.decider';
import type { HearingEvent } from '../domain/hearing.events';
import {
  annaInput,
  approvalRequested,
  draft1,
  NOW,
  opened,
  signedOff,
  submitted,
} from '../domain/hearing.fixtures';
import { hearingView } from '../domain/hearing.view';
import { listWaitingFor, WaitingForProjection } from './waiting-for.projection';

type View = Extract<ReturnType<typeof hearingView>, { status: unknown }>;
interface Owed {
  caseId: string;
  what: string;
  dueAt: string | null;
}

const CHAIR = 'carl';
const PEOPLE = ['anna', 'bo', 'carl', 'dan'];
const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());

/**
 * What `member-waiting.page.tsx` derived from the overview's folded hearings before this read
 * model, rule for rule (the chair's sign-off for the chair's token, here the council's chair).
 */
function whatThePageDerived(views: View[], me: string, isChair: boolean): Owed[] {
  const items: Owed[] = [];
  for (const h of views) {
    if (['submitted', 'declined', 'lapsed'].includes(h.status)) continue;
    const mine = h.inputs.find((i) => i.personId === me);
    if (mine?.status === 'missing' && (h.status === 'open' || h.status === 'drafting'))
      items.push({ caseId: h.id, what: 'input', dueAt: iso(h.inputDeadline) });
    const answer = h.approval?.answers.find((a) => a.personId === me);
    if (answer?.answer === 'pending' && !h.signOff && h.approval)
      items.push({ caseId: h.id, what: 'approval', dueAt: iso(h.approval.approvalDeadline) });
    if (isChair && h.approval && h.currentDraft && !h.signOff)
      items.push({ caseId: h.id, what: 'sign-off', dueAt: iso(h.responseDeadline) });
  }
  return sorted(items);
}

function sorted(items: Owed[]): Owed[] {
  return [...items].sort((a, b) => `${a.caseId}|${a.what}`.localeCompare(`${b.caseId}|${b.what}`));
}

const input = (personId: string, recordedBy = personId): HearingEvent => ({
  type: 'HearingInputSubmitted',
  data: { personId, text: `input fra ${personId}`, givenAt: NOW, recordedAt: NOW, late: false, recordedBy },
});
const answer = (personId: string, draftVersion: number, approve = true): HearingEvent => ({
  type: 'HearingApprovalAnswered',
  data: { personId, draftVersion, approve, ...(approve ? {} : { comment: 'Nævn de hjemløse' }) },
});
const askApproval = (
  draftVersion: number,
  approvalDeadline: string,
  requestedFrom: string[],
): HearingEvent => ({
  type: 'HearingApprovalRequested',
  data: { draftVersion, approvalDeadline, requestedFrom },
});

function describeWaitingFor(
  storeName: string,
  open: () => Promise<{ sql: SqlClient; dispose(): Promise<void> }>,
) {
  describe(`"waiting for me" read model on ${storeName}`, () => {
    let sql: SqlClient;
    let store: SqlEventStore;
    let runner: ProjectionRunner;
    let dispose: () => Promise<void>;
    /** Every hearing's events as appended, to fold the views the page used to read. */
    const history = new Map<string, HearingEvent[]>();

    beforeAll(async () => {
      ({ sql, dispose } = await open());
      store = await SqlEventStore.create(sql, { ownsClient: false, pollMs: 50 });
      runner = new ProjectionRunner(store, sql, [new WaitingForProjection()]);
      await runner.start();
    }, 60_000);
    afterAll(async () => {
      await runner?.stop();
      await store?.close();
      await dispose?.();
    });

    /** A hearing of its own per test, so the tests share one store. */
    function hearing(councilId = 'c1') {
      const id = `h-${randomUUID().slice(0, 8)}`;
      const stream = caseStreamId('hearing', councilId, id);
      history.set(id, []);
      return {
        id,
        async given(...events: HearingEvent[]) {
          for (const event of events) {
            const data =
              event.type === 'HearingOpened' ? { ...event.data, hearingId: id, councilId } : event.data;
            const toAppend: EventToAppend = {
              id: randomUUID(),
              type: event.type,
              data,
              metadata: {
                actor: { personId: 'sofie', role: 'secretary' },
                councilId,
                correlationId: randomUUID(),
                causationId: randomUUID(),
                recordedAt: NOW,
              },
            };
            await store.append(stream, [toAppend], 'any');
            history.get(id)!.push({ type: event.type, data } as HearingEvent);
          }
        },
      };
    }

    const readModel = async (councilId: string, person: string, ids: string[]) =>
      sorted(
        (await listWaitingFor(sql, councilId, person, person === CHAIR))
          .filter((r) => ids.includes(r.caseId))
          .map(({ caseId, what, dueAt }) => ({ caseId, what, dueAt })),
      );
    const pageDerivation = (person: string, ids: string[]) =>
      whatThePageDerived(
        ids.map((id) => hearingView(fold(hearingDecider, history.get(id)!), id) as View),
        person,
        person === CHAIR,
      );

    /** Then: for every person, the read model owes what the page derived from the folds. */
    async function expectSameAsThePage(ids: string[]): Promise<void> {
      for (const person of PEOPLE)
        expect({ person, owed: await readModel('c1', person, ids) }).toEqual({
          person,
          owed: pageDerivation(person, ids),
        });
    }

    it('follows a hearing from invitation to submission exactly as the page derived it, step by step', async () => {
      const h = hearing();
      const movedApproval = '2026-01-27T15:00:00Z';
      const steps: { when: string; events: HearingEvent[]; then?: Record<string, string[]> }[] = [
        { when: 'opened for anna, bo, carl', events: [opened], then: { anna: ['input'], dan: [] } },
        { when: 'anna gives input', events: [annaInput], then: { anna: [] } },
        {
          when: 'dan, appointed since, is invited',
          events: [{ type: 'HearingMembersInvited', data: { personIds: ['dan'] } }],
          then: { dan: ['input'] },
        },
        { when: "bo's input is recorded on his behalf", events: [input('bo', 'sofie')], then: { bo: [] } },
        {
          when: 'anna withdraws her input',
          events: [{ type: 'HearingInputWithdrawn', data: { personId: 'anna', withdrawnAt: NOW } }],
          then: { anna: [] },
        },
        { when: 'the first draft is written', events: [draft1], then: { carl: ['input'] } },
        {
          when: 'it is sent to everyone for approval',
          events: [askApproval(1, '2026-01-27T12:00:00Z', ['anna', 'bo', 'carl', 'dan'])],
          then: { anna: ['approval'], carl: ['approval', 'sign-off'], dan: ['approval'] },
        },
        { when: 'anna approves', events: [answer('anna', 1)], then: { anna: [] } },
        {
          when: 'the same draft is sent again with a later deadline, without dan',
          events: [askApproval(1, movedApproval, ['anna', 'bo', 'carl'])],
          then: { anna: [], bo: ['approval'], dan: [] },
        },
        { when: 'bo objects', events: [answer('bo', 1, false)], then: { bo: [] } },
        {
          when: 'the response deadline is extended',
          events: [
            {
              type: 'HearingDeadlineExtended',
              data: {
                previousResponseDeadline: opened.data.responseDeadline as string,
                responseDeadline: '2026-02-04T11:00:00Z',
                inputDeadline: '2026-02-02T11:00:00Z',
              },
            },
          ],
        },
        {
          when: 'a second draft is written',
          events: [
            { type: 'HearingResponseDrafted', data: { version: 2, text: 'Udkast 2', basedOn: ['bo'] } },
          ],
          then: { anna: [], carl: ['input'], dan: ['input'] },
        },
        {
          when: 'the second draft is sent for approval',
          events: [askApproval(2, '2026-02-03T12:00:00Z', ['anna', 'bo', 'carl', 'dan'])],
          then: { anna: ['approval'], bo: ['approval'] },
        },
        { when: 'carl approves', events: [answer('carl', 2)], then: { carl: ['sign-off'] } },
        {
          when: 'the chair signs off',
          events: [{ ...signedOff, data: { ...signedOff.data, draftVersion: 2 } } as HearingEvent],
          then: { anna: [], carl: [], dan: [] },
        },
        {
          when: 'the response is submitted',
          events: [{ ...submitted, data: { ...submitted.data, draftVersion: 2 } }],
        },
      ];
      for (const step of steps) {
        await h.given(...step.events);
        await expectSameAsThePage([h.id]);
        for (const [person, whats] of Object.entries(step.then ?? {}))
          expect({
            when: step.when,
            person,
            whats: (await readModel('c1', person, [h.id])).map((o) => o.what),
          }).toEqual({
            when: step.when,
            person,
            whats,
          });
      }
      expect(await readModel('c1', 'carl', [h.id])).toEqual([]);
      const { rows } = await sql.query('SELECT 1 FROM waiting_case WHERE case_id = $1', [h.id]);
      expect(rows).toEqual([]);
    });

    it('moves due times with the deadlines: input with the extension, approval with a new request', async () => {
      const h = hearing();
      await h.given(opened, draft1, askApproval(1, '2026-01-27T12:00:00Z', ['anna', 'bo']));
      await h.given(
        {
          type: 'HearingDeadlineExtended',
          data: {
            previousResponseDeadline: opened.data.responseDeadline as string,
            responseDeadline: '2026-02-04T11:00:00Z',
            inputDeadline: '2026-02-02T11:00:00Z',
          },
        },
        askApproval(1, '2026-02-03T09:00:00Z', ['anna', 'bo']),
      );
      expect(await readModel('c1', 'anna', [h.id])).toEqual([
        { caseId: h.id, what: 'approval', dueAt: '2026-02-03T09:00:00.000Z' },
      ]);
      expect(await readModel('c1', CHAIR, [h.id])).toEqual([
        { caseId: h.id, what: 'sign-off', dueAt: '2026-02-04T11:00:00.000Z' },
      ]);
      // A new draft asks again for the input still missing, due at the moved input deadline.
      await h.given({ type: 'HearingResponseDrafted', data: { version: 2, text: 'Udkast 2', basedOn: [] } });
      expect(await readModel('c1', 'bo', [h.id])).toEqual([
        { caseId: h.id, what: 'input', dueAt: '2026-02-02T11:00:00.000Z' },
      ]);
      await expectSameAsThePage([h.id]);
    });

    it('owes nothing for a declined or lapsed hearing, and signing off without an approval round clears the input', async () => {
      const declined = hearing();
      const lapsed = hearing();
      const signedEarly = hearing();
      await declined.given(opened, {
        type: 'HearingDeclined',
        data: { reason: 'Uden for rådets område', declinedAt: NOW },
      });
      await lapsed.given(opened, draft1, approvalRequested, {
        type: 'HearingLapsed',
        data: { responseDeadline: opened.data.responseDeadline as string },
      });
      await signedEarly.given(opened, draft1, signedOff);
      const ids = [declined.id, lapsed.id, signedEarly.id];
      await expectSameAsThePage(ids);
      for (const person of PEOPLE) expect(await readModel('c1', person, ids)).toEqual([]);
    });

    it('owes nothing here for a hearing carried over to a successor council', async () => {
      // Issue 18.3: the predecessor's stream takes nothing more, so its members owe it nothing.
      const carried = hearing();
      await carried.given(opened, draft1, approvalRequested);
      expect((await Promise.all(PEOPLE.map((p) => readModel('c1', p, [carried.id])))).flat()).not.toEqual([]);
      await carried.given({ type: 'CaseCarriedOver', data: { successorId: 'c2' } });
      for (const person of PEOPLE) expect(await readModel('c1', person, [carried.id])).toEqual([]);
    });

    it('owes input and sign-off on an own-initiative statement opened without a deadline, due last', async () => {
      // Issue 18.4: no external deadline unless one is set; the model must take the opening (an
      // inline projection that refused it would refuse the write).
      const statement = hearing();
      const dated = hearing();
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the statement has neither deadline
      const { responseDeadline, inputDeadline, ...undated } = opened.data;
      await statement.given(
        { type: 'HearingOpened', data: { ...undated, origin: 'own-initiative', recipient: 'Regionsrådet' } },
        draft1,
        askApproval(1, '2026-01-27T12:00:00Z', ['anna', 'bo']),
      );
      await dated.given(opened);
      await expectSameAsThePage([statement.id, dated.id]);
      const chair = await listWaitingFor(sql, 'c1', CHAIR, true);
      expect(chair.filter((r) => r.caseId === statement.id)).toEqual([
        expect.objectContaining({ what: 'sign-off', dueAt: null }),
      ]);
      // Bo owes input to a dated hearing and to a statement without a deadline: the dated one first.
      const undatedInput = hearing();
      await undatedInput.given({
        type: 'HearingOpened',
        data: { ...undated, origin: 'own-initiative', recipient: 'Regionsrådet' },
      });
      const bo = (await listWaitingFor(sql, 'c1', 'bo', false)).filter((r) =>
        [undatedInput.id, dated.id].includes(r.caseId),
      );
      expect(bo.map((r) => [r.caseId, r.what, r.dueAt === null])).toEqual([
        [dated.id, 'input', false],
        [undatedInput.id, 'input', true],
      ]);
      await expectSameAsThePage([undatedInput.id]);
    });

    it("serves the chair's sign-off to whoever holds the chair when it is read, and keeps councils apart", async () => {
      const h = hearing();
      const other = hearing('c2');
      await h.given(opened, draft1, approvalRequested);
      await other.given(opened, draft1, approvalRequested);
      // Ivan was elected chair after the draft went out (seed 000): the sign-off waits for him.
      const ivan = await listWaitingFor(sql, 'c1', 'ivan', true);
      expect(ivan.filter((r) => r.caseId === h.id)).toEqual([
        {
          kind: 'hearing',
          caseId: h.id,
          title: opened.data.title,
          what: 'sign-off',
          dueAt: iso(opened.data.responseDeadline as string),
        },
      ]);
      // Carl, who no longer holds it, is asked for his approval only.
      const carl = await listWaitingFor(sql, 'c1', 'carl', false);
      expect(carl.filter((r) => r.caseId === h.id).map((r) => r.what)).toEqual(['approval']);
      expect((await listWaitingFor(sql, 'c1', 'anna', false)).map((r) => r.caseId)).not.toContain(other.id);
      expect((await listWaitingFor(sql, 'c2', 'anna', false)).map((r) => r.caseId)).toEqual([other.id]);
    });

    it('is rebuilt from the log to the same rows (cli replay)', async () => {
      const before = await sql.query('SELECT * FROM waiting_for ORDER BY stream_id, holder, what');
      await runner.rebuild('waiting-for');
      const after = await sql.query('SELECT * FROM waiting_for ORDER BY stream_id, holder, what');
      expect(after.rows).toEqual(before.rows);
      expect(after.rows.length).toBeGreaterThan(0);
    });
  });
}

describeWaitingFor('the embedded store (PGlite)', async () => {
  assertPgliteCanLoad();
  const sql = await PgliteSqlClient.open();
  return { sql, dispose: () => sql.close() };
});

describeWaitingFor('PostgreSQL', async () => {
  const schema = testSchemaName('waiting_for');
  const sql = await PgSqlClient.connect({ connectionString: TEST_DATABASE_URL, schema });
  return {
    sql,
    dispose: async () => {
      await sql.close();
      await dropSchema(schema);
    },
  };
});
