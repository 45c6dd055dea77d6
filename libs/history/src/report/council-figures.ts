import { str, within, type Period, type ReportEvent } from './report-event';

export interface CouncilFigures {
  /** The region's decisions to continue the council taken in the period (seed 003), by business time. */
  continuations: { decidedBy: string; decidedOn: string; until: string }[];
  /** The region's decisions to end the council taken in the period (issue 18.2). */
  ends: { decidedBy: string; decidedOn: string; endsOn: string }[];
}

/** The council's own life: what the region decided about it in the period. */
export function councilFigures(events: readonly ReportEvent[], period: Period): CouncilFigures {
  const continuations: CouncilFigures['continuations'] = [];
  const ends: CouncilFigures['ends'] = [];
  for (const e of events) {
    if (e.kind !== 'councils' || !within(e.at, period)) continue;
    const [decidedBy, decidedOn] = [str(e.data.decidedBy), str(e.data.decidedOn)];
    if (!decidedBy || !decidedOn) continue;
    const [until, endsOn] = [str(e.data.until), str(e.data.endsOn)];
    if (e.type === 'CouncilContinued' && until) continuations.push({ decidedBy, decidedOn, until });
    if (e.type === 'CouncilEnded' && endsOn) ends.push({ decidedBy, decidedOn, endsOn });
  }
  return { continuations, ends };
}
