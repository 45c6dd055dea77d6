import {
  deciderSpec,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  fold,
  type CommandMetadata,
} from '@app/kernel';
import { COMMITTEE, SEED_002 } from '../testing/seed-002.fixture';
import type { BudgetProposalCommand } from './budget-proposal.commands';
import { budgetProposalDecider } from './budget-proposal.decider';
import type { BudgetProposalEvent } from './budget-proposal.events';
import { totalByYear, withTotals } from './budget-proposal.fields';

const spec = deciderSpec(budgetProposalDecider);
const meta = (role: 'secretary' | 'chair' = 'chair', now = '2022-03-01T10:00:00Z'): CommandMetadata => ({
  actor: { personId: role === 'chair' ? 'p-chair' : 'p-sec', role },
  councilId: 'c1',
  now,
  correlationId: 'corr',
  causationId: 'cause',
});
const cmd = <C extends BudgetProposalCommand>(type: C['type'], data: C['data'], metadata = meta()): C =>
  ({ type, data, metadata }) as C;

const { remarks: _remarks, ...formFields } = SEED_002;
const drafted: BudgetProposalEvent[] = [
  { type: 'BudgetProposalDrafted', data: { proposalId: 'bp1', cycleId: 'cy1', councilId: 'c1' } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'title', value: SEED_002.title } },
  { type: 'BudgetProposalFieldChanged', data: { field: 'costs', value: SEED_002.costs } },
];
const cycle = {
  committees: [COMMITTEE, 'Udvalg for det nære og sammenhængende sundhedsvæsen'],
  deadlines: [
    { committee: COMMITTEE, milestoneId: 'prio', dueAt: '2022-04-20T12:00:00Z' },
    { committee: COMMITTEE, milestoneId: 'first', dueAt: '2022-03-23T12:00:00Z' },
  ],
};
const submitted: BudgetProposalEvent[] = [
  ...drafted,
  {
    type: 'BudgetProposalSubmitted',
    data: {
      committee: COMMITTEE,
      milestoneId: 'first',
      submissionDeadline: '2022-03-23T12:00:00Z',
      late: false,
      at: '2022-03-01T10:00:00Z',
    },
  },
];
const discussed: BudgetProposalEvent[] = [
  ...submitted,
  { type: 'BudgetProposalDiscussed', data: { at: '2022-03-30T13:00:00Z' } },
];
const prioritised: BudgetProposalEvent[] = [
  ...discussed,
  { type: 'BudgetProposalPrioritised', data: { rank: 2, quota: 5, at: '2022-04-27T13:00:00Z' } },
];
const approved: BudgetProposalEvent[] = [
  ...prioritised,
  { type: 'BudgetProposalApprovedByCommittee', data: { at: '2022-05-25T13:00:00Z' } },
];
const negotiating: BudgetProposalEvent[] = [
  ...approved,
  { type: 'BudgetProposalNegotiationsEntered', data: { at: '2022-06-01T08:00:00Z' } },
];
/** Recorded after the fact, in December 2022. */
const later = meta('chair', '2022-12-01T10:00:00Z');
const grants = [
  { year: 2023, amount: 2 },
  { year: 2024, amount: 1.9 },
];

describe('budget proposal decider', () => {
  describe('drafting (seed 002)', () => {
    it('drafts with one field event per field given, in form order', () => {
      const events = budgetProposalDecider.decide(
        cmd('DraftBudgetProposal', { proposalId: 'bp1', cycleId: 'cy1', fields: formFields }),
        budgetProposalDecider.initialState,
      );
      expect(events[0]).toEqual({
        type: 'BudgetProposalDrafted',
        data: { proposalId: 'bp1', cycleId: 'cy1', councilId: 'c1' },
      });
      expect(events.slice(1).map((e) => (e.data as { field: string }).field)).toEqual([
        'title',
        'proposedBy',
        'problem',
        'solution',
        'financingArea',
        'costs',
        'agreementText',
        'sdgs',
      ]);
    });
    it("computes seed 002's totals: 2.0, 1.9, 1.9, 1.9 million DKK, fte not counted", () => {
      const state = spec.given(drafted).state();
      expect(totalByYear(state.fields.costs ?? [])).toEqual({ 2023: 2, 2024: 1.9, 2025: 1.9, 2026: 1.9 });
      expect(withTotals(state.fields.costs ?? [])[0]).toEqual({ ...SEED_002.costs[0], total: 2 });
    });
    it('refuses a draft missing a required field, naming it', () => {
      const { problem: _p, ...rest } = formFields;
      spec
        .given([])
        .when(cmd('DraftBudgetProposal', { proposalId: 'bp1', cycleId: 'cy1', fields: rest }))
        .thenThrows(InvalidInputError, /problem/);
    });
    it.each([
      ['financingArea', 'the-lottery', /financingArea/],
      ['sdgs', [3, 18], /sdgs/],
      ['costs', [{ year: 2023, salary: 1.855, operations: 0, establishment: 0, fte: 0 }], /two decimals/],
      // Unbounded amounts made the totals overflow to null (issue 20.5).
      [
        'costs',
        [{ year: 2023, salary: 1e300, operations: 0, establishment: 0, fte: 0 }],
        /costs\[0\]\.salary/,
      ],
      ['costs', [{ year: 2023, salary: 1.7e307, operations: 1.7e307, establishment: 0, fte: 0 }], /salary/],
      ['costs', [{ year: 2023, salary: -1, operations: 0, establishment: 0, fte: 0 }], /salary/],
    ])('refuses an invalid %s', (field, value, message) => {
      spec
        .given([])
        .when(
          cmd('DraftBudgetProposal', {
            proposalId: 'bp1',
            cycleId: 'cy1',
            fields: { ...formFields, [field]: value },
          }),
        )
        .thenThrows(InvalidInputError, message);
    });
    it('a retried creation with the same content records nothing; other content is a conflict', () => {
      const fields = { ...formFields };
      const history = budgetProposalDecider.decide(
        cmd('DraftBudgetProposal', { proposalId: 'bp1', cycleId: 'cy1', fields }),
        budgetProposalDecider.initialState,
      );
      spec
        .given(history)
        .when(cmd('DraftBudgetProposal', { proposalId: 'bp1', cycleId: 'cy1', fields }))
        .then([]);
      spec
        .given(history)
        .when(
          cmd('DraftBudgetProposal', {
            proposalId: 'bp1',
            cycleId: 'cy1',
            fields: { ...fields, title: 'Other' },
          }),
        )
        .thenThrows(InvalidStateError, /other content/);
    });
  });

  it("treats another council's proposal as missing", () => {
    spec
      .given(drafted)
      .when({
        ...cmd('ChangeBudgetProposalFields', { changes: { title: 'x' } }),
        metadata: { ...meta(), councilId: 'c2' },
      })
      .thenThrows(NotFoundError);
  });

  describe('changing fields', () => {
    it('records one event per changed field and nothing for an unchanged one', () => {
      spec
        .given(drafted)
        .when(
          cmd('ChangeBudgetProposalFields', {
            changes: { title: SEED_002.title, sdgs: [10, 3, 3], overlaps: ['bp2'], agreementText: 'Text' },
          }),
        )
        .then([
          { type: 'BudgetProposalFieldChanged', data: { field: 'agreementText', value: 'Text' } },
          { type: 'BudgetProposalFieldChanged', data: { field: 'sdgs', value: [3, 10] } },
          { type: 'BudgetProposalFieldChanged', data: { field: 'overlaps', value: ['bp2'] } },
        ]);
    });
    it('records derivedFrom links to a hearing and a meeting item', () => {
      const derivedFrom = [
        { kind: 'hearing', id: 'h1' },
        { kind: 'meeting-item', id: 'm1', itemId: 'i3' },
      ];
      spec
        .given(drafted)
        .when(cmd('ChangeBudgetProposalFields', { changes: { derivedFrom } }))
        .then([{ type: 'BudgetProposalFieldChanged', data: { field: 'derivedFrom', value: derivedFrom } }]);
    });
    it('refuses a meeting-item link without its item, an overlap with itself, an unknown field', () => {
      spec
        .given(drafted)
        .when(
          cmd('ChangeBudgetProposalFields', {
            changes: { derivedFrom: [{ kind: 'meeting-item', id: 'm1' }] },
          }),
        )
        .thenThrows(InvalidInputError, /itemId/);
      spec
        .given(drafted)
        .when(cmd('ChangeBudgetProposalFields', { changes: { overlaps: ['bp1'] } }))
        .thenThrows(InvalidInputError, /itself/);
      spec
        .given(drafted)
        .when(cmd('ChangeBudgetProposalFields', { changes: { colour: 'red' } as never }))
        .thenThrows(InvalidInputError, /colour/);
    });
    it('refuses changes on a missing, decided or withdrawn proposal', () => {
      const change = cmd('ChangeBudgetProposalFields', { changes: { title: 'New' } });
      spec.given([]).when(change).thenThrows(NotFoundError);
      spec
        .given([
          ...negotiating,
          { type: 'BudgetProposalDecided', data: { outcome: 'rejected', grants: [], at: 'x' } },
        ])
        .when(change)
        .thenThrows(InvalidStateError, /decided/);
      spec
        .given([...drafted, { type: 'BudgetProposalWithdrawn', data: { at: 'x' } }])
        .when(change)
        .thenThrows(InvalidStateError, /withdrawn/);
    });
  });

  describe("the administration's remarks", () => {
    it('are written by the secretary, apart from the council text', () => {
      spec
        .given(drafted)
        .when(cmd('WriteBudgetProposalRemarks', { remarks: SEED_002.remarks }, meta('secretary')))
        .then([{ type: 'BudgetProposalRemarksWritten', data: { remarks: SEED_002.remarks } }]);
    });
    it('are refused to the chair', () => {
      spec
        .given(drafted)
        .when(cmd('WriteBudgetProposalRemarks', { remarks: 'mine' }, meta('chair')))
        .thenThrows(ForbiddenError);
    });
  });

  describe('lifecycle', () => {
    it('submits to a committee before its first submission deadline', () => {
      spec
        .given(drafted)
        .when(cmd('SubmitBudgetProposal', { committee: COMMITTEE, cycle }))
        .then([
          { type: 'BudgetProposalFieldChanged', data: { field: 'committee', value: COMMITTEE } },
          submitted.at(-1)!,
        ]);
    });
    it('records a submission after the deadline as late', () => {
      const events = budgetProposalDecider.decide(
        cmd('SubmitBudgetProposal', { committee: COMMITTEE, cycle }, meta('chair', '2022-03-24T09:00:00Z')),
        fold(budgetProposalDecider, drafted),
      );
      expect(events.at(-1)).toMatchObject({ type: 'BudgetProposalSubmitted', data: { late: true } });
    });
    it('refuses a submission to a committee the cycle does not have, or without a committee', () => {
      spec
        .given(drafted)
        .when(cmd('SubmitBudgetProposal', { committee: 'Regionsrådet', cycle }))
        .thenThrows(InvalidInputError, /committee/);
      spec
        .given(drafted)
        .when(cmd('SubmitBudgetProposal', { cycle }))
        .thenThrows(InvalidInputError, /committee/);
    });
    it('goes submitted -> discussed -> prioritised -> approved -> negotiations -> adopted with grants', () => {
      spec
        .given(submitted)
        .when(cmd('RecordBudgetProposalDiscussion', { at: '2022-03-30T13:00:00Z' }, later))
        .then([discussed.at(-1)!]);
      spec
        .given(discussed)
        .when(cmd('PrioritiseBudgetProposal', { rank: 2, quota: 5, at: '2022-04-27T13:00:00Z' }, later))
        .then([prioritised.at(-1)!]);
      spec
        .given(prioritised)
        .when(cmd('ApproveBudgetProposalInCommittee', { at: '2022-05-25T13:00:00Z' }, later))
        .then([approved.at(-1)!]);
      spec
        .given(approved)
        .when(cmd('EnterBudgetNegotiations', { at: '2022-06-01T08:00:00Z' }, later))
        .then([negotiating.at(-1)!]);
      spec
        .given(negotiating)
        .when(
          cmd(
            'DecideBudgetProposal',
            { outcome: 'partly-adopted', grants, at: '2022-09-15T10:00:00Z' },
            later,
          ),
        )
        .then([
          {
            type: 'BudgetProposalDecided',
            data: { outcome: 'partly-adopted', grants, at: '2022-09-15T10:00:00Z' },
          },
        ]);
    });
    it('refuses a step dated before the submission (400 at)', () => {
      spec
        .given(submitted)
        .when(cmd('RecordBudgetProposalDiscussion', { at: '2022-02-28T10:00:00Z' }, later))
        .thenThrows(InvalidInputError, /at must not be before the proposal was submitted/);
      spec
        .given(negotiating)
        .when(cmd('DecideBudgetProposal', { outcome: 'rejected', at: '2021-09-15T10:00:00Z' }, later))
        .thenThrows(InvalidInputError, /submitted/);
    });
    it('refuses a step dated in the future, and a new committee after submission', () => {
      spec
        .given(submitted)
        .when(cmd('RecordBudgetProposalDiscussion', { at: '2022-03-02T10:00:00Z' }))
        .thenThrows(InvalidInputError, /future/);
      spec
        .given(submitted)
        .when(cmd('ChangeBudgetProposalFields', { changes: { committee: 'Regionsrådet' } }))
        .thenThrows(InvalidStateError, /committee/);
    });
    it('defaults the date of a step to the time of the request', () => {
      spec
        .given(submitted)
        .when(cmd('RecordBudgetProposalDiscussion', {}))
        .then([{ type: 'BudgetProposalDiscussed', data: { at: '2022-03-01T10:00:00Z' } }]);
    });
    it('records nothing when a step is repeated, and refuses steps out of order', () => {
      spec.given(discussed).when(cmd('RecordBudgetProposalDiscussion', {})).then([]);
      spec.given(drafted).when(cmd('RecordBudgetProposalDiscussion', {})).thenThrows(InvalidStateError);
      spec.given(submitted).when(cmd('ApproveBudgetProposalInCommittee', {})).thenThrows(InvalidStateError);
      spec.given(discussed).when(cmd('EnterBudgetNegotiations', {})).thenThrows(InvalidStateError);
    });
    it("refuses a rank beyond the committee's quota", () => {
      spec
        .given(discussed)
        .when(cmd('PrioritiseBudgetProposal', { rank: 6, quota: 5 }))
        .thenThrows(InvalidInputError, /quota of 5/);
    });
    it('refuses a rank the committee has given to another of its proposals', () => {
      const takenRanks = [
        { rank: 1, proposalId: 'bp7' },
        { rank: 2, proposalId: 'bp1' },
      ];
      spec
        .given(discussed)
        .when(cmd('PrioritiseBudgetProposal', { rank: 1, quota: 5, takenRanks }, later))
        .thenThrows(InvalidStateError, /already given to proposal bp7/);
      spec
        .given(prioritised)
        .when(cmd('PrioritiseBudgetProposal', { rank: 2, quota: 5, takenRanks }, later))
        .then([]);
    });
    it('records a proposal the committee did not prioritise, which then cannot be approved', () => {
      const notPrioritised: BudgetProposalEvent[] = [
        ...discussed,
        { type: 'BudgetProposalNotPrioritised', data: { at: '2022-04-27T13:00:00Z' } },
      ];
      spec
        .given(discussed)
        .when(cmd('PrioritiseBudgetProposal', { notPrioritised: true, at: '2022-04-27T13:00:00Z' }, later))
        .then([notPrioritised.at(-1)!]);
      spec
        .given(notPrioritised)
        .when(cmd('ApproveBudgetProposalInCommittee', {}))
        .thenThrows(InvalidStateError);
      spec
        .given(discussed)
        .when(cmd('PrioritiseBudgetProposal', { rank: 1, notPrioritised: true }))
        .thenThrows(InvalidInputError);
    });
    it('refuses a decision on a draft', () => {
      spec
        .given(drafted)
        .when(cmd('DecideBudgetProposal', { outcome: 'adopted', grants }))
        .thenThrows(InvalidStateError, /draft/);
    });
    it('refuses a grant for a year the proposal has no cost for', () => {
      spec
        .given(negotiating)
        .when(cmd('DecideBudgetProposal', { outcome: 'adopted', grants: [{ year: 2027, amount: 1 }] }))
        .thenThrows(InvalidInputError, /no cost for 2027/);
    });
    it('refuses grants on a rejection and an adoption without grants', () => {
      spec
        .given(negotiating)
        .when(cmd('DecideBudgetProposal', { outcome: 'rejected', grants }))
        .thenThrows(InvalidInputError, /granted nothing/);
      spec
        .given(negotiating)
        .when(cmd('DecideBudgetProposal', { outcome: 'adopted', grants: [] }))
        .thenThrows(InvalidInputError, /per year/);
    });
    it('withdraws at any point before a decision, but not after', () => {
      for (const history of [drafted, submitted, prioritised, negotiating]) {
        spec
          .given(history)
          .when(cmd('WithdrawBudgetProposal', { reason: 'merged into bp2' }))
          .then([
            {
              type: 'BudgetProposalWithdrawn',
              data: { reason: 'merged into bp2', at: '2022-03-01T10:00:00Z' },
            },
          ]);
      }
      spec
        .given([
          ...negotiating,
          { type: 'BudgetProposalDecided', data: { outcome: 'adopted', grants, at: 'x' } },
        ])
        .when(cmd('WithdrawBudgetProposal', {}))
        .thenThrows(InvalidStateError);
    });
  });

  describe('a missed submission deadline', () => {
    const data = {
      cycleId: 'cy1',
      milestoneId: 'first',
      committee: COMMITTEE,
      dueAt: '2022-03-23T12:00:00Z',
    };
    const missed = cmd('RecordMissedSubmissionDeadline', data);
    it('is recorded once on a draft', () => {
      const event: BudgetProposalEvent = {
        type: 'BudgetProposalSubmissionDeadlineMissed',
        data,
      };
      spec.given(drafted).when(missed).then([event]);
      spec
        .given([...drafted, event])
        .when(missed)
        .then([]);
    });
    it('is not recorded on a submitted proposal', () => {
      spec.given(submitted).when(missed).then([]);
    });
  });
});
