import { Injectable } from '@nestjs/common';
import { CaseLocator, type StoredEvent } from '@app/event-store';
import type { Grant, ImplementsFacts, ImplementsRef } from '../domain/follow-up.types';

/**
 * Reads the case a follow-up implements and says what it has reached, so the decider decides
 * from facts and stays pure. Relies on the cross-lib event names of the conventions:
 * `BudgetProposalDecided { outcome, grants }` on a `budgetProposal` stream,
 * `HearingResponseSubmitted` on a `hearing` one, `AgendaItemDecided { itemId }` on a `meeting` one.
 * A case of another council counts as not found.
 */
@Injectable()
export class ImplementedCaseReader {
  constructor(private readonly cases: CaseLocator) {}

  async factsOf(ref: ImplementsRef, councilId: string | undefined): Promise<ImplementsFacts> {
    if (councilId === undefined) return { found: false };
    const events = await this.cases.read(CATEGORY_OF[ref.kind], councilId, ref.id);
    if (events.length === 0) return { found: false };
    switch (ref.kind) {
      case 'budget-proposal':
        return budgetProposalFacts(events);
      case 'hearing':
        return {
          found: true,
          outcome: events.some((e) => e.type === 'HearingResponseSubmitted') ? 'response-submitted' : 'open',
        };
      case 'meeting-item':
        return meetingItemFacts(events, ref.itemId);
    }
  }
}

const CATEGORY_OF: Record<ImplementsRef['kind'], string> = {
  'budget-proposal': 'budgetProposal',
  hearing: 'hearing',
  'meeting-item': 'meeting',
};

function budgetProposalFacts(events: StoredEvent[]): ImplementsFacts {
  const decided = events.filter((e) => e.type === 'BudgetProposalDecided').at(-1);
  if (!decided) return { found: true, outcome: 'undecided' };
  const data = decided.data as { outcome: string; grants?: Grant[] };
  return {
    found: true,
    outcome: data.outcome,
    grants: (data.grants ?? []).map((g) => ({ year: g.year, amount: g.amount })),
  };
}

function meetingItemFacts(events: StoredEvent[], itemId: string | undefined): ImplementsFacts {
  const aboutItem = events.filter((e) => (e.data as { itemId?: string } | null)?.itemId === itemId);
  if (itemId === undefined || aboutItem.length === 0) return { found: false };
  return {
    found: true,
    outcome: aboutItem.some((e) => e.type === 'AgendaItemDecided') ? 'decided' : 'undecided',
  };
}
