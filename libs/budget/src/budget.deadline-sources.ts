import type { Command, DomainEvent } from '@app/kernel';
import { InvalidInputError } from '@app/kernel';
import type { DeadlineSource } from '@app/scheduling';
import type { BudgetCycleCommand } from './cycle/budget-cycle.commands';
import { budgetCycleDeadlines } from './cycle/budget-cycle.deadlines';
import { evolveBudgetCycle } from './cycle/budget-cycle.decider';
import type { BudgetCycleEvent } from './cycle/budget-cycle.events';
import { initialBudgetCycleState, type BudgetCycleState } from './cycle/budget-cycle.state';
import { BUDGET_CYCLE_CATEGORY, BudgetCycleMessage } from './nest/budget.messages';

/** The scheduler command types the dispatcher routes to `budgetCycleDeadlineSource.toMessage`. */
export const BUDGET_SCHEDULED_COMMANDS = [
  'IssueSubmissionReminders',
  'IssueMilestoneReminders',
  'RecordSubmissionDeadlinePassed',
] as const;
const SCHEDULED: readonly string[] = BUDGET_SCHEDULED_COMMANDS;

/**
 * Budget deadlines all live on the cycle (see budget-cycle.deadlines.ts); a proposal has none of
 * its own. The fired command carries only the deadline; BudgetCycleHandler fills in the
 * recipients and the proposals when it runs, so empty lists here are placeholders.
 */
export const budgetCycleDeadlineSource: DeadlineSource<BudgetCycleState> = {
  category: BUDGET_CYCLE_CATEGORY,
  initialState: initialBudgetCycleState,
  evolve: (state: BudgetCycleState, event: DomainEvent) =>
    evolveBudgetCycle(state, event as BudgetCycleEvent),
  deadlines: budgetCycleDeadlines,
  toMessage(streamId: string, command: Command): BudgetCycleMessage {
    if (!SCHEDULED.includes(command.type)) {
      throw new InvalidInputError(`${command.type} is not a scheduled budget cycle command`, 'type');
    }
    const data = { recipients: [], drafts: [], proposals: [], ...(command.data as object) };
    return new BudgetCycleMessage(streamId, { ...command, data } as unknown as BudgetCycleCommand);
  },
};

export const budgetDeadlineSources = [budgetCycleDeadlineSource];
