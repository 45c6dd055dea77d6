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
  ChairElected: (d, c) => `${c.name(d.personId)} valgt som formand`,
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
  ChairElected: (d, c) => `${c.name(d.personId)} elected chair`,
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
export const meetingDa: Book = {
  MeetingScheduled: (d, c) =>
    `${d.kind === 'extraordinary' ? 'Ekstraordinært' : 'Ordinært'} møde fastsat til ${c.dateTime(d.startsAt)}`,
  AgendaItemAdded: (d) => `Punktet "${d.title}" sat på dagsordenen`,
  AgendaItemDecided: (d) => `Beslutning om punkt ${d.itemId}: ${d.decision}`,
  MinutesApproved: () => 'Referatet godkendt',
  RemindersIssued: (d) =>
    d.deadline === 'meeting'
      ? `${d.recipients.length} medlemmer mindet om mødet`
      : 'Sekretariatet mindet om, at referatet ikke er godkendt',
};

export const meetingEn: Book = {
  MeetingScheduled: (d, c) =>
    `${d.kind === 'extraordinary' ? 'Extraordinary' : 'Ordinary'} meeting scheduled for ${c.dateTime(d.startsAt)}`,
  AgendaItemAdded: (d) => `Agenda item "${d.title}" added`,
  AgendaItemDecided: (d) => `Decision on item ${d.itemId}: ${d.decision}`,
  MinutesApproved: () => 'Minutes approved',
  RemindersIssued: (d) =>
    d.deadline === 'meeting'
      ? `${d.recipients.length} members reminded of the meeting`
      : 'Secretary reminded that the minutes are not approved',
};
