import type { SqlLike } from '../registry/history-projection';
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
       WHERE council_id = $1 AND type IN ('CouncilCreated', 'TermSet') ORDER BY position`,
      [councilId],
    );
    const created = rows.find((r) => r.type === 'CouncilCreated');
    if (!created) return undefined;
    const timeZone = typeof created.data?.timeZone === 'string' ? created.data.timeZone : 'UTC';
    const term = rows.filter((r) => r.type === 'TermSet').at(-1)?.data;
    return {
      timeZone,
      beganAt: new Date(created.occurred_at ?? created.recorded_at).toISOString(),
      ...(term && { term: { startsOn: String(term.startsOn), endsOn: String(term.endsOn) } }),
    };
  }

  async report(councilId: string, period: Period): Promise<EvaluationReport> {
    const { rows } = await this.sql.query<Row>(
      `SELECT kind, case_id, type, data, recorded_at, occurred_at FROM timeline
       WHERE council_id = $1 AND COALESCE(occurred_at, recorded_at) < $2 ORDER BY position`,
      [councilId, new Date(period.to).toISOString()],
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
    return evaluationReport(councilId, events, period);
  }
}
