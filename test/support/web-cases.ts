/**
 * Cases the browser suites start from, made through the API, so a suite drives in the pages only
 * the step it is about.
 */
import type { WebCouncil } from './web-council';
import { uniqueName } from './test-app';

const DAY = 24 * 3600 * 1000;
/** `days` from now as ISO 8601 (UTC). */
export const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** The suites' councils are in Copenhagen; the pages take and show every date in that zone. */
export const ZONE = 'Europe/Copenhagen';
/** The council's calendar day `days` from now, as a date field holds it (`2026-03-30`). */
export const councilDay = (days: number) =>
  new Date(Date.now() + days * DAY).toLocaleDateString('sv-SE', { timeZone: ZONE });
/** An instant as the council's wall clock, `2026-03-30 14:00:00`. */
export const councilTime = (time: string) => new Date(time).toLocaleString('sv-SE', { timeZone: ZONE });

/** The committee the suites' budget cycles report to (seed 002's form names it so). */
export const BUDGET_COMMITTEE = 'Social- og psykiatriudvalget';

/**
 * A budget cycle for `year` with one first discussion in 30 days (proposals due in 23), opened by
 * `secretary`. Returns its id.
 */
export async function openBudgetCycle<P extends string>(
  w: Pick<WebCouncil<P>, 'api'>,
  secretary: P,
  year: number,
): Promise<string> {
  const id = uniqueName('cycle');
  await w
    .api(secretary)
    .post('/budget-cycles', {
      id,
      year,
      milestones: [
        {
          id: 'first',
          kind: 'first-discussion',
          committee: BUDGET_COMMITTEE,
          date: isoIn(30),
          submissionDeadline: isoIn(23),
        },
      ],
    })
    .expect(201);
  return id;
}

export interface PlanInput {
  title: string;
  phases: { id: string; name: string; plannedStart: string; plannedEnd?: string }[];
  milestones: { id: string; name: string; due: string }[];
  evaluationDue?: string;
  indicators?: {
    id: string;
    name: string;
    unit: string;
    target: number;
    period?: string;
    periodStartsOn?: string;
  }[];
}

/**
 * The council's record, not the token, makes the chair: `chair` is seated for an organisation of
 * their own (`Organisation <id>`, as the suites' members are) and elected. Both steps are
 * idempotent, so a suite may call it before each step the chair takes.
 */
export async function seatChair<P extends string>(
  w: Pick<WebCouncil<P>, 'api'>,
  by: { secretary: P; chair: P },
): Promise<void> {
  const secretary = w.api(by.secretary);
  await secretary
    .post('/members', {
      personId: by.chair,
      name: by.chair,
      organisation: `Organisation ${by.chair}`,
      email: `${by.chair}@example.org`,
    })
    .expect(201);
  await secretary.post('/chair', { personId: by.chair }).expect(200);
}

/**
 * Only a submitted hearing response (or an adopted proposal, a decided item) can be followed up:
 * the secretary opens a hearing and drafts, the chair signs off, the secretary submits, and a
 * follow-up of that response is created with `plan`. Returns the follow-up's id.
 */
export async function followUpOfSubmittedHearing<P extends string>(
  w: Pick<WebCouncil<P>, 'api'>,
  by: { secretary: P; chair: P },
  plan: PlanInput,
): Promise<string> {
  const secretary = w.api(by.secretary);
  const hearingId = uniqueName('h');
  await secretary
    .post('/hearings', {
      id: hearingId,
      title: `Høring: ${plan.title}`,
      issuingBody: 'Region Hovedstaden',
      responseDeadline: isoIn(20),
    })
    .expect(201);
  await secretary.post(`/hearings/${hearingId}/drafts`, { text: 'Rådet støtter forslaget' }).expect(200);
  await seatChair(w, by);
  await w.api(by.chair).post(`/hearings/${hearingId}/sign-off`, {}).expect(200);
  await secretary.post(`/hearings/${hearingId}/submission`, { recipient: 'Region Hovedstaden' }).expect(200);
  const id = uniqueName('fu');
  await secretary
    .post('/follow-ups', {
      id,
      ...plan,
      implements: { kind: 'hearing', id: hearingId },
      responsible: 'Socialforvaltningen',
    })
    .expect(201);
  return id;
}
