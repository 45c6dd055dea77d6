import type { ReportEvent } from './report-event';

/** An event of a report's input, recorded when it happened (the figure specs' shorthand). */
export const ev = (
  kind: string,
  caseId: string,
  type: string,
  data: Record<string, unknown>,
  at: string,
): ReportEvent => ({
  kind,
  caseId,
  type,
  data,
  recordedAt: at,
  at,
});
