import type { AggregateDescriptor, CaseLink } from '@app/kernel';
import { BUDGET_PROPOSAL_CATEGORY } from '../nest/budget.categories';
import type { BudgetProposalCommand } from './budget-proposal.commands';
import { budgetProposalDecider } from './budget-proposal.decider';
import type { BudgetProposalEvent } from './budget-proposal.events';
import type { BudgetProposalState } from './budget-proposal.state';
import { budgetProposalView } from './budget-proposal.view';

/** The budget proposal, declared once; its deadlines are its cycle's. */
export const budgetProposalDescriptor: AggregateDescriptor<
  BudgetProposalCommand,
  BudgetProposalEvent,
  BudgetProposalState
> = {
  category: BUDGET_PROPOSAL_CATEGORY,
  kind: 'budget-proposals',
  decider: budgetProposalDecider,
  view: budgetProposalView,
  summary: (state) => ({
    title: state.fields.title ?? '',
    status: state.decision?.outcome ?? state.status ?? 'none',
    dates: {
      submitted: state.submission?.at,
      submissionDeadline: state.submission?.submissionDeadline,
      discussed: state.discussedAt,
      prioritised: state.prioritisation?.at,
      approved: state.approvedAt,
      negotiations: state.negotiationsAt,
      decided: state.decision?.at,
      withdrawn: state.withdrawal?.at,
    },
  }),
  links: (state) => {
    const links: CaseLink[] = (state.fields.derivedFrom ?? []).map((l) =>
      l.kind === 'hearing'
        ? { relation: 'derivedFrom', kind: 'hearings', id: l.id }
        : { relation: 'derivedFrom', kind: 'meetings', id: l.id, ...(l.itemId && { itemId: l.itemId }) },
    );
    for (const id of state.fields.overlaps ?? [])
      links.push({ relation: 'overlaps', kind: 'budget-proposals', id });
    // Seed 002 was merged from two: the chain leads from the merged proposal to those it replaces.
    for (const id of state.mergedFrom ?? [])
      links.push({ relation: 'derivedFrom', kind: 'budget-proposals', id });
    return links;
  },
  describe: (event) => {
    switch (event.type) {
      case 'BudgetProposalDrafted':
        return 'Drafted the budget proposal';
      case 'BudgetProposalFieldChanged':
        return `Changed ${event.data.field}`;
      case 'BudgetProposalRemarksWritten':
        return "Wrote the administration's remarks";
      case 'BudgetProposalSubmitted':
        return `Submitted to ${event.data.committee}${event.data.lateReason ? `, joining the cycle late: ${event.data.lateReason}` : event.data.late ? ', after the submission deadline' : ''}`;
      case 'BudgetProposalDiscussed':
        return 'Discussed by the committee';
      case 'BudgetProposalPrioritised':
        return `Prioritised by the committee as number ${event.data.rank}`;
      case 'BudgetProposalNotPrioritised':
        return 'Not prioritised by the committee';
      case 'BudgetProposalApprovedByCommittee':
        return 'Approved by the committee';
      case 'BudgetProposalNegotiationsEntered':
        return 'Taken into the budget negotiations';
      case 'BudgetProposalDecided':
        return `Decided: ${event.data.outcome}${event.data.grants.length ? ` (${event.data.grants.map((g) => `${g.year}: ${g.amount} mio. kr.`).join(', ')})` : ''}`;
      case 'BudgetProposalWithdrawn':
        return `Withdrawn${event.data.reason ? `: ${event.data.reason}` : ''}`;
      case 'BudgetProposalMergedFrom':
        return `Merged from proposals ${event.data.replaces.join(', ')}`;
      case 'BudgetProposalMergedInto':
        return `Merged into proposal ${event.data.into}`;
      case 'BudgetProposalSubmissionDeadlineMissed':
        return `Missed the submission deadline to ${event.data.committee} (${event.data.dueAt})`;
      default:
        return 'Budget proposal changed';
    }
  },
};
