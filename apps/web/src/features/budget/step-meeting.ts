import type { BudgetCycle, Milestone } from '../../api/api-types';

/** Which of the calendar's meetings takes each step of a proposal (seed 000's budget calendar). */
const MEETING_OF_STEP: Record<string, Milestone['kind']> = {
  discussion: 'first-discussion',
  prioritisation: 'prioritisation',
  'committee-approval': 'final-approval',
  negotiation: 'negotiations',
  decision: 'agreement',
};

/**
 * The meeting a step is taken at: the proposal's committee's meeting of that kind (the earliest,
 * should the calendar hold two), or, for the negotiations and the agreement that are not one
 * committee's, any committee's. Undefined when the calendar has none (a submission, a calendar
 * without that meeting).
 */
export function meetingOfStep(
  step: string,
  cycle: BudgetCycle,
  committee: string | null | undefined,
): Milestone | undefined {
  const kind = MEETING_OF_STEP[step];
  if (!kind) return undefined;
  const ofKind = cycle.milestones
    .filter((m) => m.kind === kind)
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const anyCommittee = !committee || kind === 'negotiations' || kind === 'agreement';
  return ofKind.find((m) => m.committee === committee) ?? (anyCommittee ? ofKind[0] : undefined);
}

/** Whether a step recorded at `at` (now when not given) comes before its meeting has begun. */
export function stepBeforeMeeting(at: string | undefined, meeting: Milestone, now = Date.now()): boolean {
  return (at ? Date.parse(at) : now) < Date.parse(meeting.date);
}

/**
 * The committee's submission deadline as the API reckons it (the earliest of its meetings' that
 * has one), and whether a submission at `at` (now when not given) comes after it: then it is
 * recorded as late, and the page asks why (seed 002's proposal joined after the prioritisation).
 */
export function submissionDeadlineOf(
  cycle: BudgetCycle,
  committee: string,
  at: string | undefined,
  now = Date.now(),
): { dueAt: string; passed: boolean } | undefined {
  const dueAt = cycle.milestones
    .filter((m) => m.committee === committee && m.submissionDeadline !== undefined)
    .map((m) => m.submissionDeadline!)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  if (dueAt === undefined) return undefined;
  return { dueAt, passed: (at ? Date.parse(at) : now) > Date.parse(dueAt) };
}
