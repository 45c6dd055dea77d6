/**
 * Issue 18.5: each figure seeds 003 and 004 ask of a term, computed from events with known
 * numbers (worked out by hand in the comments), per year of the council's calendar (Copenhagen).
 */
import { evaluationReport } from './evaluation-report';
import type { ReportEvent } from './report-event';
import { ev } from './report-event.fixtures';
import { reportToCsv, reportToMarkdown } from './report-formats';

const hearing = (id: string, receivedAt: string, responseDeadline: string, more: object = {}) =>
  ev('hearings', id, 'HearingOpened', { hearingId: id, receivedAt, responseDeadline, ...more }, receivedAt);
const submitted = (id: string, submittedAt: string) =>
  ev('hearings', id, 'HearingResponseSubmitted', { submittedAt }, submittedAt);
const meeting = (id: string, startsAt: string) =>
  ev(
    'meetings',
    id,
    'MeetingScheduled',
    { meetingId: id, councilId: 'c1', kind: 'ordinary', startsAt },
    startsAt,
  );
const decided = (id: string, at: string, absent: string[] = []) =>
  ev('meetings', id, 'AgendaItemDecided', { itemId: 'p1', decision: 'Godkendt', absent }, at);
const point = (meetingId: string, id: string, dueAt: string, at: string) =>
  ev(
    'meetings',
    meetingId,
    'ActionPointAdded',
    { actionPointId: id, itemId: 'p1', text: 'x', owner: 'anna', dueAt },
    at,
  );
const done = (meetingId: string, id: string, completedAt: string) =>
  ev(
    'meetings',
    meetingId,
    'ActionPointCompleted',
    { actionPointId: id, completedBy: 'anna', completedAt },
    completedAt,
  );

const events: ReportEvent[] = [
  ev(
    'councils',
    'c1',
    'CouncilCreated',
    { councilId: 'c1', name: 'Rådet', timeZone: 'Europe/Copenhagen' },
    '2024-11-01T10:00:00Z',
  ),
  ...[
    ['anna', 'WeShelter'],
    ['bo', 'SIND'],
    ['cai', 'Gadejuristen'],
  ].map(([personId, organisation]) =>
    ev(
      'councils',
      'c1',
      'MemberAppointed',
      { personId, organisation, name: personId, email: 'x' },
      '2024-12-01T10:00:00Z',
    ),
  ),
  // Dan takes a second seat for SIND in 2026: he counts in 2026's attendance only.
  ev(
    'councils',
    'c1',
    'MemberAppointed',
    { personId: 'dan', organisation: 'SIND', name: 'dan', email: 'x' },
    '2026-02-01T10:00:00Z',
  ),
  // The terms lower the minimum to three from 2026 (seed 001's four before).
  ev('councils', 'c1', 'CouncilTermsSet', { ordinaryMeetingsPerYear: 3 }, '2026-01-05T10:00:00Z'),

  // 2025: lead times 5, 20 and 30 days (median 20); h1 on time, h2 late, h3 open; h4 the council's own.
  hearing('h1', '2025-02-01T09:00:00Z', '2025-02-06T09:00:00Z', { areas: ['København'] }),
  submitted('h1', '2025-02-05T09:00:00Z'),
  hearing('h2', '2025-03-01T09:00:00Z', '2025-03-21T09:00:00Z'),
  submitted('h2', '2025-03-25T09:00:00Z'),
  hearing('h3', '2025-04-01T09:00:00Z', '2025-05-01T09:00:00Z', {
    origin: 'early-involvement',
    areas: ['København', 'Frederiksberg'],
  }),
  hearing('h4', '2025-06-01T09:00:00Z', '2025-07-01T09:00:00Z', {
    origin: 'own-initiative',
    recipient: 'Udvalget',
  }),
  submitted('h4', '2025-06-20T09:00:00Z'),
  // 31 December 2025 23:30 UTC is 1 January 2026 in Copenhagen: a 2026 hearing, 10 days' lead,
  // extended and answered before the new deadline (on time). Its areas are 2026's.
  hearing('h5', '2025-12-31T23:30:00Z', '2026-01-10T23:30:00Z', { areas: ['Roskilde', 'København'] }),
  ev(
    'hearings',
    'h5',
    'HearingDeadlineExtended',
    { responseDeadline: '2026-01-30T23:30:00Z' },
    '2026-01-08T09:00:00Z',
  ),
  submitted('h5', '2026-01-25T09:00:00Z'),

  // Plans: four meetings in 2025, two in 2026. Held: m1 (bo absent), m2 (cai absent by the
  // attendance list, minutes approved), m5 in 2026 (anna absent). m3 and m4 were never held.
  ev(
    'councils',
    'c1',
    'MeetingPlanAdopted',
    {
      year: 2025,
      meetings: ['02-10', '05-10', '08-10', '11-10'].map((d, i) => ({
        meetingId: `m${i + 1}`,
        startsAt: `2025-${d}T13:00:00Z`,
      })),
    },
    '2024-12-10T10:00:00Z',
  ),
  ev(
    'councils',
    'c1',
    'MeetingPlanAdopted',
    {
      year: 2026,
      meetings: ['03-10', '09-10'].map((d, i) => ({
        meetingId: `m${i + 5}`,
        startsAt: `2026-${d}T13:00:00Z`,
      })),
    },
    '2025-12-10T10:00:00Z',
  ),
  meeting('m1', '2025-02-10T13:00:00Z'),
  decided('m1', '2025-02-10T13:00:00Z', ['bo']),
  meeting('m2', '2025-05-10T13:00:00Z'),
  ev(
    'meetings',
    'm2',
    'AttendanceRecorded',
    { present: ['anna', 'bo'], absent: [{ personId: 'cai', notice: true }], guests: [] },
    '2025-05-10T13:00:00Z',
  ),
  ev(
    'meetings',
    'm2',
    'MinutesApproved',
    { approvedBy: 'anna', approvedAt: '2025-06-01T10:00:00Z' },
    '2025-06-01T10:00:00Z',
  ),
  meeting('m3', '2025-08-10T13:00:00Z'),
  meeting('m5', '2026-03-10T13:00:00Z'),
  decided('m5', '2026-03-10T13:00:00Z', ['anna']),

  // Action points: ap1 done before its due date, ap2 after it, ap3 (2026) not done.
  point('m1', 'ap1', '2025-03-01T12:00:00Z', '2025-02-10T13:00:00Z'),
  done('m1', 'ap1', '2025-02-20T12:00:00Z'),
  point('m1', 'ap2', '2025-04-01T12:00:00Z', '2025-02-10T13:00:00Z'),
  done('m1', 'ap2', '2025-04-10T12:00:00Z'),
  point('m5', 'ap3', '2026-04-01T12:00:00Z', '2026-03-10T13:00:00Z'),
];

// The years 2025 and 2026 in Copenhagen.
const period = { from: Date.parse('2024-12-31T23:00:00Z'), to: Date.parse('2026-12-31T23:00:00Z') };
const report = evaluationReport('c1', events, period, 'Europe/Copenhagen');

describe('figures per year of the term (issue 18.5)', () => {
  const [y2025, y2026] = report.perYear.years;

  it('has one entry per year of the council’s calendar in the period', () => {
    expect(report.perYear.years.map((y) => y.year)).toEqual([2025, 2026]);
  });

  it('seed 004: the lead time each hearing gave (median and bands) and whether it was answered in time', () => {
    expect(y2025.hearings).toEqual({
      received: 4,
      byOrigin: { 'formal-hearing': 2, 'early-involvement': 1, 'own-initiative': 1 },
      leadTimeDays: {
        median: 20,
        distribution: { 'under 7 days': 1, '7-13 days': 0, '14-27 days': 1, '28 days or more': 1 },
      },
      answeredOnTime: 1,
      answeredLate: 1,
      // One early involvement among the three cases the region brought.
      involvedBeforeFormalHearing: { cases: 1, percent: 33.3 },
      ownInitiative: 1,
    });
    // The hearing received at 00:30 on New Year's Day in Copenhagen counts in 2026, by its extended deadline.
    expect(y2026.hearings).toMatchObject({
      received: 1,
      leadTimeDays: { median: 10, distribution: { '7-13 days': 1 } },
      answeredOnTime: 1,
      answeredLate: 0,
      involvedBeforeFormalHearing: { cases: 0, percent: 0 },
      ownInitiative: 0,
    });
  });

  it('seed 001: meetings held against the plan and against the council’s minimum in force that year', () => {
    expect(y2025.meetings).toEqual({
      planned: 4,
      held: 2,
      minimum: 4,
      againstPlan: -2,
      shortOfMinimum: 2,
      committeeDialogues: 0,
    });
    expect(y2026.meetings).toEqual({
      planned: 2,
      held: 1,
      minimum: 3,
      againstPlan: -1,
      shortOfMinimum: 2,
      committeeDialogues: 0,
    });
  });

  it('attendance per member and organisation over the meetings held in the period', () => {
    // m1, m2, m5: anna misses m5, bo m1, cai m2; dan is seated for m5 only.
    expect(report.perYear.attendance.byMember).toEqual([
      { personId: 'anna', organisation: 'WeShelter', meetings: 3, present: 2, percentPresent: 66.7 },
      { personId: 'bo', organisation: 'SIND', meetings: 3, present: 2, percentPresent: 66.7 },
      { personId: 'cai', organisation: 'Gadejuristen', meetings: 3, present: 2, percentPresent: 66.7 },
      { personId: 'dan', organisation: 'SIND', meetings: 1, present: 1, percentPresent: 100 },
    ]);
    expect(report.perYear.attendance.byOrganisation).toEqual([
      { organisation: 'Gadejuristen', meetings: 3, present: 2, percentPresent: 66.7 },
      { organisation: 'SIND', meetings: 4, present: 3, percentPresent: 75 },
      { organisation: 'WeShelter', meetings: 3, present: 2, percentPresent: 66.7 },
    ]);
  });

  it('seed 004: attendance per member and organisation in each year, over that year’s meetings only', () => {
    // 2025: m1 (bo absent) and m2 (cai absent); dan not yet seated.
    expect(y2025.attendance).toEqual({
      byMember: [
        { personId: 'anna', organisation: 'WeShelter', meetings: 2, present: 2, percentPresent: 100 },
        { personId: 'bo', organisation: 'SIND', meetings: 2, present: 1, percentPresent: 50 },
        { personId: 'cai', organisation: 'Gadejuristen', meetings: 2, present: 1, percentPresent: 50 },
      ],
      byOrganisation: [
        { organisation: 'Gadejuristen', meetings: 2, present: 1, percentPresent: 50 },
        { organisation: 'SIND', meetings: 2, present: 1, percentPresent: 50 },
        { organisation: 'WeShelter', meetings: 2, present: 2, percentPresent: 100 },
      ],
    });
    // 2026: m5 alone (anna absent); SIND has two seats at it.
    expect(y2026.attendance).toEqual({
      byMember: [
        { personId: 'anna', organisation: 'WeShelter', meetings: 1, present: 0, percentPresent: 0 },
        { personId: 'bo', organisation: 'SIND', meetings: 1, present: 1, percentPresent: 100 },
        { personId: 'cai', organisation: 'Gadejuristen', meetings: 1, present: 1, percentPresent: 100 },
        { personId: 'dan', organisation: 'SIND', meetings: 1, present: 1, percentPresent: 100 },
      ],
      byOrganisation: [
        { organisation: 'Gadejuristen', meetings: 1, present: 1, percentPresent: 100 },
        { organisation: 'SIND', meetings: 2, present: 2, percentPresent: 100 },
        { organisation: 'WeShelter', meetings: 1, present: 0, percentPresent: 0 },
      ],
    });
  });

  it('action points done by their due date, per year they were due', () => {
    expect(y2025.actionPoints).toEqual({ due: 2, doneByDue: 1 });
    expect(y2026.actionPoints).toEqual({ due: 1, doneByDue: 0 });
  });

  it('seed 004: cases by the areas they concern, in the period and in each year', () => {
    expect(report.perYear.casesByArea).toEqual([
      { area: 'København', cases: 3 },
      { area: 'Frederiksberg', cases: 1 },
      { area: 'Roskilde', cases: 1 },
    ]);
    // h1 and h3 in 2025; h5, received on New Year's Day in Copenhagen, in 2026.
    expect(y2025.casesByArea).toEqual([
      { area: 'København', cases: 2 },
      { area: 'Frederiksberg', cases: 1 },
    ]);
    expect(y2026.casesByArea).toEqual([
      { area: 'København', cases: 1 },
      { area: 'Roskilde', cases: 1 },
    ]);
  });

  it('comes in the CSV and the Markdown too', () => {
    expect(reportToCsv(report)).toContain('perYear.years[2025].hearings.leadTimeDays.median,20');
    const md = reportToMarkdown(report);
    expect(md).toContain('## Per year, attendance and areas');
    expect(md).toContain('| year | hearings.received |');
    expect(reportToCsv(report)).toContain('perYear.years[2026].attendance.byMember[dan / SIND].present,1');
    expect(reportToCsv(report)).toContain('perYear.years[2025].casesByArea[1].area,Frederiksberg');
    expect(md).toContain('### years[2026].attendance.byOrganisation');
    expect(md).toContain('| SIND | 2 | 2 | 100 |');
    expect(md).toContain('### years[2025].casesByArea');
  });
});
