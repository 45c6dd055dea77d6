import { byCase, list, num, str, within, type Period, type ReportEvent } from './report-event';

/** Issue 18.5: the money granted to proposals that came from the council's own input, in a year. */
export interface OwnInputGrants {
  /** Proposals decided in the year with a grant, derived from the council's own input. */
  proposals: number;
  /** The sum of all their grants (every year a decision grants for), in the proposals' unit (million DKK). */
  amount: number;
}

/**
 * Seed 004 asks what the council's input led to ("100 % succes": the annual meeting fed the
 * budget). A proposal came from the council's own input when it derives (`derivedFrom`, data in
 * its events, never guessed from text) from a hearing (the council's response, whatever the
 * hearing's origin, an own-initiative statement included) or from an item of an annual meeting
 * (meeting kind `annual`), or is the merge of a proposal that does (seed 002: "sammenlagt").
 * Its grants count in the year of the decision's business date (`at`), as decisions do elsewhere
 * in the report; the proposal's links are as the record stands at the end of the period.
 */
export function countOwnInputGrants(
  events: readonly ReportEvent[],
  period: Period,
  yearOf: (iso: string) => number,
  add: (year: number, amount: number) => void,
): void {
  const annualMeetings = new Set<string>();
  for (const [meetingId, stream] of byCase(events, 'meetings'))
    if (stream.some((e) => e.type === 'MeetingScheduled' && e.data.kind === 'annual'))
      annualMeetings.add(meetingId);

  const proposals = byCase(events, 'budget-proposals');
  const direct = new Map<string, boolean>();
  const mergedFrom = new Map<string, string[]>();
  for (const [id, stream] of proposals) {
    let links: { kind?: unknown; id?: unknown }[] = [];
    for (const e of stream) {
      if (e.type === 'BudgetProposalFieldChanged' && e.data.field === 'derivedFrom')
        links = list(e.data.value);
      if (e.type === 'BudgetProposalMergedFrom')
        mergedFrom.set(id, [...(mergedFrom.get(id) ?? []), ...list<string>(e.data.replaces)]);
    }
    direct.set(
      id,
      links.some(
        (l) => l.kind === 'hearing' || (l.kind === 'meeting-item' && annualMeetings.has(String(l.id))),
      ),
    );
  }
  const fromOwnInput = (id: string, seen = new Set<string>()): boolean => {
    if (seen.has(id)) return false;
    seen.add(id);
    return direct.get(id) === true || (mergedFrom.get(id) ?? []).some((m) => fromOwnInput(m, seen));
  };

  for (const [id, stream] of proposals) {
    if (!fromOwnInput(id)) continue;
    for (const e of stream) {
      const at = str(e.data.at);
      if (e.type !== 'BudgetProposalDecided' || !at || !within(at, period)) continue;
      const amount = list(e.data.grants).reduce((sum, g) => sum + (num(g.amount) ?? 0), 0);
      if (amount > 0) add(yearOf(at), amount);
    }
  }
}
