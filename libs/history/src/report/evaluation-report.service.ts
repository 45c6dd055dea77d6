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

  /** The council's time zone and beginning, from its creation (undefined: no such council here). */
  async calendar(councilId: string): Promise<CouncilCalendar | undefined> {
    const { rows } = await this.sql.query<Pick<Row, 'data' | 'recorded_at' | 'occurred_at'>>(
      `SELECT data, recorded_at, occurred_at FROM timeline
       WHERE council_id = $1 AND type = 'CouncilCreated' ORDER BY position LIMIT 1`,
      [councilId],
    );
    const row = rows[0];
    if (!row) return undefined;
    const timeZone = typeof row.data?.timeZone === 'string' ? row.data.timeZone : 'UTC';
    return { timeZone, beganAt: new Date(row.occurred_at ?? row.recorded_at).toISOString() };
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
