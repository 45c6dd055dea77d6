import type { AggregateDescriptor, CaseLink, CaseSummary } from '@app/kernel';
import { HEARING_CATEGORY } from '../bus/hearing.category';
import { HEARING_SCHEDULED_COMMANDS, type HearingCommand } from './hearing.commands';
import { hearingDeadlines } from './hearing.deadlines';
import { hearingDecider } from './hearing.decider';
import type { HearingEvent } from './hearing.events';
import type { HearingState } from './hearing.state';
import { hearingView } from './hearing.view';

function summary(state: HearingState): CaseSummary {
  if (!state.exists) return { title: '', status: 'unknown', dates: {} };
  return {
    title: state.title,
    status: state.status,
    dates: {
      received: state.receivedAt,
      inputDeadline: state.inputDeadline,
      responseDeadline: state.responseDeadline,
      submitted: state.submission?.submittedAt,
      declined: state.declination?.declinedAt,
      lapsed: state.lapsedAt,
    },
  };
}

/** Inputs given at a meeting link the hearing to that meeting, so the chain can be walked. */
function links(state: HearingState): CaseLink[] {
  if (!state.exists) return [];
  const given = [
    ...Object.values(state.inputs).flatMap((i) => [i, ...i.additions]),
    ...Object.values(state.approval?.answers ?? {}),
  ];
  const meetings = new Set(given.map((i) => i.meetingId).filter((id): id is string => id !== undefined));
  return [...meetings].map((id) => ({ relation: 'drawsOn', kind: 'meetings', id }));
}

/** How a member's word reached the secretary who recorded it. */
function how(d: { channel?: string; meetingId?: string }): string {
  if (d.meetingId) return ` given at meeting ${d.meetingId}`;
  return d.channel ? ` given by ${d.channel}` : '';
}

function describe(event: HearingEvent): string {
  switch (event.type) {
    case 'HearingOpened':
      return `opened the hearing "${event.data.title}" from ${event.data.issuingBody}, ${event.data.responseDeadline ? `response due ${event.data.responseDeadline}` : 'no deadline'}`;
    case 'HearingInputSubmitted':
      return event.data.recordedBy === event.data.personId
        ? `${event.data.personId} gave input${event.data.late ? ' (late)' : ''}`
        : `recorded input from ${event.data.personId}${how(event.data)}${event.data.late ? ' (late)' : ''}`;
    case 'HearingInputRevised':
      return `${event.data.personId} revised their input${event.data.late ? ' (late)' : ''}`;
    case 'HearingInputWithdrawn':
      return `${event.data.personId} withdrew their input`;
    case 'HearingResponseDrafted':
      return `drafted response version ${event.data.version}${event.data.basedOn.length ? ` drawing on input from ${event.data.basedOn.join(', ')}` : ''}`;
    case 'HearingApprovalRequested':
      return `asked for approval of draft ${event.data.draftVersion} by ${event.data.approvalDeadline}`;
    case 'HearingApprovalAnswered': {
      const d = event.data;
      const answer = d.approve ? 'approved' : 'objected to';
      const line =
        d.recordedBy === undefined
          ? `${d.personId} ${answer} draft ${d.draftVersion}`
          : `recorded that ${d.personId} ${answer} draft ${d.draftVersion}${how(d)}`;
      return d.approve ? line : `${line}: ${d.comment ?? ''}`;
    }
    case 'HearingResponseSignedOff':
      return `signed off draft ${event.data.draftVersion}${event.data.objections.length ? ` despite objections from ${event.data.objections.join(', ')}` : ''}`;
    case 'HearingResponseSubmitted':
      return `submitted the response to ${event.data.recipient} at ${event.data.submittedAt}`;
    case 'HearingDeclined':
      return `declined to respond: ${event.data.reason}`;
    case 'HearingDeadlineExtended':
      return `recorded an extension of the response deadline from ${event.data.previousResponseDeadline} to ${event.data.responseDeadline}`;
    case 'HearingMembersInvited':
      return `invited ${event.data.personIds.join(', ')} to give input`;
    case 'InputDeadlinePassed':
      return `the input deadline passed${event.data.missing.length ? `; no input from ${event.data.missing.join(', ')}` : ''}`;
    case 'ApprovalDeadlinePassed':
      return `the approval deadline passed${event.data.unanswered.length ? `; no answer from ${event.data.unanswered.join(', ')}` : ''}`;
    case 'HearingLapsed':
      return `the response deadline ${event.data.responseDeadline} passed without a response`;
    case 'RemindersIssued':
      return `reminded ${event.data.recipients.join(', ')} of the ${event.data.deadline} deadline ${event.data.dueAt}`;
    case 'CaseCarriedOver':
      return `carried the hearing over to council ${event.data.successorId}`;
    case 'CaseCarriedIn':
      return `carried the hearing over from council ${event.data.from.councilId} with its ${event.data.history.length} events`;
  }
}

/** The hearing, declared once: its decider, deadlines, view and story (docs/conventions.md). */
export const hearingDescriptor: AggregateDescriptor<HearingCommand, HearingEvent, HearingState> = {
  category: HEARING_CATEGORY,
  kind: 'hearings',
  decider: hearingDecider,
  deadlines: { pending: hearingDeadlines, commands: HEARING_SCHEDULED_COMMANDS },
  view: hearingView,
  summary,
  links,
  describe,
};
