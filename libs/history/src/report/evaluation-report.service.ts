import type { SqlLike } from '../registry/history-projection';
import { evaluationReport, type EvaluationReport } from './evaluation-report';
import type { Period, ReportEvent } from './report-event';

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
 * in log order, up to the end of the period, and computes the report from them alone.
 */
export class EvaluationReportService {
  constructor(private readonly sql: SqlLike) {}

  async report(councilId: string, period: Period): Promise<EvaluationReport> {
    const { rows } = await this.sql.query<Row>(
      `SELECT kind, case_id, type, data, recorded_at, occurred_at FROM timeline
       WHERE council_id = $1 AND recorded_at < $2 ORDER BY position`,
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
