import { committeesOf, type BudgetCycleState } from './budget-cycle.state';

/** The JSON of `GET …/budget-cycles/:id`: the calendar in date order, per committee. */
export function budgetCycleView(state: BudgetCycleState, id: string) {
  return {
    id: state.id ?? id,
    year: state.year,
    committees: committeesOf(state),
    milestones: [...state.milestones].sort((a, b) => Date.parse(a.date) - Date.parse(b.date)),
    reminderOffsets: state.reminderOffsets,
    passedSubmissionDeadlines: state.passedDeadlines,
    cancelledMilestones: state.cancelled,
  };
}
