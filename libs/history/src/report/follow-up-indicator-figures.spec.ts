/**
 * Issue 18.6 in the evaluation report, from events with known numbers (worked out by hand in the
 * comments): an indicator over a period is on track pro rata, by the progress view's own rule
 * (150 a quarter into the year is on track for 600), and a follow-up's dated evaluations are
 * counted per kind (midway, final, extra) with their own verdicts.
 */
import { evaluationReport } from './evaluation-report';
import type { ReportEvent } from './report-event';
import { reportToCsv, reportToMarkdown } from './report-formats';

const ev = (caseId: string, type: string, data: Record<string, unknown>, at: string): ReportEvent => ({
  kind: 'follow-ups',
  caseId,
  type,
  data,
  recordedAt: at,
  at,
});
const CREATED = '2026-01-01T00:00:00Z';
const report = (asOf: string, values: [string, number][]) =>
  ev(
    'f1',
    'StatusReportSubmitted',
    {
      reportId: asOf,
      summary: 'x',
      asOf,
      values: values.map(([indicatorId, value]) => ({ indicatorId, value })),
      submittedAt: asOf,
    },
    asOf,
  );
const evaluation = (caseId: string, evaluatedOn: string, more: object) =>
  ev(
    caseId,
    'EvaluationRecorded',
    { summary: 'x', evaluatedOn, recordedAt: evaluatedOn, ...more },
    evaluatedOn,
  );

const events: ReportEvent[] = [
  ev(
    'f1',
    'FollowUpCreated',
    {
      title: 'Brobygning',
      createdAt: CREATED,
      indicators: [
        // Seed 003: "more than 600 a year".
        { id: 'i1', name: 'Brobygninger', unit: 'count', target: 600, comparator: 'at-least', period: 'P1Y' },
        // A level: waiting time at most 30 days.
        { id: 'i2', name: 'Ventetid', unit: 'days', target: 30, comparator: 'at-most' },
        // Exactly 100 a year, counted from the follow-up's creation: 50 expected at mid-year, 52 within 5 %.
        {
          id: 'i3',
          name: 'Senge',
          unit: 'count',
          target: 100,
          comparator: 'exactly',
          period: 'P1Y',
          baseline: 80,
        },
        // Never reported.
        { id: 'i4', name: 'Samtaler', unit: 'count', target: 12, period: 'P1Y' },
      ],
    },
    CREATED,
  ),
  // A quarter of 2026 (365 days) is 91.25 days: 2 April 06:00 UTC.
  report('2026-04-02T06:00:00Z', [
    ['i1', 150],
    ['i2', 35],
  ]),
  // Half of 2026: 2 July 12:00 UTC.
  report('2026-07-02T12:00:00Z', [['i3', 52]]),
  // Evaluations: f1 midway (continue), two extra (adjust, none), final (discontinue); f2 one
  // without a kind in 2026 and a midway in 2025, before the period.
  evaluation('f1', '2026-06-01T10:00:00Z', { kind: 'midway', verdict: 'continue' }),
  evaluation('f1', '2026-08-01T10:00:00Z', { kind: 'extra', verdict: 'adjust' }),
  evaluation('f1', '2026-09-01T10:00:00Z', { kind: 'extra' }),
  evaluation('f1', '2026-12-01T10:00:00Z', { kind: 'final', verdict: 'discontinue' }),
  ev(
    'f2',
    'FollowUpCreated',
    { title: 'Klinik', createdAt: '2025-01-01T00:00:00Z', indicators: [] },
    '2025-01-01T00:00:00Z',
  ),
  evaluation('f2', '2025-06-01T10:00:00Z', { kind: 'midway', verdict: 'adjust' }),
  evaluation('f2', '2026-03-01T10:00:00Z', {}),
];

const period = { from: Date.parse('2026-01-01T00:00:00Z'), to: Date.parse('2027-01-01T00:00:00Z') };
const figures = evaluationReport('c1', events, period).followUps;

describe('indicators with periods and evaluations per kind in the report (issue 18.6)', () => {
  it('shows each indicator’s expected value by now and whether it is on track, as the progress view does', () => {
    expect(figures.indicators.map(({ followUpId: _f, title: _t, unit: _u, ...i }) => i)).toEqual([
      {
        indicator: 'Brobygninger',
        target: 600,
        latest: 150,
        percentOfTarget: 25,
        comparator: 'at-least',
        period: 'P1Y',
        baseline: null,
        expectedByNow: 150,
        onTrack: true,
      },
      {
        indicator: 'Ventetid',
        target: 30,
        latest: 35,
        percentOfTarget: 116.7,
        comparator: 'at-most',
        period: null,
        baseline: null,
        expectedByNow: null,
        onTrack: false,
      },
      {
        indicator: 'Senge',
        target: 100,
        latest: 52,
        percentOfTarget: 52,
        comparator: 'exactly',
        period: 'P1Y',
        baseline: 80,
        expectedByNow: 50,
        onTrack: true,
      },
      {
        indicator: 'Samtaler',
        target: 12,
        latest: null,
        percentOfTarget: null,
        comparator: 'at-least',
        period: 'P1Y',
        baseline: null,
        expectedByNow: null,
        onTrack: null,
      },
    ]);
  });

  it('counts the evaluations dated in the period per kind, with their own verdicts', () => {
    expect(figures.evaluations).toEqual({
      midway: { recorded: 1, verdicts: { continue: 1, adjust: 0, discontinue: 0 } },
      final: { recorded: 1, verdicts: { continue: 0, adjust: 0, discontinue: 1 } },
      extra: { recorded: 2, verdicts: { continue: 0, adjust: 1, discontinue: 0 } },
      withoutKind: { recorded: 1, verdicts: { continue: 0, adjust: 0, discontinue: 0 } },
    });
  });

  it('comes in the CSV and the Markdown too', () => {
    const csv = reportToCsv(evaluationReport('c1', events, period));
    expect(csv).toContain('followUps.indicators[f1 / Brobygninger].expectedByNow,150\r\n');
    expect(csv).toContain('followUps.indicators[f1 / Ventetid].onTrack,false\r\n');
    expect(csv).toContain('followUps.evaluations.extra.verdicts.adjust,1\r\n');
    const md = reportToMarkdown(evaluationReport('c1', events, period));
    expect(md).toContain('| evaluations.midway.recorded | 1 |');
    const lines = md.split('\n');
    const cells = (line: string) => line.split('|').map((c) => c.trim());
    const header = cells(lines.find((l) => l.includes('| expectedByNow |'))!);
    const row = cells(lines.find((l) => l.includes('| Senge |'))!);
    expect(row[header.indexOf('expectedByNow')]).toBe('50');
    expect(row[header.indexOf('onTrack')]).toBe('true');
  });
});

describe('status reports by business time in the report (issue 18.1)', () => {
  // A report made on 14 November 2025 and written down on 2 March 2026: it counts in 2025.
  const made = '2025-11-14T09:00:00Z';
  const lateEntry: ReportEvent = {
    kind: 'follow-ups',
    caseId: 'f9',
    type: 'StatusReportSubmitted',
    data: { reportId: 'r', summary: 'x', asOf: made, values: [], submittedAt: '2026-03-02T10:00:00Z' },
    recordedAt: '2026-03-02T10:00:00Z',
    at: made,
  };
  const created = ev('f9', 'FollowUpCreated', { title: 'IDD', createdAt: CREATED, indicators: [] }, made);
  const year = (y: number) => ({
    from: Date.parse(`${y}-01-01T00:00:00Z`),
    to: Date.parse(`${y + 1}-01-01T00:00:00Z`),
  });

  it('counts a report entered later in the year it was made, not the year it was written down', () => {
    expect(evaluationReport('c1', [created, lateEntry], year(2025)).followUps.statusReports).toBe(1);
    expect(evaluationReport('c1', [created, lateEntry], year(2026)).followUps.statusReports).toBe(0);
  });
});
