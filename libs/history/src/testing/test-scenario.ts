import type { EventStore } from '@app/event-store';
import { record } from './history-test-store';

/**
 * Seed 004's question in miniature: a hearing with two inputs and a response, a proposal derived
 * from it that is adopted, a follow-up implementing it with a verdict, and another council's
 * hearing that must never show up. Recorded one hour apart, in this order.
 */
export const SCENARIO_TIMES = Array.from({ length: 10 }, (_, i) =>
  new Date(Date.UTC(2026, 0, 5, 9 + i)).toISOString(),
);

export async function recordScenario(store: EventStore, council = 'c1', other = 'c2'): Promise<void> {
  const t = SCENARIO_TIMES;
  await record(store, 'hearing-h1', council, [
    { type: 'HearingOpened', data: { title: 'Cooperation agreements', receivedAt: t[0] }, recordedAt: t[0] },
    {
      type: 'HearingInputSubmitted',
      data: { personId: 'm-anna', text: 'Include outreach nurses', givenAt: t[1] },
      actor: { personId: 'm-anna', role: 'member' },
      recordedAt: t[1],
    },
  ]);
  await record(store, 'hearing-x9', other, [
    { type: 'HearingOpened', data: { title: 'Elsewhere', receivedAt: t[1] }, recordedAt: t[1] },
  ]);
  await record(store, 'hearing-h1', council, [
    {
      type: 'HearingInputSubmitted',
      data: { personId: 'm-bo', text: 'Given at the meeting', givenAt: t[0] },
      recordedAt: t[2],
      occurredAt: t[0],
    },
    { type: 'HearingResponseSubmitted', data: { submittedAt: t[3] }, recordedAt: t[3] },
  ]);
  await record(store, 'budgetProposal-p1', council, [
    {
      type: 'BudgetProposalDrafted',
      data: {
        title: 'Outreach nurses',
        derivedFrom: [{ relation: 'derivedFrom', kind: 'hearings', id: 'h1' }],
      },
      recordedAt: t[4],
    },
    { type: 'BudgetProposalDecided', data: { outcome: 'adopted' }, recordedAt: t[5] },
  ]);
  await record(store, 'followUp-f1', council, [
    {
      type: 'FollowUpCreated',
      data: { title: 'Outreach nurses in place', implements: { kind: 'budget-proposals', id: 'p1' } },
      recordedAt: t[6],
    },
    { type: 'VerdictGiven', data: { verdict: 'continue' }, recordedAt: t[7] },
  ]);
}
