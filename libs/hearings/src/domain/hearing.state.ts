import { sameInstant, type CarriedFrom } from '@app/kernel';
import type { HearingEvent, HearingMaterial, HearingOpened } from './hearing.events';
import type { Channel } from './recorded-on-behalf';
import { workingDaysBefore } from './working-days';

/** Where a hearing stands; the last three are closed and take no more input or drafts. */
export const HEARING_STATUSES = [
  'open',
  'drafting',
  'awaiting-approval',
  'signed-off',
  'submitted',
  'declined',
  'lapsed',
] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];

export const CLOSED_STATUSES: readonly HearingStatus[] = ['submitted', 'declined', 'lapsed'];

/** Issue 4: the internal input deadline defaults to two working days before the response deadline. */
export const DEFAULT_INPUT_WORKING_DAYS = 2;

/** One piece of input as it was given: by whom it was written down, when it was said, and how. */
export interface InputContribution {
  text: string;
  givenAt: string;
  recordedAt: string;
  late: boolean;
  recordedBy: string;
  channel?: Channel;
  meetingId?: string;
}

/** A member's input: the first contribution (revisable by the member) and what was added since. */
export interface MemberInput extends InputContribution {
  personId: string;
  revisions: number;
  withdrawn: boolean;
  additions: InputContribution[];
}

export interface Draft {
  version: number;
  text: string;
  basedOn: string[];
}

export interface ApprovalAnswer {
  approve: boolean;
  comment?: string;
  /** Set when the secretary recorded the answer for the member. */
  recordedBy?: string;
  givenAt?: string;
  channel?: Channel;
  meetingId?: string;
}

export interface ApprovalRound {
  draftVersion: number;
  approvalDeadline: string;
  requestedFrom: string[];
  answers: Record<string, ApprovalAnswer>;
  deadlinePassed: boolean;
}

export interface OpenHearingState {
  exists: true;
  id: string;
  councilId?: string;
  /** As opened, so a retried creation can be told apart from a different one with the same id. */
  opened: HearingOpened['data'];
  status: HearingStatus;
  title: string;
  issuingBody: string;
  material: HearingMaterial[];
  receivedAt: string;
  /** None on a statement on the council's own initiative opened without one (issue 18.4). */
  responseDeadline?: string;
  /** None when there is no response deadline to count it from and the secretary gave none. */
  inputDeadline?: string;
  /** The secretary gave the input deadline: an extension moves it by the same span, not by the rule. */
  inputDeadlineSetByHand: boolean;
  inputDeadlinePassed: boolean;
  /** Entered after a deadline had passed: deadlines up to then are not followed (issue 18.1). */
  enteredAt?: string;
  reminderOffsets: string[];
  invited: string[];
  chairPersonId?: string;
  secretaries: string[];
  timeZone: string;
  inputs: Record<string, MemberInput>;
  drafts: Draft[];
  approval?: ApprovalRound;
  signOff?: { draftVersion: number; signedOffBy: string; objections: string[] };
  submission?: { draftVersion: number; submittedAt: string; recipient: string };
  declination?: { reason: string; declinedAt: string };
  lapsedAt?: string;
  extensions: { from: string; to: string }[];
  /** `deadline|remindAt` of every reminder already issued, so a repeated job records nothing. */
  remindersIssued: string[];
  /** Issue 18.3: carried over to this successor council; it takes nothing more here. */
  carriedOverTo?: string;
  /** Issue 18.3: carried in from a predecessor council: the link back to its stream. */
  carriedFrom?: CarriedFrom;
}

export type HearingState = { exists: false } | OpenHearingState;

export const initialHearingState: HearingState = { exists: false };

/**
 * Hearings opened before the flag was recorded: the deadline was computed if it is what the rule
 * gives (or the response deadline itself, for a hearing that arrived too late for the rule).
 */
function setByHandBeforeItWasRecorded(d: HearingOpened['data']): boolean {
  if (d.responseDeadline === undefined || d.inputDeadline === undefined) return d.inputDeadline !== undefined;
  const computed = workingDaysBefore(d.responseDeadline, DEFAULT_INPUT_WORKING_DAYS, d.timeZone);
  return !sameInstant(d.inputDeadline, computed) && !sameInstant(d.inputDeadline, d.responseDeadline);
}

export function reminderKey(deadline: string, remindAt: string): string {
  return `${deadline}|${new Date(remindAt).toISOString()}`;
}

export function isClosed(state: OpenHearingState): boolean {
  return CLOSED_STATUSES.includes(state.status);
}

export function currentDraft(state: OpenHearingState): Draft | undefined {
  return state.drafts.at(-1);
}

export function evolveHearing(state: HearingState, event: HearingEvent): HearingState {
  if (event.type === 'CaseCarriedIn') {
    // The predecessor's history folded as it was, then the successor's council and people.
    const d = event.data;
    const before = d.history.reduce(
      (s, e) => evolveHearing(s, { type: e.type, data: e.data } as HearingEvent),
      initialHearingState,
    );
    if (!before.exists) return before;
    const { chairPersonId: _chair, ...rest } = before;
    return {
      ...rest,
      councilId: d.councilId,
      invited: d.arrival.invited,
      ...(d.arrival.chairPersonId !== undefined && { chairPersonId: d.arrival.chairPersonId }),
      secretaries: d.arrival.secretaries,
      carriedFrom: d.from,
    };
  }
  if (event.type === 'HearingOpened') {
    const d = event.data;
    return {
      exists: true,
      id: d.hearingId,
      ...(d.councilId !== undefined && { councilId: d.councilId }),
      opened: d,
      status: 'open',
      title: d.title,
      issuingBody: d.issuingBody,
      material: d.material,
      receivedAt: d.receivedAt,
      ...(d.responseDeadline !== undefined && { responseDeadline: d.responseDeadline }),
      ...(d.inputDeadline !== undefined && { inputDeadline: d.inputDeadline }),
      inputDeadlineSetByHand: d.inputDeadlineSetByHand ?? setByHandBeforeItWasRecorded(d),
      inputDeadlinePassed: false,
      ...(d.enteredAt !== undefined && { enteredAt: d.enteredAt }),
      reminderOffsets: d.reminderOffsets,
      invited: d.invited,
      chairPersonId: d.chairPersonId,
      secretaries: d.secretaries,
      timeZone: d.timeZone,
      inputs: {},
      drafts: [],
      extensions: [],
      remindersIssued: [],
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'HearingInputSubmitted': {
      const { personId, ...d } = event.data;
      const contribution: InputContribution = {
        text: d.text,
        givenAt: d.givenAt,
        recordedAt: d.recordedAt,
        late: d.late,
        recordedBy: d.recordedBy,
        ...(d.channel !== undefined && { channel: d.channel }),
        ...(d.meetingId !== undefined && { meetingId: d.meetingId }),
      };
      const before = state.inputs[personId];
      const input: MemberInput =
        before && !before.withdrawn
          ? { ...before, additions: [...before.additions, contribution] }
          : { personId, ...contribution, revisions: 0, withdrawn: false, additions: [] };
      return { ...state, inputs: { ...state.inputs, [personId]: input } };
    }
    case 'HearingInputRevised': {
      const d = event.data;
      const before = state.inputs[d.personId];
      return {
        ...state,
        inputs: {
          ...state.inputs,
          [d.personId]: {
            ...before,
            text: d.text,
            givenAt: d.givenAt,
            recordedAt: d.givenAt,
            late: d.late,
            revisions: before.revisions + 1,
          },
        },
      };
    }
    case 'HearingInputWithdrawn': {
      const before = state.inputs[event.data.personId];
      return { ...state, inputs: { ...state.inputs, [event.data.personId]: { ...before, withdrawn: true } } };
    }
    case 'HearingResponseDrafted':
      // A new draft needs its own approval and sign-off; answers to the old one stay in the history.
      return {
        ...state,
        status: 'drafting',
        drafts: [...state.drafts, { ...event.data }],
        approval: undefined,
        signOff: undefined,
      };
    case 'HearingApprovalRequested': {
      // Asking again for the same draft moves the deadline (e.g. after the region extended its
      // own): answers about the same text still stand. A new draft starts with no answers.
      const same = state.approval?.draftVersion === event.data.draftVersion;
      return {
        ...state,
        status: 'awaiting-approval',
        approval: { ...event.data, answers: same ? state.approval!.answers : {}, deadlinePassed: false },
      };
    }
    case 'HearingApprovalAnswered': {
      const approval = state.approval;
      if (!approval) return state;
      const { personId, draftVersion: _version, ...answer } = event.data;
      return { ...state, approval: { ...approval, answers: { ...approval.answers, [personId]: answer } } };
    }
    case 'HearingResponseSignedOff':
      return { ...state, status: 'signed-off', signOff: { ...event.data } };
    case 'HearingResponseSubmitted':
      return { ...state, status: 'submitted', submission: { ...event.data } };
    case 'HearingDeclined':
      return { ...state, status: 'declined', declination: { ...event.data } };
    case 'HearingDeadlineExtended':
      return {
        ...state,
        responseDeadline: event.data.responseDeadline,
        inputDeadline: event.data.inputDeadline,
        extensions: [
          ...state.extensions,
          { from: event.data.previousResponseDeadline, to: event.data.responseDeadline },
        ],
      };
    case 'HearingMembersInvited':
      return { ...state, invited: [...new Set([...state.invited, ...event.data.personIds])] };
    case 'InputDeadlinePassed':
      return { ...state, inputDeadlinePassed: true };
    case 'ApprovalDeadlinePassed':
      return state.approval ? { ...state, approval: { ...state.approval, deadlinePassed: true } } : state;
    case 'HearingLapsed':
      return { ...state, status: 'lapsed', lapsedAt: event.data.responseDeadline };
    case 'RemindersIssued':
      return {
        ...state,
        remindersIssued: [...state.remindersIssued, reminderKey(event.data.deadline, event.data.remindAt)],
      };
    case 'CaseCarriedOver':
      return { ...state, carriedOverTo: event.data.successorId };
    default:
      return state;
  }
}
