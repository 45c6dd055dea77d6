import type { AggregateDescriptor } from '@app/kernel';
import { BUDGET_CYCLE_CATEGORY } from '../nest/budget.categories';
import type { BudgetCycleCommand } from './budget-cycle.commands';
import { budgetCycleDeadlines } from './budget-cycle.deadlines';
import { budgetCycleDecider } from './budget-cycle.decider';
import type { BudgetCycleEvent } from './budget-cycle.events';
import type { BudgetCycleState } from './budget-cycle.state';
import { budgetCycleView } from './budget-cycle.view';

/** The command types the cycle's deadline jobs carry. */
export const BUDGET_SCHEDULED_COMMANDS = [
  'IssueSubmissionReminders',
  'IssueMilestoneReminders',
  'RecordSubmissionDeadlinePassed',
] as const;

/**
 * The budget cycle, declared once. Budget deadlines all live on the cycle (budget-cycle.deadlines.ts);
 * a proposal has none of its own. A fired job carries only the deadline; the cycle's enrichment
 * fills in the recipients and the proposals when it runs, so the empty lists here are placeholders.
 */
export const budgetCycleDescriptor: AggregateDescriptor<
  BudgetCycleCommand,
  BudgetCycleEvent,
  BudgetCycleState
> = {
  category: BUDGET_CYCLE_CATEGORY,
  kind: 'budget-cycles',
  decider: budgetCycleDecider,
  deadlines: {
    pending: budgetCycleDeadlines,
    commands: BUDGET_SCHEDULED_COMMANDS,
    // A job's command is data from Redis: the decider checks its fields as it does a request's.
    // A job's command is data from Redis: the decider checks its fields as it does a request's.
    complete: (command) =>
      ({
        ...command,
        data: { recipients: [], drafts: [], proposals: [], ...(command.data as object) },
      }) as unknown as BudgetCycleCommand,
  },
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
