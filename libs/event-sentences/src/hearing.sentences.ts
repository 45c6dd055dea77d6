import type { Sentence, SentenceContext } from './sentence';

type Book = Record<string, Sentence>;

const late = (d: { late?: boolean }, text: string) => (d.late ? ` (${text})` : '');

/** How a member's word reached the secretary who recorded it (meeting, mail, phone). */
type Via = { meetingId?: string; channel?: string };
const viaDa = (d: Via) =>
  d.meetingId
    ? ' givet på rådsmødet'
    : d.channel === 'mail'
      ? ' pr. mail'
      : d.channel === 'phone'
        ? ' pr. telefon'
        : '';
const viaEn = (d: Via) =>
  d.meetingId
    ? ' given at the meeting'
    : d.channel === 'mail'
      ? ' by mail'
      : d.channel === 'phone'
        ? ' by phone'
        : '';

/**
 * libs/hearings/src/domain/hearing.events.ts. Only members revise, withdraw and answer for
 * themselves, and the line already starts with who did it, so those sentences do not name them again.
 */
export const hearingDa: Book = {
  HearingOpened: (d, c) =>
    `åbnede høringen "${d.title}" fra ${d.issuingBody}, ${d.responseDeadline ? `høringsfrist ${c.dateTime(d.responseDeadline)}` : 'ingen frist'}`,
  HearingInputSubmitted: (d, c) =>
    d.recordedBy === d.personId
      ? `gav input${late(d, 'for sent')}`
      : `registrerede input fra ${c.name(d.personId)}${viaDa(d)}${late(d, 'for sent')}`,
  HearingInputRevised: (d) => `reviderede sit input${late(d, 'for sent')}`,
  HearingInputWithdrawn: () => 'trak sit input tilbage',
  HearingResponseDrafted: (d, c) =>
    `skrev udkast ${d.version} til høringssvar${d.basedOn?.length ? ` ud fra input fra ${c.names(d.basedOn)}` : ''}`,
  HearingApprovalRequested: (d, c) =>
    `bad om godkendelse af udkast ${d.draftVersion} senest ${c.dateTime(d.approvalDeadline)}`,
  HearingApprovalAnswered: (d, c) => {
    const answer = d.approve
      ? `godkendte udkast ${d.draftVersion}`
      : `gjorde indsigelse mod udkast ${d.draftVersion}: ${d.comment ?? ''}`;
    // Recorded by the secretary for a member (seed 000's mail round): say whose answer it is.
    return d.recordedBy ? `registrerede, at ${c.name(d.personId)} ${answer}${viaDa(d)}` : answer;
  },
  HearingResponseSignedOff: (d, c) =>
    `godkendte udkast ${d.draftVersion} endeligt${d.objections?.length ? ` trods indsigelser fra ${c.names(d.objections)}` : ''}`,
  HearingResponseSubmitted: (d, c) => `sendte høringssvaret til ${d.recipient} ${c.dateTime(d.submittedAt)}`,
  HearingDeclined: (d) => `besluttede ikke at afgive høringssvar: ${d.reason}`,
  HearingDeadlineExtended: (d, c) =>
    `registrerede, at høringsfristen er forlænget fra ${c.dateTime(d.previousResponseDeadline)} til ${c.dateTime(d.responseDeadline)}`,
  HearingMembersInvited: (d, c) => `inviterede ${c.names(d.personIds)} til at give input`,
  InputDeadlinePassed: (d, c) =>
    `inputfristen udløb${d.missing?.length ? `; intet input fra ${c.names(d.missing)}` : ''}`,
  ApprovalDeadlinePassed: (d, c) =>
    `fristen for godkendelse udløb${d.unanswered?.length ? `; intet svar fra ${c.names(d.unanswered)}` : ''}`,
  HearingLapsed: (d, c) => `høringsfristen ${c.dateTime(d.responseDeadline)} udløb uden høringssvar`,
  RemindersIssued: (d, c) => remindedDa(d, c),
  CaseCarriedOver: (d) => `overførte høringen til rådet ${d.successorId}, der fortsætter den`,
  CaseCarriedIn: (d) => `overtog høringen fra rådet ${d.from.councilId} med dens historik`,
};

export const hearingEn: Book = {
  HearingOpened: (d, c) =>
    `opened the hearing "${d.title}" from ${d.issuingBody}, ${d.responseDeadline ? `response due ${c.dateTime(d.responseDeadline)}` : 'no deadline'}`,
  HearingInputSubmitted: (d, c) =>
    d.recordedBy === d.personId
      ? `gave input${late(d, 'late')}`
      : `recorded input from ${c.name(d.personId)}${viaEn(d)}${late(d, 'late')}`,
  HearingInputRevised: (d) => `revised their input${late(d, 'late')}`,
  HearingInputWithdrawn: () => 'withdrew their input',
  HearingResponseDrafted: (d, c) =>
    `drafted response version ${d.version}${d.basedOn?.length ? ` drawing on input from ${c.names(d.basedOn)}` : ''}`,
  HearingApprovalRequested: (d, c) =>
    `asked for approval of draft ${d.draftVersion} by ${c.dateTime(d.approvalDeadline)}`,
  HearingApprovalAnswered: (d, c) => {
    const answer = d.approve
      ? `approved draft ${d.draftVersion}`
      : `objected to draft ${d.draftVersion}: ${d.comment ?? ''}`;
    return d.recordedBy ? `recorded that ${c.name(d.personId)} ${answer}${viaEn(d)}` : answer;
  },
  HearingResponseSignedOff: (d, c) =>
    `signed off draft ${d.draftVersion}${d.objections?.length ? ` despite objections from ${c.names(d.objections)}` : ''}`,
  HearingResponseSubmitted: (d, c) =>
    `submitted the response to ${d.recipient} on ${c.dateTime(d.submittedAt)}`,
  HearingDeclined: (d) => `declined to respond: ${d.reason}`,
  HearingDeadlineExtended: (d, c) =>
    `recorded an extension of the response deadline from ${c.dateTime(d.previousResponseDeadline)} to ${c.dateTime(d.responseDeadline)}`,
  HearingMembersInvited: (d, c) => `invited ${c.names(d.personIds)} to give input`,
  InputDeadlinePassed: (d, c) =>
    `the input deadline passed${d.missing?.length ? `; no input from ${c.names(d.missing)}` : ''}`,
  ApprovalDeadlinePassed: (d, c) =>
    `the approval deadline passed${d.unanswered?.length ? `; no answer from ${c.names(d.unanswered)}` : ''}`,
  HearingLapsed: (d, c) =>
    `the response deadline ${c.dateTime(d.responseDeadline)} passed without a response`,
  RemindersIssued: (d, c) => remindedEn(d, c),
  CaseCarriedOver: (d) => `carried the hearing over to council ${d.successorId}, which continues it`,
  CaseCarriedIn: (d) => `took the hearing over from council ${d.from.councilId} with its history`,
};

/** Hearings and follow-ups remind named people of a deadline kind (`deadline.<kind>` words). */
export function remindedDa(d: { recipients: string[]; deadline: string; dueAt: string }, c: SentenceContext) {
  return `mindede ${c.names(d.recipients)} om fristen "${c.word('deadline', d.deadline)}" ${c.dateTime(d.dueAt)}`;
}

export function remindedEn(d: { recipients: string[]; deadline: string; dueAt: string }, c: SentenceContext) {
  return `reminded ${c.names(d.recipients)} of the deadline "${c.word('deadline', d.deadline)}" on ${c.dateTime(d.dueAt)}`;
}
