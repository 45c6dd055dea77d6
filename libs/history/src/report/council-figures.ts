import { str, within, type Period, type ReportEvent } from './report-event';

export interface CouncilFigures {
  /** The region's decisions to continue the council taken in the period (seed 003), by business time. */
  continuations: { decidedBy: string; decidedOn: string; until: string }[];
}

/** The council's own life: what the region decided about it in the period. */
export function councilFigures(events: readonly ReportEvent[], period: Period): CouncilFigures {
  const continuations: CouncilFigures['continuations'] = [];
  for (const e of events) {
    if (e.kind !== 'councils' || e.type !== 'CouncilContinued' || !within(e.at, period)) continue;
    const [decidedBy, decidedOn, until] = [str(e.data.decidedBy), str(e.data.decidedOn), str(e.data.until)];
    if (decidedBy && decidedOn && until) continuations.push({ decidedBy, decidedOn, until });
  }
  return { continuations };
}
