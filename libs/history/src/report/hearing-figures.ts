import { byCase, median, round, str, within, type Period, type ReportEvent } from './report-event';

export interface HearingFigures {
  /** Hearings received in the period (HearingOpened.receivedAt). */
  received: number;
  answeredOnTime: number;
  answeredLate: number;
  /** Issue 18.4: a statement on the council's own initiative with no deadline is neither on time nor late. */
  answeredWithoutDeadline: number;
  lapsed: number;
  declined: number;
  /** Received in the period and, at its end, neither answered, lapsed nor declined. */
  open: number;
  /** From received to submitted, for the hearings answered. */
  medianDaysToSubmit: number | null;
  /**
   * Input given in the period (HearingInputSubmitted.givenAt), by member and organisation; more
   * input from the same member (seed 000's mail round) counts as another.
   */
  inputs: {
    total: number;
    late: number;
    byMember: { personId: string; organisation: string | null; inputs: number }[];
    byOrganisation: { organisation: string; inputs: number }[];
  };
}

const DAY = 86_400_000;

/**
 * Hearings (issue 7: received, answered on time, late, lapsed, declined; median days from
 * received to submitted; input per member and organisation; withdrawn input does not count).
 * "On time" compares the submission
 * with the response deadline in force then, extensions included (seed 000: 28 January).
 */
export function hearingFigures(
  events: readonly ReportEvent[],
  period: Period,
  organisationOf: (personId: string) => string | undefined,
): HearingFigures {
  const f: HearingFigures = {
    received: 0,
    answeredOnTime: 0,
    answeredLate: 0,
    answeredWithoutDeadline: 0,
    lapsed: 0,
    declined: 0,
    open: 0,
    medianDaysToSubmit: null,
    inputs: { total: 0, late: 0, byMember: [], byOrganisation: [] },
  };
  const days: number[] = [];
  const perMember = new Map<string, number>();

  for (const stream of byCase(events, 'hearings').values()) {
    const opened = stream.find((e) => e.type === 'HearingOpened');
    let deadline = str(opened?.data.responseDeadline);
    let outcome: 'on-time' | 'late' | 'no-deadline' | 'lapsed' | 'declined' | undefined;
    let submittedAt: string | undefined;
    // Input counted in this hearing per member, so a withdrawal takes it back out.
    const counted = new Map<string, { late: boolean }[]>();
    for (const e of stream) {
      if (e.type === 'HearingDeadlineExtended') deadline = str(e.data.responseDeadline) ?? deadline;
      if (e.type === 'HearingResponseSubmitted') {
        submittedAt = str(e.data.submittedAt) ?? e.recordedAt;
        // Only a statement on the council's own initiative may lack a deadline (issue 18.4).
        outcome =
          deadline === undefined && opened?.data.origin === 'own-initiative'
            ? 'no-deadline'
            : deadline !== undefined && Date.parse(submittedAt) > Date.parse(deadline)
              ? 'late'
              : 'on-time';
      }
      if (e.type === 'HearingLapsed' && outcome === undefined) outcome = 'lapsed';
      if (e.type === 'HearingDeclined' && outcome === undefined) outcome = 'declined';
      if (e.type === 'HearingInputSubmitted' && within(e.data.givenAt, period)) {
        const personId = str(e.data.personId) ?? 'unknown';
        const late = e.data.late === true;
        f.inputs.total++;
        if (late) f.inputs.late++;
        perMember.set(personId, (perMember.get(personId) ?? 0) + 1);
        counted.set(personId, [...(counted.get(personId) ?? []), { late }]);
      }
      if (e.type === 'HearingInputWithdrawn') {
        // A withdrawal takes back all of the member's input, what she added since included.
        const personId = str(e.data.personId) ?? 'unknown';
        for (const withdrawn of counted.get(personId) ?? []) {
          f.inputs.total--;
          if (withdrawn.late) f.inputs.late--;
          perMember.set(personId, (perMember.get(personId) ?? 1) - 1);
        }
        counted.delete(personId);
      }
    }
    const receivedAt = str(opened?.data.receivedAt);
    if (!opened || !within(receivedAt, period)) continue;
    f.received++;
    if (outcome === 'on-time') f.answeredOnTime++;
    else if (outcome === 'late') f.answeredLate++;
    else if (outcome === 'no-deadline') f.answeredWithoutDeadline++;
    else if (outcome === 'lapsed') f.lapsed++;
    else if (outcome === 'declined') f.declined++;
    else f.open++;
    if (submittedAt && receivedAt) days.push((Date.parse(submittedAt) - Date.parse(receivedAt)) / DAY);
  }

  const m = median(days);
  f.medianDaysToSubmit = m === null ? null : round(m, 1);
  f.inputs.byMember = [...perMember.entries()]
    .filter(([, inputs]) => inputs > 0)
    .map(([personId, inputs]) => ({ personId, organisation: organisationOf(personId) ?? null, inputs }))
    .sort((a, b) => b.inputs - a.inputs || a.personId.localeCompare(b.personId));
  const perOrganisation = new Map<string, number>();
  for (const m of f.inputs.byMember) {
    const organisation = m.organisation ?? 'unknown';
    perOrganisation.set(organisation, (perOrganisation.get(organisation) ?? 0) + m.inputs);
  }
  f.inputs.byOrganisation = [...perOrganisation.entries()]
    .map(([organisation, inputs]) => ({ organisation, inputs }))
    .sort((a, b) => b.inputs - a.inputs || a.organisation.localeCompare(b.organisation));
  return f;
}
