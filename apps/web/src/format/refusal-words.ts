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
  body: 'Indholdet',
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
  /** Each field at fault: its label, and its message translated, or undefined if not known. */
  fields: { label: string; message: string; translated: boolean; original: string }[];
}

export function refusalText(
  refusal: { status: number; code?: string; fields?: Record<string, string[]> },
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
  return { summary, fields };
}

function statusCode(status: number): string {
  if (status === 400) return 'invalid_input';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'too_many_requests';
  return status >= 500 ? 'internal_error' : '';
}
