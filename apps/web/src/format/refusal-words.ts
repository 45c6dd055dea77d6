import type { Language } from '../i18n/language';

/**
 * The API refuses in English (its `detail` and `fields` messages are for developers too); a page
 * says it in the reader's language (issue 19). The problem's `code` gives the kind of refusal, a
 * field's dotted path its Danish label, and the common rules' messages their Danish sentence.
 * A message not known here is shown as the API wrote it, marked as English.
 */
const SUMMARIES: Record<string, string> = {
  invalid_input: 'Nogle af oplysningerne kan ikke bruges',
  invalid_state: 'Det kan ikke lade sig gøre, som sagen står nu',
  not_found: 'Det findes ikke (længere)',
  forbidden: 'Det må du ikke i din rolle',
  concurrency_conflict: 'Sagen er ændret, siden du åbnede den',
  conflict: 'Det strider mod det, der allerede er registreret',
  precondition_failed: 'Sagen er ændret, siden du åbnede den',
  too_many_requests: 'For mange forespørgsler lige nu. Prøv igen om lidt',
  unavailable: 'Systemet er midlertidigt utilgængeligt. Prøv igen om lidt',
  internal_error: 'Der skete en fejl i systemet',
  network: 'Ingen forbindelse til systemet',
  payload_too_large: 'Det sendte er for stort',
};

/** A field's last word (`grants.0.year` → `year`) in Danish. */
const FIELDS: Record<string, string> = {
  reason: 'Begrundelse',
  text: 'Tekst',
  title: 'Titel',
  summary: 'Resumé',
  comment: 'Kommentar',
  recipient: 'Modtager',
  responseDeadline: 'Høringsfrist',
  inputDeadline: 'Inputfrist',
  approvalDeadline: 'Godkendelsesfrist',
  at: 'Tidspunkt',
  on: 'Dato',
  asOf: 'Gælder pr.',
  occurredAt: 'Tidspunkt',
  due: 'Frist',
  date: 'Dato',
  year: 'år',
  amount: 'beløb',
  grants: 'Bevilling',
  costs: 'Omkostninger',
  rank: 'Placering',
  outcome: 'Udfald',
  responsible: 'Ansvarlig enhed',
  reportEvery: 'Statusrapport hver',
  phases: 'Fase',
  addPhases: 'Ny fase',
  addMilestones: 'Ny milepæl',
  milestones: 'Milepæl',
  milestone: 'Mødet',
  plannedStart: 'planlagt start',
  plannedEnd: 'planlagt slut',
  name: 'navn',
  personId: 'Person',
  personIds: 'Medlemmer',
  onBehalfOf: 'Medlem',
  meetingId: 'Møde',
  channel: 'Hvordan',
  committee: 'Udvalg',
  submissionDeadline: 'Afleveringsfrist',
  startsAt: 'Tidspunkt',
  place: 'Sted',
  decision: 'Beslutning',
  verdict: 'Konklusion',
  evaluationDue: 'Midtvejsevaluering',
  reminderOffsets: 'Påmindelser',
  email: 'E-mail',
  organisation: 'Organisation',
  startsOn: 'Første dag',
  endsOn: 'Sidste dag',
  evaluationDueBy: 'Evalueringen senest',
  decidedBy: 'Besluttet af',
  decidedOn: 'Besluttet den',
  until: 'Forlænget til',
  seats: 'Plads',
  type: 'Type',
  ordinaryMeetingsPerYear: 'Ordinære møder om året',
  requestsLapseAfter: 'En anmodning bortfalder efter',
  'If-Match': 'Sagens version',
  endsAt: 'Sluttidspunkt',
  online: 'Online-link',
  commentsBy: 'Frist for kommentarer',
  owner: 'Ansvarlig',
  ownerName: 'Den ansvarliges navn',
  ownerOrganisation: 'Den ansvarliges organisation',
  'byMeeting.meetingId': 'Godkendt på mødet',
  dueAt: 'Frist',
  present: 'Til stede',
  absent: 'Fraværende',
  notice: 'afbud',
  guests: 'Gæst',
  presenters: 'Oplægsholder',
  attachments: 'Bilag',
  url: 'link',
  file: 'Fil',
  itemIds: 'Dagsordenens punkter',
  caseId: 'Sags-ID',
  fromCouncilId: 'Forgængerråd',
  kind: 'Slags sag',
  documentId: 'Dok-ID',
  body: 'Indholdet',
  // A submission's and a new follow-up's plan (issue 19: every write from a page).
  lateReason: 'Hvorfor for sent',
  responsibleSecretaryId: 'Ansvarlig sekretær',
  indicators: 'Indikator',
  unit: 'enhed',
  target: 'mål',
  comparator: 'sammenligning',
  period: 'periode',
  periodStartsOn: 'første periode begynder',
  baseline: 'udgangspunkt',
};

const MESSAGES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/should not be empty$/, () => 'skal udfyldes'],
  [/must be a text that is not blank, at most (\d+) characters/, (m) => `skal udfyldes (højst ${m[1]} tegn)`],
  [/must be a string$/, () => 'skal være tekst'],
  [/must be a number|must be an integer/, () => 'skal være et tal'],
  [/must be an RFC 3339 time|must be a valid ISO 8601 date/, () => 'skal være et tidspunkt'],
  [/must be a date, e\.g\./, () => 'skal være en dato'],
  [/must be an ISO 8601 duration/, () => 'skal være en varighed, fx 7 dage'],
  [/must be an amount in million DKK/, () => 'skal være et beløb i mio. kr. med højst to decimaler'],
  [/must be at most (\d+) characters/, (m) => `må højst være ${m[1]} tegn`],
  [/must not be in the future/, () => 'må ikke ligge i fremtiden'],
  [/must be in the future/, () => 'skal ligge i fremtiden'],
  [/has no cost for (\d+)/, (m) => `forslaget har ingen omkostninger i ${m[1]}`],
  [/an objection needs a comment/, () => 'en indsigelse skal have en kommentar'],
  [/nothing to change/, () => 'der er ikke ændret noget'],
  [/ends before it starts/, () => 'slutter, før den begynder'],
  // The meetings' rules (libs/councils meeting): the same sentences the pages' forms meet.
  [/endsAt must be after startsAt/, () => 'skal ligge efter starttidspunktet'],
  [/an end time needs a start time/, () => 'kræver et starttidspunkt'],
  [/commentsBy must be after now/, () => 'skal ligge i fremtiden, så medlemmerne kan nå at kommentere'],
  [/must be an http\(s\) link/, () => 'skal være et http(s)-link'],
  [/the file's bytes are \S+, not the declared/, () => 'filens indhold passer ikke til dens filtype'],
  [/the file must be one of/, () => 'skal være en PDF-, DOCX- eller XLSX-fil'],
  [/a file is required/, () => 'vælg en fil'],
  [/a dialogue meeting names the regional committee/, () => 'et dialogmøde nævner det udvalg, der inviterer'],
  [/someone is listed twice|lists someone twice/, () => 'en person står der to gange'],
  [/lateReason must say why the proposal joins late/, () => 'skal sige, hvorfor forslaget kommer for sent'],
  [/is not a secretary of this council/, () => 'er ikke sekretær i rådet'],
  // Carrying a case over (issue 18.3, composition carry-over).
  [/council \S+ does not succeed council (\S+)/, (m) => `rådet efterfølger ikke ${m[1]}`],
  [
    /council (\S+) has no (hearing|follow-up) (\S+)/,
    (m) => `${m[1]} har ingen ${m[2] === 'hearing' ? 'høring' : 'opfølgning'} ${m[3]}`,
  ],
  [/the budget cycle has no committee/, () => 'budgetåret har ikke det udvalg'],
  [
    /a meeting whose date is to follow has no startsAt/,
    () => 'et møde, hvis dato følger, har intet tidspunkt endnu',
  ],
];

/**
 * The meetings' refusals of a whole step (409, 404, 413), said as the secretariat would; the
 * API's own words stay beside them, marked English. Item numbers and titles are kept.
 */
const DETAILS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /items without a decision: (.+?); each item is decided, noted or postponed/,
    (m) =>
      `Disse punkter er hverken besluttet, taget til efterretning eller udsat: ${m[1].replace(/\(item (\d+), /g, '(punkt $1, ')}`,
  ],
  [
    /the draft minutes are out for comments until/,
    () => 'Udkastet er sendt til kommentering; referatet godkendes efter fristen',
  ],
  [/the draft minutes have not been circulated/, () => 'Udkastet til referat er ikke sendt til kommentering'],
  [
    /the agenda is reordered until the meeting begins/,
    () => 'Dagsordenens rækkefølge ændres kun, indtil mødet begynder',
  ],
  [/is decided; it is not postponed/, () => 'Punktet er besluttet og kan ikke udsættes'],
  [
    /is postponed; it is decided where it was carried to/,
    () => 'Punktet er udsat og besluttes på det møde, det blev sat på',
  ],
  [
    /a meeting with decisions was held; it is not cancelled/,
    () => 'Mødet er holdt og har beslutninger; det aflyses ikke',
  ],
  [/meeting \S+ is cancelled/, () => 'Mødet er aflyst'],
  [/meeting \S+ has no date yet/, () => 'Mødet har endnu ingen dato'],
  [
    /the minutes are circulated after the meeting|an item is decided at or after the meeting|the minutes of a meeting are approved after it/,
    () => 'Det sker, når mødet er holdt',
  ],
  [/the minutes are approved; /, () => 'Referatet er godkendt og ligger fast'],
  [
    /(\S+) is neither a member nor a secretary of the council/,
    (m) => `${m[1]} er hverken medlem af eller sekretær for rådet`,
  ],
  [/(\S+) is not a member of the council/, (m) => `${m[1]} er ikke medlem af rådet`],
  [/action point \S+ is done; it is not dropped/, () => 'Opfølgningspunktet er udført og droppes ikke'],
  [/action point \S+ was dropped/, () => 'Opfølgningspunktet er droppet'],
  [/only the chair in office approves the minutes/, () => 'Kun den siddende formand godkender referatet'],
  [
    /a secretary does not approve the minutes on her own/,
    () =>
      'Sekretæren godkender ikke selv referatet: det gør den siddende formand, eller angiv mødet, der godkendte det',
  ],
  [/meeting (\S+) has not been held; /, (m) => `Mødet ${m[1]} er ikke holdt endnu`],
  [/meeting (\S+) was cancelled; it approved nothing/, (m) => `Mødet ${m[1]} blev aflyst og godkendte intet`],
  [/byMeeting.meetingId must name a meeting after this one/, () => 'Angiv et møde efter dette'],
  [
    /give owner \(a person id\) or ownerName, not both/,
    () => 'Angiv enten en person fra rådet eller et navn, ikke begge',
  ],
  [/owner or ownerName must be given/, () => 'Angiv, hvem der er ansvarlig'],
  [/ownerOrganisation goes with ownerName/, () => 'Organisationen hører til et navn'],
  [
    /council (\S+) takes its own writes until (\S+); carry its cases over from then/,
    (m) => `${m[1]} arbejder selv med sine sager til ${m[2]}; de kan overføres derefter`,
  ],
  [/this council already has a (hearing|follow-up) (\S+)/, (m) => `Rådet har allerede sin egen sag ${m[2]}`],
  [
    /only an open (hearing|follow-up) is carried over/,
    (m) => `Kun en åben ${m[1] === 'hearing' ? 'høring' : 'opfølgning'} kan overføres`,
  ],
  [/File too large/i, () => 'Filen er større end 20 MB'],
];

/** `grants.0.year` → "Bevilling 1, år". Unknown words stay as the API named them. */
export function fieldLabel(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part) && parts.length) parts[parts.length - 1] += ` ${Number(part) + 1}`;
    else parts.push(FIELDS[part] ?? part);
  }
  return parts.join(', ');
}

export interface RefusalText {
  /** In the reader's language. */
  summary: string;
  /** The step's refusal in the reader's language, when it is one the pages know. */
  detail?: string;
  /** Each field at fault: its label, and its message translated, or undefined if not known. */
  fields: { label: string; message: string; translated: boolean; original: string }[];
}

export function refusalText(
  refusal: { status: number; code?: string; fields?: Record<string, string[]>; message?: string },
  language: Language,
): RefusalText | undefined {
  if (language !== 'da') return undefined;
  const code = refusal.code ?? (refusal.status === 0 ? 'network' : undefined);
  const summary = (code && SUMMARIES[code]) ?? SUMMARIES[statusCode(refusal.status)] ?? 'Det blev afvist';
  const fields = Object.entries(refusal.fields ?? {}).flatMap(([path, messages]) =>
    messages.map((message) => {
      for (const [pattern, say] of MESSAGES) {
        const m = pattern.exec(message);
        if (m) return { label: fieldLabel(path), message: say(m), translated: true, original: message };
      }
      return { label: fieldLabel(path), message, translated: false, original: message };
    }),
  );
  const known = DETAILS.map(([pattern, say]) => {
    const m = pattern.exec(refusal.message ?? '');
    return m && say(m);
  }).find(Boolean);
  return { summary, fields, ...(known && { detail: known }) };
}

function statusCode(status: number): string {
  if (status === 400) return 'invalid_input';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'too_many_requests';
  return status >= 500 ? 'internal_error' : '';
}
