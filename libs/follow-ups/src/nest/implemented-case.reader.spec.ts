import type { BudgetProposalDecided } from '@app/budget';
import type { AgendaItemAdded, AgendaItemDecided } from '@app/councils';
import type { HearingResponseSubmitted } from '@app/hearings';
import { CaseLocator } from '@app/event-store';
import { openTestStore, record } from '@app/history/testing/history-test-store';
import { ImplementedCaseReader } from './implemented-case.reader';

// The facts come from other libs' events: typing them with those libs' own types keeps the
// cross-lib names (docs/conventions.md) honest at compile time.
const decided = (outcome: BudgetProposalDecided['data']['outcome']): BudgetProposalDecided => ({
  type: 'BudgetProposalDecided',
  data: { outcome, grants: [{ year: 2026, amount: 4.2 }], at: '2025-10-09T12:00:00Z' },
});
const submitted: HearingResponseSubmitted = {
  type: 'HearingResponseSubmitted',
  data: { draftVersion: 2, submittedAt: '2022-01-28T10:00:00Z', recipient: 'Region Sjælland' },
};
const added: AgendaItemAdded = {
  type: 'AgendaItemAdded',
  data: { itemId: 'item-4', title: 'IDD-behandling' },
};
const itemDecided: AgendaItemDecided = {
  type: 'AgendaItemDecided',
  data: { itemId: 'item-4', decision: 'Orienteringen blev taget til efterretning', absent: [] },
};
const at = (recordedAt: string) => ({ recordedAt });

describe('ImplementedCaseReader (PostgreSQL event store)', () => {
  let db: Awaited<ReturnType<typeof openTestStore>>;
  let reader: ImplementedCaseReader;

  beforeAll(async () => {
    db = await openTestStore('follow_ups_reader');
    reader = new ImplementedCaseReader(new CaseLocator(db.store));
    await record(db.store, 'budgetProposal-a', 'c1', [
      { ...decided('adopted'), ...at('2025-10-09T12:00:00Z') },
    ]);
    await record(db.store, 'budgetProposal-r', 'c1', [
      { ...decided('rejected'), ...at('2025-10-09T12:00:00Z') },
    ]);
    await record(db.store, 'budgetProposal-open', 'c1', [
      { type: 'BudgetProposalDrafted', data: {}, ...at('2025-03-01T12:00:00Z') },
    ]);
    await record(db.store, 'hearing-h', 'c1', [
      { type: 'HearingOpened', data: {}, ...at('2022-01-10T12:00:00Z') },
      { ...submitted, ...at('2022-01-28T10:00:00Z') },
    ]);
    await record(db.store, 'hearing-open', 'c1', [
      { type: 'HearingOpened', data: {}, ...at('2022-01-10T12:00:00Z') },
    ]);
    await record(db.store, 'meeting-m', 'c1', [
      { ...added, ...at('2026-01-10T12:00:00Z') },
      { ...itemDecided, ...at('2026-01-22T12:00:00Z') },
      {
        type: 'AgendaItemAdded',
        data: { itemId: 'item-5', title: 'Eventuelt' },
        ...at('2026-01-10T12:00:00Z'),
      },
    ]);
  });

  afterAll(() => db.close());

  it('reads a budget proposal decision with its grants', async () => {
    await expect(reader.factsOf({ kind: 'budget-proposal', id: 'a' }, 'c1')).resolves.toEqual({
      found: true,
      outcome: 'adopted',
      grants: [{ year: 2026, amount: 4.2 }],
    });
    await expect(reader.factsOf({ kind: 'budget-proposal', id: 'r' }, 'c1')).resolves.toMatchObject({
      outcome: 'rejected',
    });
    await expect(reader.factsOf({ kind: 'budget-proposal', id: 'open' }, 'c1')).resolves.toEqual({
      found: true,
      outcome: 'undecided',
    });
  });

  it('reads whether a hearing response went out', async () => {
    await expect(reader.factsOf({ kind: 'hearing', id: 'h' }, 'c1')).resolves.toEqual({
      found: true,
      outcome: 'response-submitted',
    });
    await expect(reader.factsOf({ kind: 'hearing', id: 'open' }, 'c1')).resolves.toEqual({
      found: true,
      outcome: 'open',
    });
  });

  it('reads whether a meeting item was decided, and misses an unknown item', async () => {
    const item = (itemId: string) => reader.factsOf({ kind: 'meeting-item', id: 'm', itemId }, 'c1');
    await expect(item('item-4')).resolves.toEqual({ found: true, outcome: 'decided' });
    await expect(item('item-5')).resolves.toEqual({ found: true, outcome: 'undecided' });
    await expect(item('item-9')).resolves.toEqual({ found: false });
  });

  it("finds nothing that does not exist, nor another council's case", async () => {
    await expect(reader.factsOf({ kind: 'hearing', id: 'nowhere' }, 'c1')).resolves.toEqual({ found: false });
    await expect(reader.factsOf({ kind: 'budget-proposal', id: 'a' }, 'c2')).resolves.toEqual({
      found: false,
    });
  });
});
