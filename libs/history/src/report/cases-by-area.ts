import { byCase, list, str, within, type Period, type ReportEvent } from './report-event';

/**
 * Issue 18.4, seed 004 ("the work tends to centre on central Copenhagen"): the cases that began in
 * the period, by the areas or municipalities they concern. A hearing begins when it is received, a
 * budget proposal when it is drafted, a follow-up when it is created (each by business time). A
 * proposal's areas may change by PATCH: the ones in force at the end of the period count. A case
 * counts once per area it names.
 */
export function casesByArea(
  events: readonly ReportEvent[],
  period: Period,
): { area: string; cases: number }[] {
  const counts = new Map<string, number>();
  const count = (areas: string[]) => {
    for (const area of new Set(areas)) counts.set(area, (counts.get(area) ?? 0) + 1);
  };

  for (const stream of byCase(events, 'hearings').values()) {
    const opened = stream.find((e) => e.type === 'HearingOpened');
    if (opened && within(str(opened.data.receivedAt), period)) count(list<string>(opened.data.areas));
  }
  for (const stream of byCase(events, 'budget-proposals').values()) {
    const drafted = stream.find((e) => e.type === 'BudgetProposalDrafted');
    if (!drafted || !within(drafted.at, period)) continue;
    let areas: string[] = [];
    for (const e of stream)
      if (e.type === 'BudgetProposalFieldChanged' && e.data.field === 'areas' && Date.parse(e.at) < period.to)
        areas = list<string>(e.data.value);
    count(areas);
  }
  for (const stream of byCase(events, 'follow-ups').values()) {
    const created = stream.find((e) => e.type === 'FollowUpCreated');
    if (created && within(created.at, period)) count(list<string>(created.data.areas));
  }

  return [...counts.entries()]
    .map(([area, cases]) => ({ area, cases }))
    .sort((a, b) => b.cases - a.cases || a.area.localeCompare(b.area));
}
