import type { AggregateDescriptor, CaseLink } from '@app/kernel';
import { FOLLOW_UP_CATEGORY } from '../nest/follow-up.category';
import { SCHEDULED_COMMAND_TYPES, type FollowUpCommand } from './follow-up.commands';
import { followUpDeadlines } from './follow-up.deadlines';
import { followUpDecider } from './follow-up.decider';
import type { FollowUpEvent } from './follow-up.events';
import type { FollowUpState } from './follow-up.state';
import type { ImplementsRef } from './follow-up.types';
import { followUpStatus, followUpView, nextDue } from './follow-up.view';

const KIND_OF: Record<ImplementsRef['kind'], CaseLink['kind']> = {
  'budget-proposal': 'budget-proposals',
  hearing: 'hearings',
  'meeting-item': 'meetings',
};

/** The follow-up `implements` what it follows up, so the chain walks from input to the door (seed 004). */
export function followUpLinks(state: FollowUpState): CaseLink[] {
  const target = state.implements;
  if (!target) return [];
  return [
    {
      relation: 'implements',
      kind: KIND_OF[target.kind],
      id: target.id,
      ...(target.itemId !== undefined && { itemId: target.itemId }),
    },
  ];
}

function describeFollowUpEvent(event: FollowUpEvent): string {
  switch (event.type) {
    case 'FollowUpCreated':
      return `created the follow-up "${event.data.title}" (${event.data.phases.length} phases)`;
    case 'PhaseStarted':
      return `started phase ${event.data.phaseId} on ${event.data.startedOn}`;
    case 'PhaseCompleted':
      return `completed phase ${event.data.phaseId} on ${event.data.completedOn}`;
    case 'MilestoneMet':
      return `recorded milestone ${event.data.milestoneId} as met`;
    case 'MilestoneMissed':
      return `recorded milestone ${event.data.milestoneId} as missed`;
    case 'StatusReportSubmitted':
      return `reported status as of ${event.data.asOf}: ${event.data.summary}`;
    case 'PlanRevised':
      return `revised the plan: ${event.data.reason}`;
    case 'EvaluationRecorded':
      return `recorded the evaluation: ${event.data.summary}`;
    case 'VerdictGiven':
      return `gave the verdict "${event.data.verdict}": ${event.data.reason}`;
    case 'RemindersIssued':
      return `reminded ${event.data.recipients.join(', ')} of the ${event.data.deadline} due ${event.data.dueAt}`;
    case 'StatusReportOverdue':
      return `status report ${event.data.reportNumber} due ${event.data.dueAt} is overdue`;
    case 'MilestoneOverdue':
      return `milestone ${event.data.milestoneId} due ${event.data.dueAt} is overdue`;
    case 'EvaluationOverdue':
      return `the evaluation due ${event.data.dueAt} is overdue`;
    case 'CaseCarriedOver':
      return `carried the follow-up over to council ${event.data.successorId}`;
    case 'CaseCarriedIn':
      return `carried the follow-up over from council ${event.data.from.councilId} with its ${event.data.history.length} events`;
    default:
      return (event as { type: string }).type;
  }
}

/** The follow-up, declared once: its decider, its deadlines, its view and story. */
export const followUpDescriptor: AggregateDescriptor<FollowUpCommand, FollowUpEvent, FollowUpState> = {
  category: FOLLOW_UP_CATEGORY,
  kind: 'follow-ups',
  decider: followUpDecider,
  deadlines: { pending: followUpDeadlines, commands: SCHEDULED_COMMAND_TYPES },
  view: (state, id) => followUpView(state, id),
  summary: (state) => ({
    title: state.title,
    status: followUpStatus(state),
    dates: {
      created: state.createdAt,
      nextDue: nextDue(state)?.dueAt,
      evaluationDue: state.evaluationDue,
      evaluated: state.evaluation?.evaluatedOn,
      verdict: state.verdict?.givenOn,
    },
  }),
  links: followUpLinks,
  describe: describeFollowUpEvent,
};
