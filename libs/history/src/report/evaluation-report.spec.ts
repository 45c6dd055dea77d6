import { evaluationReport } from './evaluation-report';
import type { ReportEvent } from './report-event';
import { reportToCsv, reportToMarkdown } from './report-formats';

const d = (day: string) => `${day}T10:00:00.000Z`;
const ev = (
  kind: string,
  caseId: string,
  type: string,
  data: Record<string, unknown>,
  recorded: string,
): ReportEvent => ({
  kind,
  caseId,
  type,
  data,
  recordedAt: d(recorded),
  at: d(recorded),
});

/**
 * A half year of one council, with every figure worked out by hand in the comments. Event
 * shapes follow the feature libs' *.events.ts.
 */
const events: ReportEvent[] = [
  // Seats: four members from 1 December; m-cai resigns 1 March.
  ...[
    ['m-anna', 'WeShelter'],
    ['m-bo', 'SAND'],
    ['m-cai', 'Gadejuristen'],
    ['m-dan', 'Reden'],
  ].map(([personId, organisation]) =>
    ev(
      'councils',
      'c1',
      'MemberAppointed',
      { personId, organisation, name: personId, email: 'x' },
      '2025-12-01',
    ),
  ),
  ev('councils', 'c1', 'MemberResigned', { personId: 'm-cai', organisation: 'Gadejuristen' }, '2026-03-01'),
  ev(
    'councils',
    'c1',
    'MeetingPlanAdopted',
    {
      year: 2026,
      meetings: ['2026-01-20', '2026-04-20', '2026-09-20', '2026-11-20'].map((day, i) => ({
        meetingId: `mt${i + 1}`,
        startsAt: d(day),
      })),
      expectedMeetings: 4,
      fallsShortBy: 0,
    },
    '2025-12-02',
  ),

  // h0: received before the period; its submission and input do not count.
  ev(
    'hearings',
    'h0',
    'HearingOpened',
    { receivedAt: d('2025-12-10'), responseDeadline: d('2026-01-10') },
    '2025-12-10',
  ),
  ev(
    'hearings',
    'h0',
    'HearingInputSubmitted',
    { personId: 'm-anna', givenAt: d('2025-12-15'), late: false },
    '2025-12-15',
  ),
  ev('hearings', 'h0', 'RemindersIssued', { deadline: 'response', recipients: ['sec-1'] }, '2025-12-20'),
  ev('hearings', 'h0', 'HearingResponseSubmitted', { submittedAt: d('2026-01-05') }, '2026-01-05'),
  // h1: on time after 20 days; three inputs; a reminder to two; the input deadline passed.
  ev(
    'hearings',
    'h1',
    'HearingOpened',
    { receivedAt: d('2026-01-05'), responseDeadline: d('2026-01-28') },
    '2026-01-05',
  ),
  ev(
    'hearings',
    'h1',
    'HearingInputSubmitted',
    { personId: 'm-anna', givenAt: d('2026-01-10'), late: false },
    '2026-01-10',
  ),
  ev(
    'hearings',
    'h1',
    'HearingInputSubmitted',
    { personId: 'm-bo', givenAt: d('2026-01-12'), late: false },
    '2026-01-12',
  ),
  ev(
    'hearings',
    'h1',
    'HearingInputSubmitted',
    { personId: 'm-anna', givenAt: d('2026-01-15'), late: false },
    '2026-01-15',
  ),
  ev(
    'hearings',
    'h1',
    'RemindersIssued',
    { deadline: 'input', recipients: ['m-cai', 'm-dan'] },
    '2026-01-20',
  ),
  ev('hearings', 'h1', 'InputDeadlinePassed', { missing: ['m-cai', 'm-dan'] }, '2026-01-21'),
  ev('hearings', 'h1', 'HearingResponseSubmitted', { submittedAt: d('2026-01-25') }, '2026-01-25'),
  // h2: on time only thanks to the extension; 32 days.
  ev(
    'hearings',
    'h2',
    'HearingOpened',
    { receivedAt: d('2026-02-01'), responseDeadline: d('2026-02-20') },
    '2026-02-01',
  ),
  ev('hearings', 'h2', 'HearingDeadlineExtended', { responseDeadline: d('2026-03-10') }, '2026-02-15'),
  ev('hearings', 'h2', 'HearingResponseSubmitted', { submittedAt: d('2026-03-05') }, '2026-03-05'),
  // h3: late, 24 days, with one late input.
  ev(
    'hearings',
    'h3',
    'HearingOpened',
    { receivedAt: d('2026-03-01'), responseDeadline: d('2026-03-20') },
    '2026-03-01',
  ),
  ev(
    'hearings',
    'h3',
    'HearingInputSubmitted',
    { personId: 'm-bo', givenAt: d('2026-03-22'), late: true },
    '2026-03-22',
  ),
  ev('hearings', 'h3', 'HearingResponseSubmitted', { submittedAt: d('2026-03-25') }, '2026-03-25'),
  // h4 lapsed (with input from m-dan that he withdrew), h5 declined, h6 still open at the end.
  ev(
    'hearings',
    'h4',
    'HearingOpened',
    { receivedAt: d('2026-04-01'), responseDeadline: d('2026-04-20') },
    '2026-04-01',
  ),
  ev(
    'hearings',
    'h4',
    'HearingInputSubmitted',
    { personId: 'm-dan', givenAt: d('2026-04-02'), late: false },
    '2026-04-02',
  ),
  ev(
    'hearings',
    'h4',
    'HearingInputWithdrawn',
    { personId: 'm-dan', withdrawnAt: d('2026-04-03') },
    '2026-04-03',
  ),
  ev('hearings', 'h4', 'HearingLapsed', { responseDeadline: d('2026-04-20') }, '2026-04-21'),
  ev(
    'hearings',
    'h5',
    'HearingOpened',
    { receivedAt: d('2026-05-01'), responseDeadline: d('2026-05-20') },
    '2026-05-01',
  ),
  ev(
    'hearings',
    'h5',
    'HearingDeclined',
    { reason: 'outside our remit', declinedAt: d('2026-05-02') },
    '2026-05-02',
  ),
  ev(
    'hearings',
    'h6',
    'HearingOpened',
    { receivedAt: d('2026-06-20'), responseDeadline: d('2026-07-20') },
    '2026-06-20',
  ),

  // Proposals: one before the council's deadline, one after it, one with none; one missed the deadline.
  ev(
    'budget-proposals',
    'p1',
    'BudgetProposalSubmitted',
    { at: d('2026-03-01'), submissionDeadline: d('2026-03-15'), late: false },
    '2026-03-01',
  ),
  ev(
    'budget-proposals',
    'p1',
    'BudgetProposalDecided',
    {
      outcome: 'adopted',
      grants: [
        { year: 2027, amount: 2.5 },
        { year: 2028, amount: 2.5 },
      ],
      at: d('2026-06-01'),
    },
    '2026-06-01',
  ),
  ev(
    'budget-proposals',
    'p2',
    'BudgetProposalSubmitted',
    { at: d('2026-03-20'), submissionDeadline: d('2026-03-15'), late: true },
    '2026-03-20',
  ),
  ev(
    'budget-proposals',
    'p2',
    'BudgetProposalDecided',
    { outcome: 'partly-adopted', grants: [{ year: 2027, amount: 1 }], at: d('2026-06-01') },
    '2026-06-01',
  ),
  ev('budget-proposals', 'p3', 'BudgetProposalSubmitted', { at: d('2026-04-01'), late: false }, '2026-04-01'),
  ev(
    'budget-proposals',
    'p3',
    'BudgetProposalDecided',
    { outcome: 'rejected', grants: [], at: d('2026-06-01') },
    '2026-06-01',
  ),
  ev(
    'budget-proposals',
    'p4',
    'BudgetProposalSubmissionDeadlineMissed',
    { dueAt: d('2026-03-15') },
    '2026-03-15',
  ),
  ev('budget-proposals', 'p4', 'BudgetProposalWithdrawn', { at: d('2026-04-10') }, '2026-04-10'),
  // Decided after the period, and recorded after it: it must never change this report.
  ev(
    'budget-proposals',
    'p5',
    'BudgetProposalDecided',
    { outcome: 'adopted', grants: [{ year: 2027, amount: 9 }], at: d('2026-06-30') },
    '2026-08-01',
  ),

  // Follow-ups: f1 on schedule at 25 % of target, f2 overdue, f3 concluded (continue), f4 concluded before.
  ev(
    'follow-ups',
    'f1',
    'FollowUpCreated',
    { title: 'Bridgings', indicators: [{ id: 'i1', name: 'Bridgings', unit: 'count', target: 600 }] },
    '2025-11-01',
  ),
  ev(
    'follow-ups',
    'f1',
    'StatusReportSubmitted',
    { values: [{ indicatorId: 'i1', value: 150 }], submittedAt: d('2026-02-01') },
    '2026-02-01',
  ),
  ev('follow-ups', 'f2', 'FollowUpCreated', { title: 'Clinic', indicators: [] }, '2026-01-02'),
  ev(
    'follow-ups',
    'f2',
    'RemindersIssued',
    { deadline: 'status-report', recipients: ['sec-1'] },
    '2026-02-01',
  ),
  ev('follow-ups', 'f2', 'StatusReportOverdue', { deadlineId: 'r1', reportNumber: 1 }, '2026-02-10'),
  ev('follow-ups', 'f3', 'FollowUpCreated', { title: 'Beds', indicators: [] }, '2026-01-03'),
  ev('follow-ups', 'f3', 'MilestoneOverdue', { deadlineId: 'ms1', milestoneId: 'ms1' }, '2026-04-01'),
  ev('follow-ups', 'f3', 'MilestoneMet', { milestoneId: 'ms1', on: d('2026-05-01') }, '2026-05-01'),
  ev('follow-ups', 'f3', 'VerdictGiven', { verdict: 'continue', givenOn: d('2026-06-15') }, '2026-06-15'),
  ev('follow-ups', 'f4', 'FollowUpCreated', { title: 'Old', indicators: [] }, '2025-01-01'),
  ev('follow-ups', 'f4', 'VerdictGiven', { verdict: 'discontinue', givenOn: d('2025-12-20') }, '2025-12-20'),

  // Meetings: mt1 held with m-bo absent (3 of 4 present), mt2 extraordinary with minutes (3 of 3), mt3 not held.
  ev('meetings', 'mt1', 'MeetingScheduled', { kind: 'ordinary', startsAt: d('2026-01-20') }, '2025-12-02'),
  ev(
    'meetings',
    'mt1',
    'AgendaItemDecided',
    { itemId: 'a', decision: 'noted', absent: ['m-bo'] },
    '2026-01-20',
  ),
  ev(
    'meetings',
    'mt1',
    'AgendaItemDecided',
    { itemId: 'b', decision: 'agreed', absent: ['m-bo'] },
    '2026-01-20',
  ),
  ev(
    'meetings',
    'mtx',
    'MeetingScheduled',
    { kind: 'extraordinary', startsAt: d('2026-03-10') },
    '2026-03-02',
  ),
  ev(
    'meetings',
    'mtx',
    'MinutesApproved',
    { approvedBy: 'm-anna', approvedAt: d('2026-03-12') },
    '2026-03-12',
  ),
  ev('meetings', 'mt3', 'MeetingScheduled', { kind: 'ordinary', startsAt: d('2026-04-20') }, '2025-12-02'),
];

const period = { from: Date.parse('2026-01-01T00:00:00Z'), to: Date.parse('2026-07-01T00:00:00Z') };

describe('evaluationReport', () => {
  const report = evaluationReport('c1', events, period);

  it('counts hearings by outcome, the median days to submit, and input per member and organisation', () => {
    expect(report.hearings).toEqual({
      received: 6,
      answeredOnTime: 2,
      answeredLate: 1,
      answeredWithoutDeadline: 0,
      lapsed: 1,
      declined: 1,
      open: 1,
      medianDaysToSubmit: 24, // of 20, 32 and 24
      inputs: {
        total: 4,
        late: 1,
        byMember: [
          { personId: 'm-anna', organisation: 'WeShelter', inputs: 2 },
          { personId: 'm-bo', organisation: 'SAND', inputs: 2 },
        ],
        byOrganisation: [
          { organisation: 'SAND', inputs: 2 },
          { organisation: 'WeShelter', inputs: 2 },
        ],
      },
    });
  });

  it('counts proposals by outcome and deadline, and sums the grants per year', () => {
    expect(report.budgetProposals).toEqual({
      submitted: 3,
      submittedBeforeDeadline: 1,
      submittedLate: 1,
      submittedWithoutDeadline: 1,
      submissionDeadlinesMissed: 1,
      decided: { adopted: 1, 'partly-adopted': 1, rejected: 1 },
      withdrawn: 1,
      grantedPerYear: [
        { year: 2027, amount: 3.5 },
        { year: 2028, amount: 2.5 },
      ],
      // These proposals' cycles are not in the record, so their budget is unknown.
      grantedPerBudgetYear: [{ budgetYear: null, amount: 6, proposals: 2 }],
    });
  });

  it('counts money both by the year it is for and by the budget it was granted in (seed 004: "budget 2021")', () => {
    const PERIOD = { from: Date.parse('2020-01-01T00:00:00Z'), to: Date.parse('2022-01-01T00:00:00Z') };
    const budget = [
      ev(
        'budget-cycles',
        'cy21',
        'BudgetCycleCreated',
        { cycleId: 'cy21', year: 2021, milestones: [] },
        '2020-02-01',
      ),
      ...['pa', 'pb'].map((id) =>
        ev(
          'budget-proposals',
          id,
          'BudgetProposalDrafted',
          { proposalId: id, cycleId: 'cy21' },
          '2020-02-02',
        ),
      ),
      ev(
        'budget-proposals',
        'pa',
        'BudgetProposalDecided',
        {
          outcome: 'adopted',
          grants: [
            { year: 2021, amount: 10 },
            { year: 2022, amount: 10 },
          ],
          at: d('2020-09-15'),
        },
        '2020-09-15',
      ),
      ev(
        'budget-proposals',
        'pb',
        'BudgetProposalDecided',
        {
          outcome: 'partly-adopted',
          grants: [
            { year: 2021, amount: 5 },
            { year: 2022, amount: 5 },
          ],
          at: d('2020-09-15'),
        },
        '2020-09-15',
      ),
    ];
    const figures = evaluationReport('c1', budget, PERIOD).budgetProposals;
    expect(figures.grantedPerYear).toEqual([
      { year: 2021, amount: 15 },
      { year: 2022, amount: 15 },
    ]);
    expect(figures.grantedPerBudgetYear).toEqual([{ budgetYear: 2021, amount: 30, proposals: 2 }]);
  });

  it('counts input added in the mail round, and a withdrawal takes all of the member’s input back', () => {
    const PERIOD = { from: Date.parse('2022-01-01T00:00:00Z'), to: Date.parse('2022-02-01T00:00:00Z') };
    const input = (text: string, day: string) =>
      ev(
        'hearings',
        'h9',
        'HearingInputSubmitted',
        { personId: 'kira', text, givenAt: d(day), late: false },
        day,
      );
    const hearing = [
      ev(
        'hearings',
        'h9',
        'HearingOpened',
        { receivedAt: d('2022-01-05'), responseDeadline: d('2022-01-28') },
        '2022-01-05',
      ),
      input('At the meeting', '2022-01-13'),
      input('By mail', '2022-01-18'),
    ];
    expect(evaluationReport('c1', hearing, PERIOD).hearings.inputs.total).toBe(2);
    const withdrawn = ev('hearings', 'h9', 'HearingInputWithdrawn', { personId: 'kira' }, '2022-01-20');
    expect(evaluationReport('c1', [...hearing, withdrawn], PERIOD).hearings.inputs).toMatchObject({
      total: 0,
      byMember: [],
    });
  });

  it('takes an indicator’s latest value by business date, as the progress view does', () => {
    // Seed 003: 150 bridgings as of September; a June report typed in afterwards does not hide it.
    const reports = [
      ev(
        'follow-ups',
        'f9',
        'FollowUpCreated',
        { title: 'Brobygning', indicators: [{ id: 'i1', name: 'Brobygninger', unit: 'count', target: 600 }] },
        '2026-01-05',
      ),
      ev(
        'follow-ups',
        'f9',
        'StatusReportSubmitted',
        { asOf: d('2026-09-30'), values: [{ indicatorId: 'i1', value: 150 }], submittedAt: d('2026-10-01') },
        '2026-10-01',
      ),
      ev(
        'follow-ups',
        'f9',
        'StatusReportSubmitted',
        { asOf: d('2026-06-30'), values: [{ indicatorId: 'i1', value: 90 }], submittedAt: d('2026-10-02') },
        '2026-10-02',
      ),
    ];
    const PERIOD = { from: Date.parse('2026-01-01T00:00:00Z'), to: Date.parse('2027-01-01T00:00:00Z') };
    const [indicator] = evaluationReport('c1', reports, PERIOD).followUps.indicators;
    expect(indicator).toMatchObject({ latest: 150, percentOfTarget: 25 });
  });

  it('tells follow-ups on schedule from overdue ones, counts verdicts and sets indicators against target', () => {
    expect(report.followUps).toEqual({
      followed: 3,
      onSchedule: 1,
      overdue: 1,
      concluded: 1,
      verdicts: { continue: 1, adjust: 0, discontinue: 0 },
      milestones: { met: 1, missed: 0 },
      statusReports: 1,
      indicators: [
        {
          followUpId: 'f1',
          title: 'Bridgings',
          indicator: 'Bridgings',
          unit: 'count',
          target: 600,
          latest: 150,
          percentOfTarget: 25,
          // A target without a period is a level: 150 is short of 600 (issue 18.6).
          comparator: 'at-least',
          period: null,
          baseline: null,
          expectedByNow: null,
          onTrack: false,
        },
      ],
      evaluations: {
        midway: { recorded: 0, verdicts: { continue: 0, adjust: 0, discontinue: 0 } },
        final: { recorded: 0, verdicts: { continue: 0, adjust: 0, discontinue: 0 } },
        extra: { recorded: 0, verdicts: { continue: 0, adjust: 0, discontinue: 0 } },
        withoutKind: { recorded: 0, verdicts: { continue: 0, adjust: 0, discontinue: 0 } },
      },
    });
  });

  it('sets meetings held against the plan and counts attendance from the seats then', () => {
    expect(report.meetings).toEqual({
      planned: 2,
      held: { ordinary: 1, extraordinary: 1 },
      attendance: [
        { meetingId: 'mt1', startsAt: d('2026-01-20'), members: 4, absent: ['m-bo'], percentPresent: 75 },
        { meetingId: 'mtx', startsAt: d('2026-03-10'), members: 3, absent: [], percentPresent: 100 },
      ],
      averagePercentPresent: 87.5,
    });
  });

  it('counts reminders issued and deadlines missed in the period', () => {
    expect(report.reminders).toEqual({ issued: 2, recipients: 3, byKind: { hearings: 1, 'follow-ups': 1 } });
    expect(report.deadlines).toEqual({
      missed: 5,
      byType: {
        InputDeadlinePassed: 1,
        HearingLapsed: 1,
        BudgetProposalSubmissionDeadlineMissed: 1,
        StatusReportOverdue: 1,
        MilestoneOverdue: 1,
      },
    });
  });

  it('is the same whenever asked: what happened after the period changes nothing', () => {
    const later = [
      ...events,
      ev('hearings', 'h6', 'HearingResponseSubmitted', { submittedAt: d('2026-06-25') }, '2026-07-02'),
      ev(
        'follow-ups',
        'f2',
        'StatusReportSubmitted',
        { values: [], submittedAt: d('2026-06-30') },
        '2026-07-03',
      ),
    ];
    expect(evaluationReport('c1', later, period)).toEqual(report);
    expect(report.events).toBe(events.length - 1);
  });

  it('counts what happened in the period by business time, however late it was entered', () => {
    // mt3 was held on 20 April, and its decision entered after the period with that time.
    const enteredLater = {
      ...ev(
        'meetings',
        'mt3',
        'AgendaItemDecided',
        { itemId: 'a', decision: 'noted', absent: [] },
        '2026-11-02',
      ),
      at: d('2026-04-20'),
    };
    const completed = evaluationReport('c1', [...events, enteredLater], period);
    expect(completed.meetings.held).toEqual({ ordinary: 2, extraordinary: 1 });
    expect(completed.events).toBe(report.events + 1);
    // Entered in the period about a time after it: not this period's.
    const aheadOfItsTime = { ...enteredLater, recordedAt: d('2026-04-21'), at: d('2026-07-02') };
    expect(evaluationReport('c1', [...events, aheadOfItsTime], period)).toEqual(report);
  });

  it('renders as CSV (a figure a line) and as Markdown tables', () => {
    const csv = reportToCsv(report);
    expect(csv.split('\r\n')).toEqual(
      expect.arrayContaining([
        'metric,value',
        'hearings.received,6',
        'hearings.inputs.byOrganisation[SAND].inputs,2',
        'budgetProposals.grantedPerYear[2027].amount,3.5',
        'followUps.indicators[f1 / Bridgings].percentOfTarget,25',
        'meetings.attendance[mt1].absent,m-bo',
      ]),
    );
    const md = reportToMarkdown(report);
    expect(md).toContain('# Evaluation report: council c1');
    expect(md).toContain('| received | 6 |');
    expect(md).toContain('| decided.partly-adopted | 1 |');
    expect(md).toContain('### inputs.byMember');
    expect(md).toContain('| m-anna | WeShelter | 2 |');
  });
});
