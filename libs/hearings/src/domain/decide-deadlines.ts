import { sameInstant, type Actor } from '@app/kernel';
import type {
  IssueHearingReminders,
  RecordApprovalDeadlinePassed,
  RecordHearingLapse,
  RecordInputDeadlinePassed,
} from './hearing.commands';
import type {
  ApprovalDeadlinePassed,
  HearingDeadlineKind,
  HearingLapsed,
  InputDeadlinePassed,
  RemindersIssued,
} from './hearing.events';
import { ms, requireRole, unique } from './hearing.rules';
import { isClosed, reminderKey, type HearingState, type OpenHearingState } from './hearing.state';

/**
 * The scheduler's jobs may run twice, late, or after the hearing moved on (docs/architecture.md): each
 * command carries the due time it was made for, and records nothing unless that still applies.
 */
function requireScheduler(actor: Actor): void {
  requireRole(actor, ['system'], 'act for the deadline scheduler');
}

export function membersWithoutInput(hearing: OpenHearingState): string[] {
  return hearing.invited.filter((id) => !hearing.inputs[id] || hearing.inputs[id].withdrawn);
}

export function membersWithoutAnswer(hearing: OpenHearingState): string[] {
  const round = hearing.approval;
  return round ? round.requestedFrom.filter((id) => !round.answers[id]) : [];
}

/** The pending due time of a deadline kind and who still needs reminding, or undefined when over. */
export function pendingDeadline(
  hearing: OpenHearingState,
  deadline: HearingDeadlineKind,
): { dueAt: string; recipients: string[] } | undefined {
  if (isClosed(hearing)) return undefined;
  switch (deadline) {
    case 'input':
      return hearing.inputDeadlinePassed || hearing.inputDeadline === undefined
        ? undefined
        : { dueAt: hearing.inputDeadline, recipients: membersWithoutInput(hearing) };
    case 'approval': {
      const round = hearing.approval;
      if (!round || round.deadlinePassed || hearing.signOff) return undefined;
      return { dueAt: round.approvalDeadline, recipients: membersWithoutAnswer(hearing) };
    }
    case 'response': {
      // Issue 18.4: a statement on the council's own initiative may have no deadline to remind of.
      if (hearing.responseDeadline === undefined) return undefined;
      const notify = [...hearing.secretaries, ...(hearing.chairPersonId ? [hearing.chairPersonId] : [])];
      return { dueAt: hearing.responseDeadline, recipients: unique(notify) };
    }
  }
}

export function decideReminders(command: IssueHearingReminders, state: HearingState): RemindersIssued[] {
  requireScheduler(command.metadata.actor);
  if (!state.exists) return [];
  const { deadline, dueAt, remindAt } = command.data;
  const pending = pendingDeadline(state, deadline);
  if (!pending || !sameInstant(pending.dueAt, dueAt)) return [];
  if (ms(command.metadata.now) >= ms(pending.dueAt)) return [];
  if (state.remindersIssued.includes(reminderKey(deadline, remindAt))) return [];
  const recipients = recipientsNow(pending.recipients, deadline, command.data);
  if (recipients.length === 0) return [];
  return [
    {
      type: 'RemindersIssued',
      data: {
        deadline,
        dueAt: pending.dueAt,
        remindAt: new Date(remindAt).toISOString(),
        recipients,
        ...(command.data.late === true && { late: true }),
      },
    },
  ];
}

/**
 * Who is reminded is decided when the reminder fires, from the council as it is then. Input and
 * approval are the members' to give: one who left the council since is no longer asked (seed 001:
 * members serve while appointed). The response deadline is the chair's and the secretariat's:
 * the chair in office is reminded, not the one of the day the hearing opened.
 */
function recipientsNow(
  pending: string[],
  deadline: HearingDeadlineKind,
  data: IssueHearingReminders['data'],
): string[] {
  const council = data.council;
  const members = council?.memberIds ?? data.currentMembers;
  if (deadline !== 'response') return members ? pending.filter((id) => members.includes(id)) : pending;
  if (!council) return pending;
  return unique([...council.secretaryIds, ...(council.chairPersonId ? [council.chairPersonId] : [])]);
}

function hasPassed(command: { data: { dueAt: string }; metadata: { now: string } }, dueAt: string): boolean {
  return sameInstant(command.data.dueAt, dueAt) && ms(command.metadata.now) >= ms(dueAt);
}

export function decideInputDeadlinePassed(
  command: RecordInputDeadlinePassed,
  state: HearingState,
): InputDeadlinePassed[] {
  requireScheduler(command.metadata.actor);
  if (!state.exists || isClosed(state) || state.inputDeadlinePassed) return [];
  const inputDeadline = state.inputDeadline;
  if (inputDeadline === undefined || !hasPassed(command, inputDeadline)) return [];
  return [
    {
      type: 'InputDeadlinePassed',
      data: { inputDeadline, missing: membersWithoutInput(state) },
    },
  ];
}

export function decideApprovalDeadlinePassed(
  command: RecordApprovalDeadlinePassed,
  state: HearingState,
): ApprovalDeadlinePassed[] {
  requireScheduler(command.metadata.actor);
  if (!state.exists || isClosed(state) || state.signOff) return [];
  const round = state.approval;
  if (!round || round.deadlinePassed || !hasPassed(command, round.approvalDeadline)) return [];
  return [
    {
      type: 'ApprovalDeadlinePassed',
      data: {
        approvalDeadline: round.approvalDeadline,
        draftVersion: round.draftVersion,
        unanswered: membersWithoutAnswer(state),
      },
    },
  ];
}

export function decideLapse(command: RecordHearingLapse, state: HearingState): HearingLapsed[] {
  requireScheduler(command.metadata.actor);
  if (!state.exists || isClosed(state)) return [];
  const responseDeadline = state.responseDeadline;
  if (responseDeadline === undefined || !hasPassed(command, responseDeadline)) return [];
  return [{ type: 'HearingLapsed', data: { responseDeadline } }];
}
