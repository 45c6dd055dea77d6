import { localTime, startOfLocalDay } from '@app/kernel';
import { casesByArea } from './cases-by-area';
import { countOwnInputGrants, type OwnInputGrants } from './own-input-grants';
import { byCase, list, median, num, round, str, within, type Period, type ReportEvent } from './report-event';

/** Seed 001: "fire ordinære møder årligt"; a council's terms may set another minimum. */
const DEFAULT_MINIMUM = 4;
const DAY = 86_400_000;
/** The lead time a hearing gave the council, in whole days, by band (seed 004 asks how long the council had). */
export const LEAD_TIME_BANDS = ['under 7 days', '7-13 days', '14-27 days', '28 days or more'] as const;

export interface YearFigures {
  year: number;
  hearings: {
    /** Hearings of every origin received in the year (and the period). */
    received: number;
    byOrigin: Record<string, number>;
    /** Response deadline (as first given) minus received, in days, for the cases with an external deadline. */
    leadTimeDays: { median: number | null; distribution: Record<(typeof LEAD_TIME_BANDS)[number], number> };
    answeredOnTime: number;
    answeredLate: number;
    /**
     * Seed 001: involved "gerne forud for formelle høringsprocesser": early involvements among the
     * cases the region brought (formal hearings and early involvements), as a share in per cent.
     */
    involvedBeforeFormalHearing: { cases: number; percent: number | null };
    /** Statements the council made on its own initiative. */
    ownInitiative: number;
  };
  meetings: {
    planned: number;
    held: number;
    /** The council's own minimum of ordinary meetings a year (seed 001: four). */
    minimum: number;
    /** Held minus planned, and how many short of the minimum (0 when met). */
    againstPlan: number;
    shortOfMinimum: number;
    /** Seed 001: dialogue meetings with the regional committees ("foretræde"), held in the year. */
    committeeDialogues: number;
  };
  /** Action points due in the year, and those completed by their due time. */
  actionPoints: { due: number; doneByDue: number };
  /** Money granted by the year's decisions to proposals derived from the council's own input. */
  ownInputGrants: OwnInputGrants;
  /** Over the meetings held in the year (and the period), as `TermFigures.attendance` over the period. */
  attendance: AttendanceFigures;
  /** Cases begun in the year (and the period), by area, as `TermFigures.casesByArea` over the period. */
  casesByArea: AreaCases[];
}

export interface AttendanceFigure {
  meetings: number;
  present: number;
  percentPresent: number | null;
}

/** Per member seated at each meeting counted, and per organisation. */
export interface AttendanceFigures {
  byMember: ({ personId: string; organisation: string | null } & AttendanceFigure)[];
  byOrganisation: ({ organisation: string } & AttendanceFigure)[];
}

export type AreaCases = ReturnType<typeof casesByArea>[number];

export interface TermFigures {
  years: YearFigures[];
  /** Over the meetings held in the period: per member seated then, and per organisation. */
  attendance: AttendanceFigures;
  /** Hearings, budget proposals and follow-ups begun in the period, by the areas they concern (seed 004). */
  casesByArea: AreaCases[];
}

interface Seats {
  membersAt(iso: string): string[];
  organisationOf(personId: string): string | undefined;
}

/**
 * Issue 18.5: the figures seeds 003 and 004 ask of a term, per year of the council's calendar,
 * each from the events alone (business time), like every other part of the report.
 */
export function termFigures(
  events: readonly ReportEvent[],
  period: Period,
  seats: Seats,
  timeZone: string,
): TermFigures {
  const yearOf = (iso: string) => localTime(new Date(iso), timeZone).year;
  const years = new Map<number, YearFigures>();
  const first = yearOf(new Date(period.from).toISOString());
  const last = yearOf(new Date(period.to - 1).toISOString());
  for (let y = first; y <= last && y - first < 100; y++)
    years.set(y, emptyYear(y, minimumIn(events, y, yearOf)));
  const lead = new Map<number, number[]>();

  for (const stream of byCase(events, 'hearings').values()) {
    const opened = stream.find((e) => e.type === 'HearingOpened');
    const receivedAt = str(opened?.data.receivedAt);
    if (!opened || !receivedAt || !within(receivedAt, period)) continue;
    const year = years.get(yearOf(receivedAt));
    if (!year) continue;
    const origin = str(opened.data.origin) ?? 'formal-hearing';
    const h = year.hearings;
    h.received++;
    h.byOrigin[origin] = (h.byOrigin[origin] ?? 0) + 1;
    if (origin === 'own-initiative') h.ownInitiative++;
    if (origin === 'early-involvement') h.involvedBeforeFormalHearing.cases++;
    // Lead time and "in time" are about a deadline someone else set: not for the council's own statements.
    if (origin === 'own-initiative') continue;
    const firstDeadline = str(opened.data.responseDeadline);
    if (firstDeadline) {
      const days = (Date.parse(firstDeadline) - Date.parse(receivedAt)) / DAY;
      lead.set(year.year, [...(lead.get(year.year) ?? []), days]);
      h.leadTimeDays.distribution[band(days)]++;
    }
    let deadline = firstDeadline;
    for (const e of stream) {
      if (e.type === 'HearingDeadlineExtended') deadline = str(e.data.responseDeadline) ?? deadline;
      if (e.type !== 'HearingResponseSubmitted') continue;
      const submittedAt = str(e.data.submittedAt) ?? e.recordedAt;
      if (deadline && Date.parse(submittedAt) > Date.parse(deadline)) h.answeredLate++;
      else h.answeredOnTime++;
    }
  }
  for (const year of years.values()) {
    const days = lead.get(year.year) ?? [];
    const m = median(days);
    year.hearings.leadTimeDays.median = m === null ? null : round(m, 1);
    const h = year.hearings;
    const brought = (h.byOrigin['formal-hearing'] ?? 0) + (h.byOrigin['early-involvement'] ?? 0);
    h.involvedBeforeFormalHearing.percent =
      brought === 0 ? null : round((100 * h.involvedBeforeFormalHearing.cases) / brought, 1);
  }

  countPlanned(events, period, years, yearOf);
  const held = heldMeetings(events, period);
  countMeetings(held, years, yearOf);
  countActionPoints(events, period, years, yearOf);
  countOwnInputGrants(events, period, yearOf, (y, amount) => {
    const year = years.get(y);
    if (!year) return;
    year.ownInputGrants.proposals++;
    year.ownInputGrants.amount = Math.round((year.ownInputGrants.amount + amount) * 1e6) / 1e6;
  });
  for (const y of years.values()) {
    y.meetings.againstPlan = y.meetings.held - y.meetings.planned;
    y.meetings.shortOfMinimum = Math.max(0, y.meetings.minimum - y.meetings.held);
    // Seed 004 asks these per year: the period's own computations, over the year's meetings and days.
    y.attendance = attendanceAt(
      held.filter((m) => yearOf(m.startsAt) === y.year),
      seats,
    );
    y.casesByArea = casesByArea(events, yearWithin(y.year, period, timeZone));
  }
  return {
    years: [...years.values()],
    attendance: attendanceAt(held, seats),
    casesByArea: casesByArea(events, period),
  };
}

/** The part of the period in the year of the council's calendar (its time zone's 1 January to 1 January). */
function yearWithin(year: number, period: Period, timeZone: string): Period {
  const start = startOfLocalDay(`${year}-01-01`, timeZone).getTime();
  const end = startOfLocalDay(`${year + 1}-01-01`, timeZone).getTime();
  return { from: Math.max(period.from, start), to: Math.min(period.to, end) };
}

function emptyYear(year: number, minimum: number): YearFigures {
  return {
    year,
    hearings: {
      received: 0,
      byOrigin: {},
      leadTimeDays: {
        median: null,
        distribution: Object.fromEntries(LEAD_TIME_BANDS.map((b) => [b, 0])) as never,
      },
      answeredOnTime: 0,
      answeredLate: 0,
      involvedBeforeFormalHearing: { cases: 0, percent: null },
      ownInitiative: 0,
    },
    meetings: { planned: 0, held: 0, minimum, againstPlan: 0, shortOfMinimum: 0, committeeDialogues: 0 },
    actionPoints: { due: 0, doneByDue: 0 },
    ownInputGrants: { proposals: 0, amount: 0 },
    attendance: { byMember: [], byOrganisation: [] },
    casesByArea: [],
  };
}

function band(days: number): (typeof LEAD_TIME_BANDS)[number] {
  if (days < 7) return 'under 7 days';
  if (days < 14) return '7-13 days';
  if (days < 28) return '14-27 days';
  return '28 days or more';
}

/** The minimum in force at the end of the year: the last terms recorded by then (business time). */
function minimumIn(events: readonly ReportEvent[], year: number, yearOf: (iso: string) => number): number {
  let minimum = DEFAULT_MINIMUM;
  for (const e of events) {
    if (e.kind !== 'councils' || !['CouncilCreated', 'CouncilTermsSet'].includes(e.type)) continue;
    if (yearOf(e.at) > year) continue;
    minimum =
      num(e.data.ordinaryMeetingsPerYear) ?? (e.type === 'CouncilCreated' ? DEFAULT_MINIMUM : minimum);
  }
  return minimum;
}

function countPlanned(
  events: readonly ReportEvent[],
  period: Period,
  years: Map<number, YearFigures>,
  yearOf: (iso: string) => number,
) {
  const plans = new Map<number, unknown[]>();
  for (const e of events)
    if (e.kind === 'councils' && e.type === 'MeetingPlanAdopted')
      plans.set(Number(e.data.year), list(e.data.meetings));
  for (const meetings of plans.values())
    for (const m of meetings) {
      const startsAt = str((m as { startsAt?: unknown }).startsAt);
      const year = startsAt && within(startsAt, period) ? years.get(yearOf(startsAt)) : undefined;
      if (year) year.meetings.planned++;
    }
}

interface HeldMeeting {
  startsAt: string;
  kind: unknown;
  /** Absence from the decisions (seed 003: "Fraværende") and from recorded attendance. */
  absent: Set<string>;
}

/** A meeting is held when it decided an item or had its minutes approved (as the meeting figures count). */
function heldMeetings(events: readonly ReportEvent[], period: Period): HeldMeeting[] {
  const held: HeldMeeting[] = [];
  for (const stream of byCase(events, 'meetings').values()) {
    const scheduled = stream.find((e) => e.type === 'MeetingScheduled');
    const moves = stream.filter((e) => e.type === 'MeetingMoved' && str(e.data.startsAt));
    const startsAt = str(moves.at(-1)?.data.startsAt ?? scheduled?.data.startsAt);
    if (!scheduled || !startsAt || !within(startsAt, period)) continue;
    const decided = stream.filter((e) => e.type === 'AgendaItemDecided');
    if (decided.length === 0 && !stream.some((e) => e.type === 'MinutesApproved')) continue;
    const recorded = stream.filter((e) => e.type === 'AttendanceRecorded').at(-1);
    const absent = new Set([
      ...decided.flatMap((e) => list<string>(e.data.absent)),
      ...list<{ personId?: unknown }>(recorded?.data.absent).flatMap((a) =>
        str(a.personId) ? [String(a.personId)] : [],
      ),
    ]);
    held.push({ startsAt, kind: scheduled.data.kind, absent });
  }
  return held;
}

function countMeetings(
  held: readonly HeldMeeting[],
  years: Map<number, YearFigures>,
  yearOf: (iso: string) => number,
) {
  for (const m of held) {
    const year = years.get(yearOf(m.startsAt));
    if (!year) continue;
    year.meetings.held++;
    if (m.kind === 'committee-dialogue') year.meetings.committeeDialogues++;
  }
}

/** Attendance over the given held meetings: per member seated when each began, and per organisation. */
function attendanceAt(held: readonly HeldMeeting[], seats: Seats): AttendanceFigures {
  const members = new Map<string, { meetings: number; present: number }>();
  for (const meeting of held)
    for (const personId of seats.membersAt(meeting.startsAt)) {
      const m = members.get(personId) ?? { meetings: 0, present: 0 };
      m.meetings++;
      if (!meeting.absent.has(personId)) m.present++;
      members.set(personId, m);
    }
  const percent = (f: { meetings: number; present: number }) =>
    f.meetings === 0 ? null : round((100 * f.present) / f.meetings, 1);
  const byMember = [...members.entries()]
    .map(([personId, f]) => ({
      personId,
      organisation: seats.organisationOf(personId) ?? null,
      ...f,
      percentPresent: percent(f),
    }))
    .sort((a, b) => a.personId.localeCompare(b.personId));
  const organisations = new Map<string, { meetings: number; present: number }>();
  for (const m of byMember) {
    const key = m.organisation ?? 'unknown';
    const o = organisations.get(key) ?? { meetings: 0, present: 0 };
    organisations.set(key, { meetings: o.meetings + m.meetings, present: o.present + m.present });
  }
  const byOrganisation = [...organisations.entries()]
    .map(([organisation, f]) => ({ organisation, ...f, percentPresent: percent(f) }))
    .sort((a, b) => a.organisation.localeCompare(b.organisation));
  return { byMember, byOrganisation };
}

/** An action point due in the year counts as done by its due time when it was completed no later. */
function countActionPoints(
  events: readonly ReportEvent[],
  period: Period,
  years: Map<number, YearFigures>,
  yearOf: (iso: string) => number,
) {
  const points = new Map<string, { dueAt: string; completedAt?: string }>();
  for (const e of events) {
    if (e.kind !== 'meetings') continue;
    const id = str(e.data.actionPointId);
    if (!id) continue;
    const key = `${e.caseId}/${id}`;
    const dueAt = str(e.data.dueAt);
    if (e.type === 'ActionPointAdded' && dueAt) points.set(key, { dueAt });
    const point = points.get(key);
    if (e.type === 'ActionPointCompleted' && point) point.completedAt = str(e.data.completedAt) ?? e.at;
  }
  for (const p of points.values()) {
    const year = within(p.dueAt, period) ? years.get(yearOf(p.dueAt)) : undefined;
    if (!year) continue;
    year.actionPoints.due++;
    if (p.completedAt && Date.parse(p.completedAt) <= Date.parse(p.dueAt)) year.actionPoints.doneByDue++;
  }
}
