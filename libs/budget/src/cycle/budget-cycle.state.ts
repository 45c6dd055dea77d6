import type { Milestone } from './budget-cycle.events';

export interface BudgetCycleState {
  exists: boolean;
  id?: string;
  councilId?: string;
  year?: number;
  milestones: Milestone[];
  reminderOffsets: string[];
  /** `<reminder id>@<due time>` of each reminder issued: a job that runs twice records once. */
  issued: string[];
  /** `<milestone id>@<due time>` of each submission deadline recorded as passed. */
  passed: string[];
  passedDeadlines: { milestoneId: string; committee: string; dueAt: string; missedBy: string[] }[];
  /** Meetings taken off the calendar, as they were planned, with the reason. */
  cancelled: { milestone: Milestone; reason: string }[];
}

export const initialBudgetCycleState: BudgetCycleState = {
  exists: false,
  milestones: [],
  reminderOffsets: [],
  issued: [],
  passed: [],
  passedDeadlines: [],
  cancelled: [],
};

export function committeesOf(state: BudgetCycleState): string[] {
  return [...new Set(state.milestones.map((m) => m.committee))];
}

export function issuedKey(reminder: string, dueAt: string): string {
  return `${reminder}@${new Date(dueAt).toISOString()}`;
}

export function passedKey(milestoneId: string, dueAt: string): string {
  return `${milestoneId}@${new Date(dueAt).toISOString()}`;
}
