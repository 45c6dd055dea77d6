import { SYSTEM_ACTOR, deciderSpec, fold, type Actor, type Command, type CommandMetadata } from '@app/kernel';
import type { CouncilContext, HearingCommand } from './hearing.commands';
import { hearingDecider } from './hearing.decider';
import type { HearingEvent, HearingOpened, HearingResponseSubmitted } from './hearing.events';

/** Shared givens for the hearing specs: a council of three members, Carl chairs, Sofie is secretary. */
export const NOW = '2026-01-05T09:00:00.000Z';
export const RESPONSE_DEADLINE = '2026-01-28T12:00:00+01:00';
/** Two working days before Wednesday 28 January: Monday 26 January, same local time. */
export const INPUT_DEADLINE = '2026-01-26T11:00:00.000Z';

export const secretary: Actor = { personId: 'sofie', role: 'secretary' };
export const anna: Actor = { personId: 'anna', role: 'member' };
export const bo: Actor = { personId: 'bo', role: 'member' };
export const chair: Actor = { personId: 'carl', role: 'chair' };
export const evaluator: Actor = { personId: 'eva', role: 'evaluator' };
export const system = SYSTEM_ACTOR;

export const council: CouncilContext = {
  timeZone: 'Europe/Copenhagen',
  reminderOffsets: ['P7D', 'P2D'],
  memberIds: ['anna', 'bo', 'carl'],
  chairPersonId: 'carl',
  secretaryIds: ['sofie'],
};

export function meta(actor: Actor, now = NOW, extra: Partial<CommandMetadata> = {}): CommandMetadata {
  return { actor, councilId: 'c1', now, correlationId: 'corr', causationId: 'cause', ...extra };
}

export function cmd<C extends HearingCommand>(
  type: C['type'],
  data: C['data'],
  actor: Actor,
  now = NOW,
  extra: Partial<CommandMetadata> = {},
): C {
  return { type, data, metadata: meta(actor, now, extra) } as Command as C;
}

export const opened: HearingOpened = {
  type: 'HearingOpened',
  data: {
    hearingId: 'h1',
    councilId: 'c1',
    title: 'Reviderede samarbejdsaftaler om borgere med psykisk sygdom',
    issuingBody: 'Region Hovedstaden',
    material: [{ title: 'Samarbejdsaftaler', url: 'https://example.org/aftaler.pdf' }],
    receivedAt: NOW,
    responseDeadline: RESPONSE_DEADLINE,
    inputDeadline: INPUT_DEADLINE,
    reminderOffsets: ['P7D', 'P2D'],
    invited: ['anna', 'bo', 'carl'],
    chairPersonId: 'carl',
    secretaries: ['sofie'],
    timeZone: 'Europe/Copenhagen',
    inputDeadlineSetByHand: false,
  },
};

export const annaInput: HearingEvent = {
  type: 'HearingInputSubmitted',
  data: {
    personId: 'anna',
    text: 'Husk de hjemløse',
    givenAt: NOW,
    recordedAt: NOW,
    late: false,
    recordedBy: 'anna',
  },
};
export const draft1: HearingEvent = {
  type: 'HearingResponseDrafted',
  data: { version: 1, text: 'Rådets høringssvar', basedOn: ['anna'] },
};
export const approvalRequested: HearingEvent = {
  type: 'HearingApprovalRequested',
  data: { draftVersion: 1, approvalDeadline: '2026-01-27T12:00:00Z', requestedFrom: ['anna', 'bo', 'carl'] },
};
export const signedOff: HearingEvent = {
  type: 'HearingResponseSignedOff',
  data: { draftVersion: 1, signedOffBy: 'carl', objections: [] },
};
export const submitted: HearingResponseSubmitted = {
  type: 'HearingResponseSubmitted',
  data: { draftVersion: 1, submittedAt: NOW, recipient: 'Region Hovedstaden' },
};

export const spec = deciderSpec(hearingDecider);

/** The `field` of the error a command is refused with (undefined when accepted), for 400-naming checks. */
export function refusedField(history: HearingEvent[], command: HearingCommand): string | undefined {
  try {
    hearingDecider.decide(command, fold(hearingDecider, history));
  } catch (error) {
    return (error as { field?: string }).field ?? `no field on ${String(error)}`;
  }
  return undefined;
}
