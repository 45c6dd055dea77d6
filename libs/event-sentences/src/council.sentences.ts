import type { Sentence } from './sentence';

type Book = Record<string, Sentence>;

/** libs/councils/src/council/council.events.ts */
export const councilDa: Book = {
  CouncilCreated: (d) => `Rådet "${d.name}" oprettet`,
  CouncilTermsSet: (d) =>
    `Kommissoriet: ${d.ordinaryMeetingsPerYear} ordinære møder om året${d.requestsLapseAfter ? `, en anmodning om ekstraordinært møde gælder ${d.requestsLapseAfter}` : ''}`,
  MemberAppointed: (d) =>
    `${d.name} udpeget af ${d.organisation}${d.replaces ? ` i stedet for ${d.replaces.name}` : ''}`,
  MemberResigned: (d, c) => `${c.name(d.personId)} udtrådte af rådet (${d.organisation})`,
  ChairElected: (d, c) =>
    `${c.name(d.personId)} valgt som formand${d.advice === 'region-seat' ? ' (imod rådet om ikke at vælge et medlem ansat i regionen)' : ''}`,
  SeatsSet: (d) =>
    `Rådets pladser: ${d.seats.map((s: { organisation: string }) => s.organisation).join(', ')}`,
  CouncilEnded: (d) => `${d.decidedBy} besluttede ${d.decidedOn} at nedlægge rådet pr. ${d.endsOn}`,
  CouncilSucceeded: (d) => `Rådet afløses af rådet ${d.successorId} fra ${d.from}`,
  ChairVacated: (d, c) =>
    `Formandsposten er ledig: ${c.name(d.personId)} ${d.reason === 'resigned' ? 'udtrådte' : d.reason === 'stepped-down' ? 'trådte tilbage som formand' : 'blev afløst'}`,
  TermSet: (d) => `Rådets periode: ${d.startsOn} til ${d.endsOn}`,
  RemindersIssued: (d, c) =>
    d.deadline === 'extraordinary-meeting'
      ? `${c.names(d.recipients)} fik besked: et ekstraordinært møde skal indkaldes`
      : `Sekretariatet mindet om, at ${d.deadline === 'term-end' ? 'perioden slutter' : 'evalueringen skal være færdig'} ${c.dateTime(d.dueAt)}`,
  CouncilContinued: (d) => `${d.decidedBy} besluttede ${d.decidedOn} at videreføre rådet til ${d.until}`,
  SecretaryAssigned: (d) => `${d.name} tilknyttet som sekretær`,
  MeetingPlanAdopted: (d) =>
    `Mødeplan for ${d.year} vedtaget med ${d.meetings.length} møder${d.fallsShortBy > 0 ? `, ${d.fallsShortBy} færre end de ${d.expectedMeetings}, kommissoriet foreskriver` : ''}`,
  ExtraordinaryMeetingRequested: (d, c) => `${c.name(d.personId)} bad om et ekstraordinært møde: ${d.reason}`,
  ExtraordinaryMeetingRequired: (d, c) =>
    `Et ekstraordinært møde skal holdes; det er ønsket af ${c.names(d.requestedBy)}`,
  ExtraordinaryMeetingCalled: (d, c) => `Ekstraordinært møde indkaldt til ${c.dateTime(d.startsAt)}`,
  ExtraordinaryMeetingRequestWithdrawn: (d, c) =>
    `${c.name(d.personId)} trak sin anmodning om et ekstraordinært møde tilbage`,
  ExtraordinaryMeetingRequestsLapsed: (d, c) =>
    `Anmodninger om ekstraordinært møde fra ${c.names(d.personIds)} bortfaldt (${d.reason === 'meeting-held' ? 'rådet har holdt møde' : 'fristen udløb'})`,
};

export const councilEn: Book = {
  CouncilCreated: (d) => `Council "${d.name}" created`,
  CouncilTermsSet: (d) =>
    `Terms of reference: ${d.ordinaryMeetingsPerYear} ordinary meetings a year${d.requestsLapseAfter ? `, a request for an extraordinary meeting stands for ${d.requestsLapseAfter}` : ''}`,
  MemberAppointed: (d) =>
    `${d.name} appointed for ${d.organisation}${d.replaces ? `, replacing ${d.replaces.name}` : ''}`,
  MemberResigned: (d, c) => `${c.name(d.personId)} resigned from the seat of ${d.organisation}`,
  ChairElected: (d, c) =>
    `${c.name(d.personId)} elected chair${d.advice === 'region-seat' ? ' (against the advice not to elect a member employed by the region)' : ''}`,
  SeatsSet: (d) =>
    `The council's seats: ${d.seats.map((s: { organisation: string }) => s.organisation).join(', ')}`,
  CouncilEnded: (d) => `${d.decidedBy} decided on ${d.decidedOn} to end the council on ${d.endsOn}`,
  CouncilSucceeded: (d) => `The council is succeeded by council ${d.successorId} from ${d.from}`,
  ChairVacated: (d, c) =>
    `The chair is empty: ${c.name(d.personId)} ${d.reason === 'resigned' ? 'resigned' : d.reason === 'stepped-down' ? 'stepped down as chair' : 'was replaced'}`,
  TermSet: (d) => `The council's term: ${d.startsOn} to ${d.endsOn}`,
  RemindersIssued: (d, c) =>
    d.deadline === 'extraordinary-meeting'
      ? `${c.names(d.recipients)} told that an extraordinary meeting must be called`
      : `Secretariat reminded that the ${d.deadline === 'term-end' ? 'term ends' : 'evaluation is due'} ${c.dateTime(d.dueAt)}`,
  CouncilContinued: (d) =>
    `${d.decidedBy} decided on ${d.decidedOn} to continue the council until ${d.until}`,
  SecretaryAssigned: (d) => `${d.name} assigned as secretary`,
  MeetingPlanAdopted: (d) =>
    `Meeting plan for ${d.year} adopted with ${d.meetings.length} meetings${d.fallsShortBy > 0 ? `, ${d.fallsShortBy} short of the ${d.expectedMeetings} the terms of reference ask for` : ''}`,
  ExtraordinaryMeetingRequested: (d, c) =>
    `${c.name(d.personId)} requested an extraordinary meeting: ${d.reason}`,
  ExtraordinaryMeetingRequired: (d, c) =>
    `An extraordinary meeting is required, requested by ${c.names(d.requestedBy)}`,
  ExtraordinaryMeetingCalled: (d, c) => `Extraordinary meeting called for ${c.dateTime(d.startsAt)}`,
  ExtraordinaryMeetingRequestWithdrawn: (d, c) =>
    `${c.name(d.personId)} withdrew the request for an extraordinary meeting`,
  ExtraordinaryMeetingRequestsLapsed: (d, c) =>
    `Requests for an extraordinary meeting from ${c.names(d.personIds)} lapsed (${d.reason === 'meeting-held' ? 'the council has met' : 'their period ran out'})`,
};

/** libs/councils/src/meeting/meeting.events.ts */
const KIND_DA: Record<string, string> = {
  ordinary: 'Ordinært møde',
  extraordinary: 'Ekstraordinært møde',
  annual: 'Årsmøde/temadag',
  'committee-dialogue': 'Dialogmøde med udvalg',
  'follow-up': 'Opfølgningsmøde',
  joint: 'Fællesmøde',
};
const KIND_EN: Record<string, string> = {
  ordinary: 'Ordinary meeting',
  extraordinary: 'Extraordinary meeting',
  annual: 'Annual meeting/theme day',
  'committee-dialogue': 'Dialogue meeting with a committee',
  'follow-up': 'Follow-up meeting',
  joint: 'Joint meeting',
};

export const meetingDa: Book = {
  MeetingScheduled: (d, c) =>
    `${KIND_DA[d.kind] ?? 'Møde'} ${d.startsAt ? `fastsat til ${c.dateTime(d.startsAt)}` : 'oprettet; dato og tidspunkt følger'}`,
  MeetingMoved: (d, c) =>
    d.startsAt
      ? `Mødet flyttet til ${c.dateTime(d.startsAt)}`
      : `Mødet ændret${d.place ? `: ${d.place}` : ''}`,
  MeetingCancelled: (d) => `Mødet aflyst: ${d.reason}`,
  AttendanceRecorded: (d) =>
    `Fremmøde registreret: ${d.present.length} til stede, ${d.absent.length} fraværende`,
  AgendaItemAdded: (d) => `Punktet "${d.title}" sat på dagsordenen`,
  AgendaItemFileAttached: (d) => `Bilaget "${d.title}" (${d.file.name}) vedhæftet punkt ${d.itemId}`,
  AgendaReordered: () => 'Dagsordenens rækkefølge ændret',
  ActionPointAdded: (d, c) =>
    `Opfølgningspunkt til ${d.ownerNamed ? namedOwner(d) : c.name(d.owner)}: ${d.text}`,
  ActionPointCompleted: () => 'Opfølgningspunkt udført',
  ActionPointDropped: (d) => `Opfølgningspunkt droppet: ${d.reason}`,
  AgendaItemPostponed: (d) => `Punkt ${d.itemId} udsat: ${d.reason}`,
  PostponedItemCarried: (d) => `Det udsatte punkt ${d.itemId} overført til mødet ${d.carriedTo}`,
  MinutesCorrected: (d) => `Referatet rettet for punkt ${d.itemId}: ${d.reason}`,
  AgendaItemDecided: (d) => `Beslutning om punkt ${d.itemId}: ${d.decision}`,
  MinutesApproved: (d) =>
    d.byMeeting ? `Referatet godkendt på mødet ${d.byMeeting.meetingId}` : 'Referatet godkendt',
  MinutesCirculated: (d, c) => `Udkast til referat sendt til kommentering, frist ${c.dateTime(d.commentsBy)}`,
  MinutesCommented: (d, c) =>
    `${c.name(d.by)} kommenterede udkastet til referat${d.late ? ' efter fristen' : ''}`,
  RemindersIssued: (d) =>
    d.deadline === 'meeting'
      ? `${d.recipients.length} medlemmer mindet om mødet`
      : d.deadline === 'minutes-comments'
        ? `${d.recipients.length} medlemmer mindet om fristen for kommentarer til referatet`
        : d.deadline === 'action-point'
          ? 'Mindet om et opfølgningspunkt'
          : 'Sekretariatet mindet om, at referatet ikke er godkendt',
};

export const meetingEn: Book = {
  MeetingScheduled: (d, c) =>
    `${KIND_EN[d.kind] ?? 'Meeting'} ${d.startsAt ? `scheduled for ${c.dateTime(d.startsAt)}` : 'added; date and time to follow'}`,
  MeetingMoved: (d, c) =>
    d.startsAt
      ? `Meeting moved to ${c.dateTime(d.startsAt)}`
      : `Meeting changed${d.place ? `: ${d.place}` : ''}`,
  MeetingCancelled: (d) => `Meeting cancelled: ${d.reason}`,
  AttendanceRecorded: (d) => `Attendance recorded: ${d.present.length} present, ${d.absent.length} absent`,
  AgendaItemAdded: (d) => `Agenda item "${d.title}" added`,
  AgendaItemFileAttached: (d) => `File "${d.file.name}" attached to item ${d.itemId} as "${d.title}"`,
  AgendaReordered: () => 'Agenda reordered',
  ActionPointAdded: (d, c) => `Action point for ${d.ownerNamed ? namedOwner(d) : c.name(d.owner)}: ${d.text}`,
  ActionPointCompleted: () => 'Action point done',
  ActionPointDropped: (d) => `Action point dropped: ${d.reason}`,
  AgendaItemPostponed: (d) => `Item ${d.itemId} postponed: ${d.reason}`,
  PostponedItemCarried: (d) => `Postponed item ${d.itemId} carried to meeting ${d.carriedTo}`,
  MinutesCorrected: (d) => `Minutes corrected on item ${d.itemId}: ${d.reason}`,
  AgendaItemDecided: (d) => `Decision on item ${d.itemId}: ${d.decision}`,
  MinutesApproved: (d) =>
    d.byMeeting ? `Minutes approved at meeting ${d.byMeeting.meetingId}` : 'Minutes approved',
  MinutesCirculated: (d, c) => `Draft minutes circulated for comments by ${c.dateTime(d.commentsBy)}`,
  MinutesCommented: (d, c) =>
    `${c.name(d.by)} commented on the draft minutes${d.late ? ' after the deadline' : ''}`,
  RemindersIssued: (d) =>
    d.deadline === 'meeting'
      ? `${d.recipients.length} members reminded of the meeting`
      : d.deadline === 'minutes-comments'
        ? `${d.recipients.length} members reminded of the deadline for comments on the minutes`
        : d.deadline === 'action-point'
          ? 'Reminded of an action point'
          : 'Secretary reminded that the minutes are not approved',
};

/** A named owner from the region (issue 17) is shown as written, with her organisation. */
function namedOwner(d: { owner: string; ownerOrganisation?: string }): string {
  return d.ownerOrganisation ? `${d.owner} (${d.ownerOrganisation})` : d.owner;
}
