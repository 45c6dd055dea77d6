/**
 * Issue 18.5: two figures of the council's own work, per year of its calendar (Copenhagen), from
 * events with known numbers (worked out by hand in the comments): the dialogue meetings held with
 * the regional committees, and the money granted to budget proposals derived from the council's
 * own input (a hearing, an own-initiative statement, an annual meeting's item; seed 004).
 */
import { evaluationReport } from './evaluation-report';
import type { ReportEvent } from './report-event';
import { ev } from './report-event.fixtures';
import { reportToCsv, reportToMarkdown } from './report-formats';

const meeting = (id: string, kind: string, startsAt: string, held: 'decided' | 'minutes' | 'not held') => [
  ev('meetings', id, 'MeetingScheduled', { meetingId: id, councilId: 'c1', kind, startsAt }, startsAt),
  ...(held === 'decided'
    ? [ev('meetings', id, 'AgendaItemDecided', { itemId: 'i1', decision: 'Drøftet', absent: [] }, startsAt)]
    : held === 'minutes'
      ? [ev('meetings', id, 'MinutesApproved', { approvedBy: 'anna', approvedAt: startsAt }, startsAt)]
      : []),
];
type Link = { kind: 'hearing'; id: string } | { kind: 'meeting-item'; id: string; itemId: string };
const proposal = (id: string, derivedFrom: Link[], draftedAt = '2024-12-01T10:00:00Z') => [
  ev('budget-proposals', id, 'BudgetProposalDrafted', { proposalId: id, cycleId: 'b2026' }, draftedAt),
  ev(
    'budget-proposals',
    id,
    'BudgetProposalFieldChanged',
    { field: 'derivedFrom', value: derivedFrom },
    draftedAt,
  ),
];
const decision = (id: string, at: string, grants: { year: number; amount: number }[]) =>
  ev(
    'budget-proposals',
    id,
    'BudgetProposalDecided',
    { outcome: grants.length ? 'adopted' : 'rejected', grants, at },
    at,
  );
const fromHearing = (id: string): Link => ({ kind: 'hearing', id });
const fromItem = (meetingId: string): Link => ({ kind: 'meeting-item', id: meetingId, itemId: 'i1' });

const events: ReportEvent[] = [
  ev(
    'councils',
    'c1',
    'CouncilCreated',
    { councilId: 'c1', name: 'Rådet', timeZone: 'Europe/Copenhagen' },
    '2024-11-01T10:00:00Z',
  ),
  // 2025: dialogues d1 (an item decided) and d2 (minutes approved) held, d3 never held; the annual
  // meeting a1 and the ordinary o1 held but are no dialogues. d4 begins at 00:30 on New Year's
  // Day in Copenhagen: a 2026 dialogue.
  ...meeting('d1', 'committee-dialogue', '2025-03-10T13:00:00Z', 'decided'),
  ...meeting('d2', 'committee-dialogue', '2025-09-10T13:00:00Z', 'minutes'),
  ...meeting('d3', 'committee-dialogue', '2025-11-10T13:00:00Z', 'not held'),
  ...meeting('a1', 'annual', '2025-04-20T08:00:00Z', 'decided'),
  ...meeting('o1', 'ordinary', '2025-05-10T13:00:00Z', 'decided'),
  ...meeting('d4', 'committee-dialogue', '2025-12-31T23:30:00Z', 'decided'),

  // 2025: p1 from a hearing, 1.5 + 1.5 granted; p2 from an own-initiative statement, 0.75:
  // two proposals, 3.75. Not counted: p5 (no link, 10), p6 (from a hearing, rejected).
  ...proposal('p1', [fromHearing('h1')]),
  decision('p1', '2025-06-01T10:00:00Z', [
    { year: 2025, amount: 1.5 },
    { year: 2026, amount: 1.5 },
  ]),
  ...proposal('p2', [fromHearing('egen-udtalelse')]),
  decision('p2', '2025-10-01T10:00:00Z', [{ year: 2026, amount: 0.75 }]),
  ...proposal('p5', []),
  decision('p5', '2025-10-01T10:00:00Z', [{ year: 2026, amount: 10 }]),
  ...proposal('p6', [fromHearing('h1')]),
  decision('p6', '2025-10-01T10:00:00Z', []),

  // 2026: p3 from the annual meeting's item, 2; p7 the merge of p8, which came from the annual
  // meeting, 1.25: two proposals, 3.25. Not counted: p4 (from the ordinary meeting, 5), p9 (its
  // link to a hearing removed before the decision, 4), p10 (decided after the period, 7).
  ...proposal('p3', [fromItem('a1')]),
  decision('p3', '2026-02-01T10:00:00Z', [{ year: 2026, amount: 2 }]),
  ...proposal('p8', [fromItem('a1')]),
  ...proposal('p7', []),
  ev(
    'budget-proposals',
    'p7',
    'BudgetProposalMergedFrom',
    { replaces: ['p8'], at: '2026-01-10T10:00:00Z' },
    '2026-01-10T10:00:00Z',
  ),
  ev(
    'budget-proposals',
    'p8',
    'BudgetProposalMergedInto',
    { into: 'p7', at: '2026-01-10T10:00:00Z' },
    '2026-01-10T10:00:00Z',
  ),
  decision('p7', '2026-03-01T10:00:00Z', [{ year: 2027, amount: 1.25 }]),
  ...proposal('p4', [fromItem('o1')]),
  decision('p4', '2026-02-01T10:00:00Z', [{ year: 2026, amount: 5 }]),
  ...proposal('p9', [fromHearing('h1')]),
  ev(
    'budget-proposals',
    'p9',
    'BudgetProposalFieldChanged',
    { field: 'derivedFrom', value: [] },
    '2026-01-05T10:00:00Z',
  ),
  decision('p9', '2026-02-01T10:00:00Z', [{ year: 2026, amount: 4 }]),
  ...proposal('p10', [fromHearing('h1')]),
  decision('p10', '2027-01-15T10:00:00Z', [{ year: 2027, amount: 7 }]),
];

// The years 2025 and 2026 in Copenhagen.
const period = { from: Date.parse('2024-12-31T23:00:00Z'), to: Date.parse('2026-12-31T23:00:00Z') };
const report = evaluationReport('c1', events, period, 'Europe/Copenhagen');
const [y2025, y2026] = report.perYear.years;

describe('figures of the council’s own work per year (issue 18.5)', () => {
  it('seed 001: dialogue meetings with the committees held in the year, beside all meetings held', () => {
    expect(y2025.meetings).toMatchObject({ held: 4, committeeDialogues: 2 });
    expect(y2026.meetings).toMatchObject({ held: 1, committeeDialogues: 1 });
  });

  it('seed 004: money granted to proposals derived from a hearing, a statement or the annual meeting', () => {
    expect(y2025.ownInputGrants).toEqual({ proposals: 2, amount: 3.75 });
    expect(y2026.ownInputGrants).toEqual({ proposals: 2, amount: 3.25 });
    // All grants of the period, for comparison: the figure above is a part of them.
    expect(report.budgetProposals.grantedPerBudgetYear).toEqual([
      { budgetYear: null, amount: 26, proposals: 7 },
    ]);
  });

  it('comes in the CSV and the Markdown too', () => {
    const csv = reportToCsv(report);
    expect(csv).toContain('perYear.years[2025].meetings.committeeDialogues,2\r\n');
    expect(csv).toContain('perYear.years[2025].ownInputGrants.amount,3.75\r\n');
    expect(csv).toContain('perYear.years[2026].ownInputGrants.proposals,2\r\n');
    const md = reportToMarkdown(report).split('\n');
    const cells = (line: string) => line.split('|').map((c) => c.trim());
    const header = md.find((line) => line.startsWith('| year | hearings.'))!;
    const columns = cells(header);
    const row = cells(md.slice(md.indexOf(header)).find((line) => line.startsWith('| 2025 |'))!);
    expect(row[columns.indexOf('meetings.committeeDialogues')]).toBe('2');
    expect(row[columns.indexOf('ownInputGrants.amount')]).toBe('3.75');
  });
});
