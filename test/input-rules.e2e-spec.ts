/**
 * Issue 15, one set of input rules: the same table of ids, instants, texts, amounts and
 * durations the kernel's spec checks is sent to a field of every feature (councils, hearings,
 * budget, follow-ups, history). A value is refused with a 400 naming that field everywhere, or
 * accepted everywhere (the answer may still be another refusal, but never one naming the field).
 */
import { INPUT_TABLE } from '../libs/kernel/src/input/input-rules.table';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

type Rule = keyof typeof INPUT_TABLE;

interface Target {
  /** Where the value goes, for the test's name. */
  name: string;
  /** The field the 400 names. */
  field: string;
  send: (t: TestApp, value: unknown, n: number) => Promise<{ status: number; body: { fields?: object } }>;
}

describe('one set of input rules, the same at every route', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let sec: { Authorization: string };
  const councilId = uniqueName('rules');
  const c = `/api/councils/${councilId}`;
  const deadline = '2031-01-28T23:59:00+01:00';

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    admin = t.auth(t.token({ personId: 'admin-1', role: 'admin' }));
    sec = t.auth(t.token({ personId: 'sofie', role: 'secretary', councilId }));
    await t.http.post('/api/councils').set(admin).send({ id: councilId, name: 'Rådet' }).expect(201);
  }, 60_000);

  afterAll(() => t?.close());

  const post = (path: string, body: object, auth = () => sec) => t.http.post(path).set(auth()).send(body);

  /** A follow-up body whose every other field passes, so only the field under test may be named. */
  const followUp = (fields: object) =>
    post(`${c}/follow-ups`, {
      title: 'F',
      responsible: 'R',
      phases: [],
      implements: { kind: 'hearing', id: 'nowhere' },
      ...fields,
    });

  const TARGETS: Record<Rule, Target[]> = {
    id: [
      {
        name: 'councils: appointment personId',
        field: 'personId',
        send: (_t, personId) =>
          post(`${c}/members`, { personId, name: 'N', organisation: 'O', email: 'n@example.org' }),
      },
      {
        name: 'hearings: hearing id',
        field: 'id',
        send: (_t, id) =>
          post(`${c}/hearings`, { id, title: 'T', issuingBody: 'B', responseDeadline: deadline }),
      },
      {
        name: 'budget: cycle id',
        field: 'id',
        send: (_t, id) =>
          post(`${c}/budget-cycles`, {
            id,
            year: 2031,
            milestones: [{ kind: 'first-discussion', committee: 'U', date: deadline }],
          }),
      },
      {
        name: 'follow-ups: implements.id',
        field: 'implements.id',
        send: (_t, id) => followUp({ implements: { kind: 'hearing', id } }),
      },
    ],
    instant: [
      {
        name: 'councils: meeting startsAt',
        field: 'startsAt',
        send: (_t, startsAt, n) => post(`${c}/meetings`, { id: `m-${n}`, startsAt }),
      },
      {
        name: 'hearings: receivedAt',
        field: 'receivedAt',
        send: (_t, receivedAt) =>
          post(`${c}/hearings`, { title: 'T', issuingBody: 'B', receivedAt, responseDeadline: deadline }),
      },
      {
        name: 'budget: milestone date',
        field: 'milestones.0.date',
        send: (_t, date) =>
          post(`${c}/budget-cycles`, {
            year: 2031,
            milestones: [{ kind: 'first-discussion', committee: 'U', date }],
          }),
      },
      {
        name: 'follow-ups: evaluationDue',
        field: 'evaluationDue',
        send: (_t, evaluationDue) => followUp({ evaluationDue }),
      },
      {
        name: 'history: timeline from',
        field: 'from',
        send: (_t, from) =>
          t.http
            .get(`${c}/timeline`)
            .query({ from: typeof from === 'string' ? from : JSON.stringify(from) })
            .set(sec),
      },
    ],
    text: [
      {
        name: 'councils: member name',
        field: 'name',
        send: (_t, name, n) =>
          post(`${c}/members`, { personId: `p-${n}`, name, organisation: `O${n}`, email: 'n@example.org' }),
      },
      {
        name: 'hearings: issuingBody',
        field: 'issuingBody',
        send: (_t, issuingBody) =>
          post(`${c}/hearings`, { title: 'T', issuingBody, responseDeadline: deadline }),
      },
      {
        name: 'councils: council name (admin)',
        field: 'name',
        send: (_t, name, n) => post('/api/councils', { id: `${councilId}-${n}`, name }, () => admin),
      },
    ],
    money: [
      {
        name: 'budget: cost salary',
        field: 'costs.0.salary',
        send: (_t, salary) =>
          t.http
            .patch(`${c}/budget-proposals/nowhere`)
            .set(sec)
            .send({ costs: [{ year: 2031, salary, operations: 0 }] }),
      },
      {
        name: 'budget: granted amount',
        field: 'grants.0.amount',
        send: (_t, amount) =>
          post(`${c}/budget-proposals/nowhere/decision`, {
            outcome: 'adopted',
            grants: [{ year: 2031, amount }],
          }),
      },
      {
        name: 'follow-ups: grant amount',
        field: 'grants.0.amount',
        send: (_t, amount) => followUp({ grants: [{ year: 2031, amount }] }),
      },
    ],
    duration: [
      {
        name: 'councils: reminderOffsets (admin)',
        field: 'reminderOffsets',
        send: (_t, offset, n) =>
          post(
            '/api/councils',
            { id: `${councilId}-d${n}`, name: 'R', reminderOffsets: [offset] },
            () => admin,
          ),
      },
      {
        name: 'hearings: reminderOffsets',
        field: 'reminderOffsets',
        send: (_t, offset) =>
          post(`${c}/hearings`, {
            title: 'T',
            issuingBody: 'B',
            responseDeadline: deadline,
            reminderOffsets: [offset],
          }),
      },
      {
        name: 'follow-ups: reportEvery',
        field: 'reportEvery',
        send: (_t, reportEvery) => followUp({ reportEvery }),
      },
    ],
  };

  const cases = (Object.keys(TARGETS) as Rule[]).flatMap((rule) =>
    TARGETS[rule].flatMap((target) => [
      ...INPUT_TABLE[rule].accepted.map((value) => ({ rule, target, value, accepted: true })),
      ...INPUT_TABLE[rule].refused.map((value) => ({ rule, target, value, accepted: false })),
    ]),
  );

  let n = 0;
  it.each(cases.map((c) => [c.target.name, c.accepted ? 'accepts' : 'refuses', c.value, c]))(
    '%s %s %p',
    async (_name, _verdict, _value, { target, value, accepted }) => {
      const res = await target.send(t, value, n++);
      expect(res.status).toBeLessThan(500);
      const named = res.status === 400 && Object.keys(res.body.fields ?? {}).includes(target.field);
      expect({ value, status: res.status, named, fields: res.body.fields }).toEqual(
        expect.objectContaining({ value, named: !accepted }),
      );
    },
  );
});
