import type { CaseKindDefinition, CaseLink } from '@app/kernel';
import { budgetCycleDecider } from './cycle/budget-cycle.decider';
import type { BudgetCycleEvent } from './cycle/budget-cycle.events';
import type { BudgetCycleState } from './cycle/budget-cycle.state';
import { budgetCycleView } from './cycle/budget-cycle.view';
import { budgetProposalDecider } from './proposal/budget-proposal.decider';
import type { BudgetProposalEvent } from './proposal/budget-proposal.events';
import type { BudgetProposalState } from './proposal/budget-proposal.state';
import { budgetProposalView } from './proposal/budget-proposal.view';

export const budgetCycleCaseKind: CaseKindDefinition<BudgetCycleState, BudgetCycleEvent> = {
  kind: 'budget-cycles',
  initialState: budgetCycleDecider.initialState,
  evolve: budgetCycleDecider.evolve,
  view: budgetCycleView,
  summary: (state) => {
    const dates: Record<string, string | undefined> = {};
    for (const m of state.milestones) {
      dates[`${m.kind} (${m.committee})`] = m.date;
      if (m.submissionDeadline)
        dates[`submission deadline for ${m.kind} (${m.committee})`] = m.submissionDeadline;
    }
    return { title: `Budget ${state.year ?? ''}`.trim(), status: state.exists ? 'open' : 'none', dates };
  },
  links: () => [],
  describe: (event) => {
    switch (event.type) {
      case 'BudgetCycleCreated':
        return `Budget cycle ${event.data.year} created with ${event.data.milestones.length} milestones`;
      case 'BudgetMilestoneMoved':
        return `Milestone ${event.data.milestoneId} moved from ${event.data.previousDate} to ${event.data.date}`;
      case 'BudgetMilestoneAdded':
        return `Milestone ${event.data.milestone.id} (${event.data.milestone.kind}, ${event.data.milestone.committee}) added for ${event.data.milestone.date}`;
      case 'BudgetMilestoneCancelled':
        return `Milestone ${event.data.milestoneId} cancelled: ${event.data.reason}`;
      case 'RemindersIssued':
        return event.data.about === 'submission-deadline'
          ? `Reminded ${event.data.recipients.length} of ${event.data.proposals.length} draft proposals before the submission deadline to ${event.data.committee}`
          : `Reminded ${event.data.recipients.length} of the ${event.data.committee} meeting on ${event.data.dueAt}`;
      case 'SubmissionDeadlinePassed':
        return `Submission deadline to ${event.data.committee} passed; ${event.data.missedBy.length} proposals still in draft`;
      default:
        return 'Budget cycle changed';
    }
  },
};

export const budgetProposalCaseKind: CaseKindDefinition<BudgetProposalState, BudgetProposalEvent> = {
  kind: 'budget-proposals',
  initialState: budgetProposalDecider.initialState,
  evolve: budgetProposalDecider.evolve,
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

/** Both, for `HistoryModule.forRoot({ caseKinds: [...budgetCaseKinds, ...] })`. */
export const budgetCaseKinds = [budgetCycleCaseKind, budgetProposalCaseKind] as CaseKindDefinition[];
