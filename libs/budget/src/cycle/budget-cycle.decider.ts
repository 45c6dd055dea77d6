import {
  InvalidInputError,
  InvalidStateError,
  requireOwnCouncil,
  sameInstant,
  sameJson,
  isBefore,
  requireDurations,
  requireId,
  requireInstant,
  type Decider,
} from '@app/kernel';
import { milestone, requireMilestone } from './budget-milestone.rules';
import { decideAddMilestone, decideCancelMilestone } from './decide-milestone-changes';
import type { BudgetCycleCommand, CreateBudgetCycle, MoveBudgetMilestone } from './budget-cycle.commands';
import type { BudgetCycleEvent, Milestone } from './budget-cycle.events';
import { initialBudgetCycleState, issuedKey, passedKey, type BudgetCycleState } from './budget-cycle.state';

export function evolveBudgetCycle(state: BudgetCycleState, event: BudgetCycleEvent): BudgetCycleState {
  switch (event.type) {
    case 'BudgetCycleCreated':
      return {
        ...state,
        exists: true,
        id: event.data.cycleId,
        ...(event.data.councilId !== undefined && { councilId: event.data.councilId }),
        year: event.data.year,
        milestones: event.data.milestones,
        reminderOffsets: event.data.reminderOffsets,
      };
    case 'BudgetMilestoneMoved': {
      const { milestoneId, date, submissionDeadline } = event.data;
      return {
        ...state,
        milestones: state.milestones.map((m) => {
          if (m.id !== milestoneId) return m;
          const { submissionDeadline: _old, ...rest } = m;
          return { ...rest, date, ...(submissionDeadline !== undefined && { submissionDeadline }) };
        }),
      };
    }
    case 'BudgetMilestoneAdded':
      return { ...state, milestones: [...state.milestones, event.data.milestone] };
    case 'BudgetMilestoneCancelled':
      return {
        ...state,
        milestones: state.milestones.filter((m) => m.id !== event.data.milestoneId),
        cancelled: [...state.cancelled, { milestone: event.data.milestone, reason: event.data.reason }],
      };
    case 'RemindersIssued':
      return { ...state, issued: [...state.issued, issuedKey(event.data.reminder, event.data.dueAt)] };
    case 'SubmissionDeadlinePassed':
      return {
        ...state,
        passed: [...state.passed, passedKey(event.data.milestoneId, event.data.dueAt)],
        passedDeadlines: [...state.passedDeadlines, { ...event.data }],
      };
    default:
      return state;
  }
}

/**
 * Dates in the past are accepted: a council may record a cycle after the fact (seed 000's 2022
 * calendar); the scheduler simply skips reminders whose time has gone by.
 */
function create(command: CreateBudgetCycle, state: BudgetCycleState): BudgetCycleEvent[] {
  const { cycleId, year, reminderOffsets } = command.data;
  requireId(cycleId, 'id');
  if (!Number.isInteger(year) || year < 2000 || year > 2200) {
    throw new InvalidInputError('year must be a whole year', 'year');
  }
  if (!Array.isArray(command.data.milestones) || command.data.milestones.length === 0) {
    throw new InvalidInputError('a budget cycle has at least one milestone', 'milestones');
  }
  const milestones = command.data.milestones.map((m, i) => milestone(m, `milestones[${i}]`));
  if (new Set(milestones.map((m) => m.id)).size !== milestones.length) {
    throw new InvalidInputError('milestone ids must be unique', 'milestones');
  }
  requireDurations(reminderOffsets, 'reminderOffsets');
  const councilId = command.metadata.councilId;
  const event: BudgetCycleEvent = {
    type: 'BudgetCycleCreated',
    data: {
      cycleId,
      ...(councilId !== undefined && { councilId }),
      year,
      milestones,
      reminderOffsets: [...new Set(reminderOffsets)],
    },
  };
  if (state.exists) {
    // A retried creation with the same content changes nothing; different content is a conflict.
    const stored = {
      cycleId: state.id,
      councilId: state.councilId,
      year: state.year,
      milestones: state.milestones,
      reminderOffsets: state.reminderOffsets,
    };
    if (sameJson(stored, event.data)) {
      return [];
    }
    throw new InvalidStateError(`budget cycle ${cycleId} already exists with other content`);
  }
  return [event];
}

function move(command: MoveBudgetMilestone, state: BudgetCycleState): BudgetCycleEvent[] {
  const m = requireMilestone(state, command.data.milestoneId);
  const date = requireInstant(command.data.date, 'date');
  let submissionDeadline = command.data.submissionDeadline;
  if (submissionDeadline !== undefined) requireInstant(submissionDeadline, 'submissionDeadline');
  else if (m.submissionDeadline !== undefined) {
    const gap = Date.parse(m.date) - Date.parse(m.submissionDeadline);
    submissionDeadline = new Date(Date.parse(date) - gap).toISOString();
  }
  if (submissionDeadline !== undefined && !isBefore(submissionDeadline, date)) {
    throw new InvalidInputError('the submission deadline must come before the meeting', 'submissionDeadline');
  }
  if (
    sameInstant(date, m.date) &&
    (submissionDeadline === undefined || sameInstant(submissionDeadline, m.submissionDeadline))
  ) {
    return [];
  }
  return [
    {
      type: 'BudgetMilestoneMoved',
      data: {
        milestoneId: m.id,
        date,
        ...(submissionDeadline !== undefined && { submissionDeadline }),
        previousDate: m.date,
        ...(m.submissionDeadline !== undefined && { previousSubmissionDeadline: m.submissionDeadline }),
      },
    },
  ];
}

/** A scheduler command whose milestone is gone or has moved since the job was made records nothing. */
function current(state: BudgetCycleState, milestoneId: string): Milestone | undefined {
  return state.exists ? state.milestones.find((m) => m.id === milestoneId) : undefined;
}

function decide(command: BudgetCycleCommand, state: BudgetCycleState): BudgetCycleEvent[] {
  // Nobody reads or writes another council's cycle: to them it does not exist.
  requireOwnCouncil(state.councilId, command.metadata.councilId, 'no such budget cycle');
  switch (command.type) {
    case 'CreateBudgetCycle':
      return create(command, state);
    case 'MoveBudgetMilestone':
      return move(command, state);
    case 'AddBudgetMilestone':
      return decideAddMilestone(command, state);
    case 'CancelBudgetMilestone':
      return decideCancelMilestone(command, state);
    case 'IssueSubmissionReminders': {
      const d = command.data;
      const m = current(state, d.milestoneId);
      if (!m || !sameInstant(m.submissionDeadline, d.dueAt)) return [];
      if (state.passed.includes(passedKey(m.id, d.dueAt))) return [];
      // A reminder that comes late (its job was rebuilt) is still worth sending before the
      // deadline, never after it.
      if (!isBefore(command.metadata.now, d.dueAt)) return [];
      if (state.issued.includes(issuedKey(d.reminder, d.dueAt))) return [];
      // Issue 5: the secretary and the chair are reminded of the proposals still in draft; with
      // none left there is nothing to remind anyone of.
      if (d.drafts.length === 0 || d.recipients.length === 0) return [];
      return [
        {
          type: 'RemindersIssued',
          data: {
            deadline: d.deadline,
            reminder: d.reminder,
            dueAt: m.submissionDeadline as string,
            remindAt: d.remindAt,
            recipients: [...new Set(d.recipients)],
            about: 'submission-deadline',
            milestoneId: m.id,
            committee: m.committee,
            proposals: d.drafts,
            ...(d.late === true && { late: true }),
          },
        },
      ];
    }
    case 'IssueMilestoneReminders': {
      const d = command.data;
      const m = current(state, d.milestoneId);
      if (!m || !sameInstant(m.date, d.dueAt)) return [];
      if (!isBefore(command.metadata.now, d.dueAt)) return [];
      if (state.issued.includes(issuedKey(d.reminder, d.dueAt))) return [];
      if (d.recipients.length === 0) return [];
      return [
        {
          type: 'RemindersIssued',
          data: {
            deadline: d.deadline,
            reminder: d.reminder,
            dueAt: m.date,
            remindAt: d.remindAt,
            recipients: [...new Set(d.recipients)],
            about: 'milestone',
            milestoneId: m.id,
            committee: m.committee,
            proposals: d.proposals,
            ...(d.late === true && { late: true }),
          },
        },
      ];
    }
    case 'RecordSubmissionDeadlinePassed': {
      const d = command.data;
      const m = current(state, d.milestoneId);
      if (!m || !sameInstant(m.submissionDeadline, d.dueAt)) return [];
      if (isBefore(command.metadata.now, d.dueAt)) return [];
      if (state.passed.includes(passedKey(m.id, d.dueAt))) return [];
      return [
        {
          type: 'SubmissionDeadlinePassed',
          data: {
            milestoneId: m.id,
            committee: m.committee,
            dueAt: m.submissionDeadline as string,
            missedBy: d.drafts.map((p) => p.id),
          },
        },
      ];
    }
    default:
      return [];
  }
}

export const budgetCycleDecider: Decider<BudgetCycleCommand, BudgetCycleEvent, BudgetCycleState> = {
  initialState: initialBudgetCycleState,
  evolve: evolveBudgetCycle,
  decide,
};
