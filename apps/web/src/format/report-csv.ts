/**
 * The evaluation report as a CSV a Danish spreadsheet opens in columns (issue 19): `;` between
 * cells (a Danish Excel reads `,` as the decimal comma), decimal commas, a header in Danish, names
 * instead of person ids, CRLF lines, and a byte-order mark so the letters æ, ø, å survive. A
 * figure's path is named in Danish where the pages know the word; the API's key otherwise. A text
 * that a spreadsheet would run as a formula is prefixed with `'` (OWASP "CSV injection"), as the
 * API's own CSV does.
 */
export interface CsvWords {
  /** The Danish name of a key of the report, or undefined when the pages have none. */
  key(key: string): string | undefined;
  personName(personId: string): string;
  header: [string, string];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';

function cell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function number(n: number): string {
  return new Intl.NumberFormat('da-DK', { useGrouping: false, maximumFractionDigits: 4 }).format(n);
}

/** An element of a list is named by what it is about: a person, a year, an organisation … */
function itemName(item: Record<string, unknown>, index: number, words: CsvWords): string {
  if (typeof item.personId === 'string') return words.personName(item.personId);
  for (const k of ['name', 'title', 'organisation', 'year', 'kind', 'status', 'outcome'])
    if (typeof item[k] === 'string' || typeof item[k] === 'number') return String(item[k]);
  return String(index + 1);
}

export function reportCsv(report: unknown, words: CsvWords): string {
  const rows: [string, string][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (value === null || value === undefined) rows.push([path.join(' › '), '']);
    else if (typeof value === 'number') rows.push([path.join(' › '), number(value)]);
    else if (typeof value === 'string' || typeof value === 'boolean')
      rows.push([path.join(' › '), String(value)]);
    else if (Array.isArray(value)) {
      if (value.every((v) => typeof v !== 'object' || v === null))
        rows.push([path.join(' › '), value.join(', ')]);
      else
        value.forEach((v, i) =>
          walk(
            Object.fromEntries(
              Object.entries(v as Record<string, unknown>).filter(([k]) => k !== 'personId'),
            ),
            [...path, itemName(v as Record<string, unknown>, i, words)],
          ),
        );
    } else
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        walk(v, [...path, words.key(k) ?? k]);
  };
  walk(report, []);
  return BOM + [words.header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** The report's keys in Danish (libs/history/src/report); a key not here is written as the API names it. */
export const REPORT_KEYS_DA: Record<string, string> = {
  councilId: 'Råd',
  period: 'Periode',
  from: 'fra',
  to: 'til',
  events: 'Hændelser',
  hearings: 'Høringer',
  received: 'modtaget',
  submitted: 'afgivet',
  answeredOnTime: 'besvaret til tiden',
  answeredLate: 'besvaret for sent',
  lapsed: 'frist overskredet',
  declined: 'ikke besvaret',
  open: 'åbne',
  medianDaysToSubmit: 'median antal dage til svar',
  inputs: 'Input',
  total: 'i alt',
  late: 'for sent',
  byMember: 'pr. medlem',
  byOrganisation: 'pr. organisation',
  budgetProposals: 'Budgetforslag',
  decided: 'besluttet',
  adopted: 'vedtaget',
  'partly-adopted': 'delvist vedtaget',
  rejected: 'forkastet',
  withdrawn: 'trukket tilbage',
  grantedPerYear: 'bevilget pr. år (mio. kr.)',
  grantedPerBudgetYear: 'bevilget pr. budgetår (mio. kr.)',
  submittedBeforeDeadline: 'indsendt før fristen',
  submittedLate: 'indsendt for sent',
  submittedWithoutDeadline: 'indsendt uden frist',
  submissionDeadlinesMissed: 'overskredne afleveringsfrister',
  amount: 'beløb (mio. kr.)',
  followUps: 'Opfølgninger',
  followed: 'fulgt',
  onSchedule: 'efter planen',
  overdue: 'forsinket',
  concluded: 'afsluttet',
  statusReports: 'statusrapporter',
  milestones: 'milepæle',
  missed: 'ikke nået',
  verdicts: 'konklusioner',
  indicators: 'indikatorer',
  indicator: 'indikator',
  target: 'mål',
  latest: 'seneste værdi',
  unit: 'enhed',
  percentOfTarget: 'procent af målet',
  title: 'titel',
  meetings: 'Møder',
  held: 'holdt',
  planned: 'planlagt',
  attendance: 'fremmøde',
  averagePercentPresent: 'gennemsnitligt fremmøde (procent)',
  percentPresent: 'fremmøde (procent)',
  absent: 'fraværende',
  reminders: 'Påmindelser',
  issued: 'sendt',
  byKind: 'pr. slags',
  byType: 'pr. type',
  deadlines: 'Frister',
  council: 'Rådet',
  members: 'medlemmer',
  continuations: 'videreførelser',
  term: 'periode',
  timeZone: 'tidszone',
  kind: 'slags',
  type: 'type',
  includes: 'medtager rådene',
  ends: 'nedlæggelser',
  perYear: 'Pr. år',
  years: 'år',
  byOrigin: 'pr. oprindelse',
  'formal-hearing': 'formel høring',
  'early-involvement': 'inddraget før høring',
  'committee-invitation': 'invitation fra udvalg',
  'own-initiative': 'eget initiativ',
  leadTimeDays: 'svarfrist (dage fra modtaget)',
  median: 'median',
  distribution: 'fordeling',
  'under 7 days': 'under 7 dage',
  '7-13 days': '7-13 dage',
  '14-27 days': '14-27 dage',
  '28 days or more': '28 dage eller mere',
  involvedBeforeFormalHearing: 'inddraget før formel høring',
  cases: 'sager',
  percent: 'procent',
  ownInitiative: 'udtalelser på eget initiativ',
  minimum: 'minimum',
  againstPlan: 'holdt i forhold til planen',
  shortOfMinimum: 'mangler til minimum',
  actionPoints: 'Handlingspunkter',
  due: 'forfaldne',
  doneByDue: 'udført til tiden',
  present: 'til stede',
  casesByArea: 'sager pr. område',
  area: 'område',
};
