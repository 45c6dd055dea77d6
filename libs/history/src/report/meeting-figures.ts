import { byCase, list, round, str, within, type Period, type ReportEvent } from './report-event';

export interface MeetingFigures {
  /** Ordinary meetings in the council's yearly plans that fall in the period (seed 001: four a year). */
  planned: number;
  /** Meetings in the period at which the council decided an item or approved minutes. */
  held: { ordinary: number; extraordinary: number };
  attendance: {
    meetingId: string;
    startsAt: string;
    members: number;
    absent: string[];
    /** Share of the members then seated who were not recorded absent, in per cent. */
    percentPresent: number | null;
  }[];
  /** Mean of the meetings' percentages. */
  averagePercentPresent: number | null;
}

/**
 * Meetings (issue 7: held against plan, attendance). Absence comes from the decisions'
 * `absent` lists (seed 003: "Fraværende"); members are those seated when the meeting began.
 */
export function meetingFigures(
  events: readonly ReportEvent[],
  period: Period,
  membersAt: (iso: string) => string[],
): MeetingFigures {
  const f: MeetingFigures = {
    planned: 0,
    held: { ordinary: 0, extraordinary: 0 },
    attendance: [],
    averagePercentPresent: null,
  };
  const plans = new Map<number, unknown[]>();
  for (const e of events) {
    if (e.kind === 'councils' && e.type === 'MeetingPlanAdopted') {
      plans.set(Number(e.data.year), list(e.data.meetings)); // a later plan for a year replaces it
    }
  }
  for (const meetings of plans.values()) {
    f.planned += meetings.filter((m) => within((m as { startsAt?: unknown }).startsAt, period)).length;
  }
  for (const [meetingId, stream] of byCase(events, 'meetings')) {
    const scheduled = stream.find((e) => e.type === 'MeetingScheduled');
    // A meeting moved (or dated later) was held when it was last moved to, not when first planned.
    const moves = stream.filter((e) => e.type === 'MeetingMoved' && str(e.data.startsAt));
    const startsAt = str(moves.at(-1)?.data.startsAt ?? scheduled?.data.startsAt);
    if (!scheduled || !startsAt || !within(startsAt, period)) continue;
    const decided = stream.filter((e) => e.type === 'AgendaItemDecided');
    if (decided.length === 0 && !stream.some((e) => e.type === 'MinutesApproved')) continue;
    f.held[scheduled.data.kind === 'extraordinary' ? 'extraordinary' : 'ordinary']++;
    const absent = [...new Set(decided.flatMap((e) => list<string>(e.data.absent)))].sort();
    const members = membersAt(startsAt);
    const present = members.filter((m) => !absent.includes(m)).length;
    f.attendance.push({
      meetingId,
      startsAt,
      members: members.length,
      absent,
      percentPresent: members.length === 0 ? null : round((100 * present) / members.length, 1),
    });
  }
  f.attendance.sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.meetingId.localeCompare(b.meetingId),
  );
  const rates = f.attendance.map((a) => a.percentPresent).filter((p): p is number => p !== null);
  f.averagePercentPresent =
    rates.length === 0 ? null : round(rates.reduce((s, r) => s + r, 0) / rates.length, 1);
  return f;
}
