import type { SqlLike } from '../registry/history-projection';
import { councilLineage } from '../timeline/council-lineage';
import { evaluationReport, type EvaluationReport } from './evaluation-report';
import type { Period, ReportEvent } from './report-event';
import type { CouncilCalendar } from './report-period';

interface Row {
  kind: string;
  case_id: string;
  type: string;
  data: Record<string, unknown> | null;
  recorded_at: Date | string;
  occurred_at: Date | string | null;
}

/**
 * Reads the council's events from the `timeline` read model (a row per event, data included)
 * in log order, those that happened before the end of the period (business time: `occurredAt`
 * where given, else when recorded), and computes the report from them alone.
 */
export class EvaluationReportService {
  constructor(private readonly sql: SqlLike) {}

  /** The council's time zone, beginning and current term, from its events (undefined: no such council here). */
  async calendar(councilId: string): Promise<CouncilCalendar | undefined> {
    const { rows } = await this.sql.query<Pick<Row, 'type' | 'data' | 'recorded_at' | 'occurred_at'>>(
      `SELECT type, data, recorded_at, occurred_at FROM timeline
       WHERE council_id = $1 AND kind = 'councils'
         AND type IN ('CouncilCreated', 'TermSet', 'CouncilContinued', 'CouncilEnded') ORDER BY position`,
      [councilId],
    );
    const created = rows.find((r) => r.type === 'CouncilCreated');
    if (!created) return undefined;
    const timeZone = typeof created.data?.timeZone === 'string' ? created.data.timeZone : 'UTC';
    return {
      timeZone,
      beganAt: new Date(created.occurred_at ?? created.recorded_at).toISOString(),
      ...currentTerm(rows),
    };
  }

  /** Issue 18.3: the council and the councils it succeeds (`councilLineage`). */
  lineage(councilId: string): Promise<string[]> {
    return councilLineage(this.sql, councilId);
  }

  /** `councils`: the council's own history, or (issue 18.3) with its predecessors' after it. */
  async report(
    councilId: string,
    period: Period,
    councils: string[] = [councilId],
    timeZone = 'UTC',
  ): Promise<EvaluationReport> {
    const { rows } = await this.sql.query<Row>(
      `SELECT kind, case_id, type, data, recorded_at, occurred_at FROM timeline
       WHERE council_id = ANY($1) AND COALESCE(occurred_at, recorded_at) < $2 ORDER BY position`,
      [councils, new Date(period.to).toISOString()],
    );
    const events: ReportEvent[] = rows.map((r) => {
      const recordedAt = new Date(r.recorded_at).toISOString();
      return {
        kind: r.kind,
        caseId: r.case_id,
        type: r.type,
        data: r.data ?? {},
        recordedAt,
        at: r.occurred_at === null ? recordedAt : new Date(r.occurred_at).toISOString(),
      };
    });
    const report = evaluationReport(councilId, events, period, timeZone);
    return councils.length > 1 ? { ...report, includes: councils.slice(1) } : report;
  }
}

/**
 * The term as the council's events leave it: the last one set, its end moved by a continuation
 * past it (seed 003) or by the region's decision to end the council (issue 18.2).
 */
function currentTerm(rows: Pick<Row, 'type' | 'data'>[]): { term?: { startsOn: string; endsOn: string } } {
  let term: { startsOn: string; endsOn: string } | undefined;
  for (const { type, data } of rows) {
    if (type === 'TermSet' && data) term = { startsOn: String(data.startsOn), endsOn: String(data.endsOn) };
    if (!term || !data) continue;
    if (type === 'CouncilContinued' && String(data.until) > term.endsOn)
      term = { ...term, endsOn: String(data.until) };
    if (type === 'CouncilEnded') term = { ...term, endsOn: String(data.endsOn) };
  }
  return term ? { term } : {};
}
