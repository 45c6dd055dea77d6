/**
 * Issue 18.4 / 18.5, seed 004: cases by the areas they concern, across hearings, budget proposals
 * and follow-ups, from events with known numbers (worked out by hand in the comments).
 */
import { casesByArea } from './cases-by-area';
import type { ReportEvent } from './report-event';
import { ev } from './report-event.fixtures';

const period = { from: Date.parse('2026-01-01T00:00:00Z'), to: Date.parse('2027-01-01T00:00:00Z') };

const events: ReportEvent[] = [
  // h1 in the period (indre by); h2 received the year before: not counted.
  ev(
    'hearings',
    'h1',
    'HearingOpened',
    { receivedAt: '2026-02-01T09:00:00Z', areas: ['indre by'] },
    '2026-02-01T09:00:00Z',
  ),
  ev(
    'hearings',
    'h2',
    'HearingOpened',
    { receivedAt: '2025-12-01T09:00:00Z', areas: ['indre by'] },
    '2026-02-01T09:00:00Z',
  ),
  // p1 drafted in the period with København and indre by, then narrowed to indre by: indre by only.
  ev('budget-proposals', 'p1', 'BudgetProposalDrafted', { proposalId: 'p1' }, '2026-03-01T09:00:00Z'),
  ev(
    'budget-proposals',
    'p1',
    'BudgetProposalFieldChanged',
    { field: 'areas', value: ['København', 'indre by'] },
    '2026-03-01T09:00:00Z',
  ),
  ev(
    'budget-proposals',
    'p1',
    'BudgetProposalFieldChanged',
    { field: 'areas', value: ['indre by'] },
    '2026-04-01T09:00:00Z',
  ),
  // p2 drafted in the period; its areas were set after the period ended: no area in this period.
  ev('budget-proposals', 'p2', 'BudgetProposalDrafted', { proposalId: 'p2' }, '2026-05-01T09:00:00Z'),
  ev(
    'budget-proposals',
    'p2',
    'BudgetProposalFieldChanged',
    { field: 'areas', value: ['Amager'] },
    '2027-01-05T09:00:00Z',
  ),
  // f1 created in the period with København and indre by.
  ev(
    'follow-ups',
    'f1',
    'FollowUpCreated',
    { followUpId: 'f1', areas: ['København', 'indre by'] },
    '2026-06-01T09:00:00Z',
  ),
  // f2 created without areas: counts nowhere.
  ev('follow-ups', 'f2', 'FollowUpCreated', { followUpId: 'f2' }, '2026-06-02T09:00:00Z'),
];

describe('cases by area', () => {
  it('counts hearings received, proposals drafted and follow-ups created in the period, with the areas in force at its end', () => {
    // indre by: h1, p1, f1 = 3; København: f1 = 1 (p1 no longer names it); Amager: after the period.
    expect(casesByArea(events, period)).toEqual([
      { area: 'indre by', cases: 3 },
      { area: 'København', cases: 1 },
    ]);
  });

  it('does not count a proposal drafted before the period, whatever areas it takes in it', () => {
    const next = { from: period.to, to: Date.parse('2028-01-01T00:00:00Z') };
    // p2 was drafted in 2026, so it does not begin in 2027: nothing in 2027.
    expect(casesByArea(events, next)).toEqual([]);
  });
});
