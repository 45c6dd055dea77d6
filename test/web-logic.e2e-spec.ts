/**
 * The web app's pure parts, bundled by the same esbuild as the pages (jest's ts-jest does not
 * take the app's .tsx) and run in Node: the council's time zone across daylight saving, reading
 * a token, the chain's left-to-right order, what is due soonest, and the report walk.
 */
import { build } from 'esbuild';
import type { BudgetCycleEvent, BudgetProposalEvent } from '@app/budget';
import type { CouncilEvent, MeetingEvent } from '@app/councils';
import type { FollowUpEvent } from '@app/follow-ups';
import type { HearingEvent } from '@app/hearings';
import { resolve } from 'node:path';

interface Logic {
  nextMeetingDue(
    meetings: unknown[],
    nowMs: number,
    t: (k: string, v?: Record<string, unknown>) => string,
  ): { link: string } | undefined;
  zonedToIso(local: string, timeZone: string): string | undefined;
  isoToZonedLocal(iso: string | number, timeZone: string): string;
  decodeToken(token: string): { sub: string; role: string; council?: string } | undefined;
  layoutChain(chain: unknown): {
    nodes: { node: { id: string }; x: number; y: number; root: boolean }[];
    edges: unknown[];
  };
  hearingDue(
    h: unknown,
    nowMs: number,
    t: (k: string, v?: Record<string, unknown>) => string,
    name: (id: string) => string,
  ): {
    at: string;
    what: string;
    detail?: string;
    overdue: boolean;
  };
  reportFigures(report: unknown): {
    charts: { title: string; bars: [string, number][] }[];
    numbers: [string, number][];
  };
  translator(language: 'da' | 'en'): (k: string, v?: Record<string, unknown>) => string;
  dateFormat(language: 'da' | 'en', timeZone: string): unknown;
  describeEvent(
    entry: {
      kind: string;
      type: string;
      data?: unknown;
      description: string;
      actor: { personId: string; role: string };
    },
    using: unknown,
  ): { who: string; what: string };
  knownSentences(language: 'da' | 'en'): Record<string, string[]>;
  reportQuery(
    choice: { kind: 'term' } | { kind: 'year'; year: number } | { kind: 'dates'; from: string; to: string },
    includePredecessors: boolean,
  ): string;
  occurredAtOf(date: string, timeZone: string, nowMs?: number): { occurredAt?: string };
  plainDate(language: 'da' | 'en', date: string | undefined | null): string;
}

const SRC = resolve(__dirname, '../apps/web/src');

async function loadLogic(): Promise<Logic> {
  const result = await build({
    stdin: {
      contents: [
        `export { zonedToIso, isoToZonedLocal } from './format/zoned-time';`,
        `export { decodeToken } from './session/token';`,
        `export { layoutChain } from './chain/chain-layout';`,
        `export { hearingDue, nextMeetingDue } from './features/overview/due-items';`,
        `export { reportFigures } from './features/history/report-figures';`,
        `export { translator } from './i18n/language';`,
        `export { dateFormat } from './format/date-format';`,
        `export { describeEvent } from './format/describe';`,
        `export { knownSentences } from '../../../libs/event-sentences/src';`,
        `export { reportQuery } from './features/history/report-period';`,
        `export { occurredAtOf, plainDate } from './format/plain-date';`,
      ].join('\n'),
      resolveDir: SRC,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  const module = { exports: {} as Logic };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

describe('the web app’s logic', () => {
  let logic: Logic;
  beforeAll(async () => {
    logic = await loadLogic();
  }, 30_000);

  it('takes as the next meeting neither a cancelled one nor one whose date is to follow', () => {
    const t = (k: string) => k;
    const row = (id: string, startsAt: string | null, cancelled = false) => ({
      id,
      startsAt,
      cancelled,
      place: null,
    });
    const meetings = [
      row('undated', null),
      row('cancelled', '2026-02-01T10:00:00Z', true),
      row('later', '2026-03-05T14:00:00Z'),
    ];
    expect(logic.nextMeetingDue(meetings, Date.parse('2026-01-29T12:00:00Z'), t)?.link).toBe(
      'meetings/later',
    );
  });

  it('turns a wall-clock time in the council’s zone into ISO with the offset of that day', () => {
    // Seed 000's deadline in winter time, a summer date, and both sides of the spring change.
    expect(logic.zonedToIso('2022-01-28T23:59', 'Europe/Copenhagen')).toBe('2022-01-28T23:59:00+01:00');
    expect(logic.zonedToIso('2022-03-30T15:00', 'Europe/Copenhagen')).toBe('2022-03-30T15:00:00+02:00');
    expect(logic.zonedToIso('2026-03-29T01:30', 'Europe/Copenhagen')).toBe('2026-03-29T01:30:00+01:00');
    expect(logic.zonedToIso('2026-03-29T03:30', 'Europe/Copenhagen')).toBe('2026-03-29T03:30:00+02:00');
    expect(logic.zonedToIso('2026-01-01', 'America/New_York')).toBe('2026-01-01T00:00:00-05:00');
    expect(logic.zonedToIso('yesterday', 'Europe/Copenhagen')).toBeUndefined();
    expect(logic.isoToZonedLocal('2022-01-28T22:59:00Z', 'Europe/Copenhagen')).toBe('2022-01-28T23:59');
    expect(logic.isoToZonedLocal('2022-07-01T10:00:00Z', 'Europe/Copenhagen')).toBe('2022-07-01T12:00');
  });

  it('reads a token’s claims without trusting it, and refuses what is not a token', () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${part({ alg: 'HS256' })}.${part({ sub: 'søren', role: 'member', council: 'c1' })}.sig`;
    expect(logic.decodeToken(token)).toMatchObject({ sub: 'søren', role: 'member', council: 'c1' });
    expect(logic.decodeToken('not-a-token')).toBeUndefined();
    expect(logic.decodeToken(`${part({})}.${part({ role: 'member' })}.x`)).toBeUndefined();
  });

  it('draws the chain from input to implementation, left to right', () => {
    const hearing = { kind: 'hearings', id: 'h1', found: true };
    const proposal = { kind: 'budget-proposals', id: 'p1', found: true };
    const followUp = { kind: 'follow-ups', id: 'f1', found: true };
    const { nodes, edges } = logic.layoutChain({
      root: proposal,
      cameFrom: [{ from: proposal, relation: 'derivedFrom', to: hearing }],
      ledTo: [{ from: followUp, relation: 'implements', to: proposal }],
      nodes: [hearing, proposal, followUp],
    });
    const x = Object.fromEntries(nodes.map((n) => [n.node.id, n.x]));
    expect(x.h1).toBeLessThan(x.p1);
    expect(x.p1).toBeLessThan(x.f1);
    expect(nodes.find((n) => n.root)?.node.id).toBe('p1');
    expect(edges).toHaveLength(2);
  });

  it('puts a hearing at its next deadline, naming who has not given input or answered', () => {
    const t = logic.translator('da');
    const hearing = {
      id: 'h1',
      title: 'Høring',
      status: 'open',
      inputDeadline: '2022-01-26T22:59:00Z',
      responseDeadline: '2022-01-28T22:59:00Z',
      inputs: [
        { personId: 'kira', status: 'given' },
        { personId: 'rani', status: 'missing' },
      ],
    };
    const names = (id: string) => ({ kira: 'Kira Madsen', rani: 'Rani Olsen' })[id] ?? id;
    const before = logic.hearingDue(hearing, Date.parse('2022-01-20T10:00:00Z'), t, names);
    expect(before).toMatchObject({ at: '2022-01-26T22:59:00Z', what: 'Inputfrist', overdue: false });
    expect(before.detail).toContain('Mangler input fra: Rani Olsen');
    const after = logic.hearingDue(hearing, Date.parse('2022-01-27T10:00:00Z'), t, names);
    expect(after).toMatchObject({ at: '2022-01-28T22:59:00Z', what: 'Høringsfrist', overdue: false });
    const asking = logic.hearingDue(
      {
        ...hearing,
        status: 'awaiting-approval',
        approval: {
          approvalDeadline: '2022-01-26T11:00:00Z',
          answers: [
            { personId: 'kira', answer: 'approved' },
            { personId: 'rani', answer: 'pending' },
          ],
        },
      },
      Date.parse('2022-01-25T10:00:00Z'),
      t,
      names,
    );
    expect(asking).toMatchObject({ at: '2022-01-26T11:00:00Z', what: 'Godkendelsesfrist' });
    expect(asking.detail).toBe('venter på godkendelse · Mangler svar fra: Rani Olsen');
  });

  it('finds the charts in any report: counts by key and labelled lists', () => {
    const figures = logic.reportFigures({
      events: 25,
      budgetProposals: {
        decided: { adopted: 1, rejected: 2 },
        grantedPerYear: [{ year: 2023, amount: 2.5 }],
      },
    });
    expect(figures.numbers).toEqual([['events', 25]]);
    expect(figures.charts).toEqual([
      {
        title: 'budgetProposals › decided',
        bars: [
          ['adopted', 1],
          ['rejected', 2],
        ],
      },
      { title: 'budgetProposals › grantedPerYear', bars: [['2023', 2.5]] },
    ]);
  });

  it('speaks Danish by default and English on request, filling in the values', () => {
    const da = logic.translator('da');
    const en = logic.translator('en');
    expect(da('whoAmI', { name: 'Anja', role: 'sekretær', council: 'Rådet' })).toBe(
      'Anja · sekretær · Rådet',
    );
    expect(en('overviewTitle')).toBe('What is due – soonest first');
  });

  it('says what happened in the reader’s language, with names and the council’s zone', () => {
    const names: Record<string, string> = { anna: 'Anna Holm', bo: 'Bo Berg', sofie: 'Sofie Dahl' };
    const using = (language: 'da' | 'en') => ({
      t: logic.translator(language),
      language,
      fmt: logic.dateFormat(language, 'Europe/Copenhagen'),
      personName: (id: string) => names[id] ?? id,
    });
    const opened = {
      kind: 'hearings',
      type: 'HearingOpened',
      data: {
        title: 'Samarbejdsaftaler',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: '2022-01-28T11:00:00Z',
      },
      description: 'sofie (secretary): opened the hearing …',
      actor: { personId: 'sofie', role: 'secretary' },
    };
    // 11:00 UTC is noon in Copenhagen in January.
    expect(logic.describeEvent(opened, using('da'))).toEqual({
      who: 'Sofie Dahl (sekretær)',
      what: expect.stringMatching(
        /^åbnede høringen "Samarbejdsaftaler" fra Region Hovedstaden, høringsfrist 28\. jan\. 2022.* 12[.:]00$/,
      ),
    });
    expect(logic.describeEvent(opened, using('en')).what).toMatch(
      /^opened the hearing .* response due 28 Jan 2022.* 12:00$/,
    );
    const passed = {
      kind: 'hearings',
      type: 'InputDeadlinePassed',
      data: { inputDeadline: '2022-01-26T11:00:00Z', missing: ['anna', 'bo'] },
      description: 'system: the input deadline passed; no input from anna, bo',
      actor: { personId: 'system', role: 'system' },
    };
    expect(logic.describeEvent(passed, using('da')).what).toBe(
      'inputfristen udløb; intet input fra Anna Holm og Bo Berg',
    );
    expect(logic.describeEvent(passed, using('en')).what).toBe(
      'the input deadline passed; no input from Anna Holm and Bo Berg',
    );
    const decided = {
      kind: 'budget-proposals',
      type: 'BudgetProposalDecided',
      data: { outcome: 'adopted', grants: [{ year: 2023, amount: 2.5 }] },
      description: 'sofie (secretary): Decided: adopted',
      actor: { personId: 'sofie', role: 'secretary' },
    };
    expect(logic.describeEvent(decided, using('da')).what).toBe('Besluttet: vedtaget (2023: 2,5 mio. kr.)');
    // Seed 000's mail round: an answer the secretary recorded says whose it is and how it came.
    const byMail = {
      kind: 'hearings',
      type: 'HearingApprovalAnswered',
      data: { personId: 'anna', draftVersion: 1, approve: true, recordedBy: 'sofie', channel: 'mail' },
      description: 'sofie (secretary): recorded that anna approved draft 1 given by mail',
      actor: { personId: 'sofie', role: 'secretary' },
    };
    expect(logic.describeEvent(byMail, using('da')).what).toBe(
      'registrerede, at Anna Holm godkendte udkast 1 pr. mail',
    );
    expect(logic.describeEvent(byMail, using('en')).what).toBe(
      'recorded that Anna Holm approved draft 1 by mail',
    );
    const grown = {
      kind: 'follow-ups',
      type: 'PlanRevised',
      data: {
        reason: 'Styregruppens beslutning',
        added: {
          phases: [],
          milestones: [{ id: 'milestone-2', name: 'Fælles visitation', due: '2026-09-01' }],
        },
        dropped: { phases: [{ id: 'fase-3', name: 'Fase 3', plannedStart: '2026-07-01' }], milestones: [] },
      },
      description: 'sofie (secretary): revised the plan: Styregruppens beslutning',
      actor: { personId: 'sofie', role: 'secretary' },
    };
    expect(logic.describeEvent(grown, using('da')).what).toBe(
      'reviderede planen (tilføjede Fælles visitation; fjernede Fase 3): Styregruppens beslutning',
    );
    // A type the pages do not know yet keeps the API's line, without its lead.
    const unknown = {
      ...opened,
      type: 'HearingRenamed',
      description: 'sofie (secretary): renamed the hearing',
    };
    expect(logic.describeEvent(unknown, using('da')).what).toBe('renamed the hearing');
  });

  it('has a sentence in both languages for every event type the libs record', () => {
    // Typed against the libs' unions: a new event type fails the type check until it is listed here.
    const hearings: Record<HearingEvent['type'], true> = {
      HearingOpened: true,
      HearingInputSubmitted: true,
      HearingInputRevised: true,
      HearingInputWithdrawn: true,
      HearingResponseDrafted: true,
      HearingApprovalRequested: true,
      HearingApprovalAnswered: true,
      HearingResponseSignedOff: true,
      HearingResponseSubmitted: true,
      HearingDeclined: true,
      HearingDeadlineExtended: true,
      HearingMembersInvited: true,
      InputDeadlinePassed: true,
      ApprovalDeadlinePassed: true,
      HearingLapsed: true,
      RemindersIssued: true,
      CaseCarriedOver: true,
      CaseCarriedIn: true,
    };
    const councils: Record<CouncilEvent['type'], true> = {
      CouncilCreated: true,
      MemberAppointed: true,
      MemberResigned: true,
      ChairElected: true,
      ChairVacated: true,
      CouncilContinued: true,
      TermSet: true,
      SeatsSet: true,
      CouncilEnded: true,
      CouncilSucceeded: true,
      RemindersIssued: true,
      SecretaryAssigned: true,
      MeetingPlanAdopted: true,
      ExtraordinaryMeetingRequested: true,
      ExtraordinaryMeetingRequired: true,
      ExtraordinaryMeetingCalled: true,
      CouncilTermsSet: true,
      ExtraordinaryMeetingRequestWithdrawn: true,
      ExtraordinaryMeetingRequestsLapsed: true,
    };
    const meetings: Record<MeetingEvent['type'], true> = {
      MeetingScheduled: true,
      MeetingMoved: true,
      MeetingCancelled: true,
      AttendanceRecorded: true,
      AgendaItemAdded: true,
      AgendaItemFileAttached: true,
      AgendaReordered: true,
      ActionPointAdded: true,
      ActionPointCompleted: true,
      ActionPointDropped: true,
      AgendaItemPostponed: true,
      PostponedItemCarried: true,
      MinutesCorrected: true,
      AgendaItemDecided: true,
      MinutesApproved: true,
      MinutesCirculated: true,
      MinutesCommented: true,
      RemindersIssued: true,
    };
    const followUps: Record<FollowUpEvent['type'], true> = {
      FollowUpCreated: true,
      PhaseStarted: true,
      PhaseCompleted: true,
      MilestoneMet: true,
      MilestoneMissed: true,
      StatusReportSubmitted: true,
      PlanRevised: true,
      EvaluationRecorded: true,
      VerdictGiven: true,
      RemindersIssued: true,
      StatusReportOverdue: true,
      MilestoneOverdue: true,
      EvaluationOverdue: true,
      CaseCarriedOver: true,
      CaseCarriedIn: true,
    };
    const cycles: Record<BudgetCycleEvent['type'], true> = {
      BudgetCycleCreated: true,
      BudgetMilestoneMoved: true,
      BudgetMilestoneAdded: true,
      BudgetMilestoneCancelled: true,
      RemindersIssued: true,
      SubmissionDeadlinePassed: true,
    };
    const proposals: Record<BudgetProposalEvent['type'], true> = {
      BudgetProposalDrafted: true,
      BudgetProposalFieldChanged: true,
      BudgetProposalRemarksWritten: true,
      BudgetProposalSubmitted: true,
      BudgetProposalDiscussed: true,
      BudgetProposalPrioritised: true,
      BudgetProposalNotPrioritised: true,
      BudgetProposalApprovedByCommittee: true,
      BudgetProposalNegotiationsEntered: true,
      BudgetProposalDecided: true,
      BudgetProposalWithdrawn: true,
      BudgetProposalSubmissionDeadlineMissed: true,
      BudgetProposalMergedFrom: true,
      BudgetProposalMergedInto: true,
    };
    const recorded = Object.fromEntries(
      Object.entries({
        hearings,
        councils,
        meetings,
        'follow-ups': followUps,
        'budget-cycles': cycles,
        'budget-proposals': proposals,
      }).map(([kind, types]) => [kind, Object.keys(types).sort()]),
    );
    const sorted = (book: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(book).map(([kind, types]) => [kind, [...types].sort()]));
    expect(sorted(logic.knownSentences('da'))).toEqual(recorded);
    expect(sorted(logic.knownSentences('en'))).toEqual(recorded);
  });

  it('asks the report for the term, a year or two days, as plain dates (issue 18.7)', () => {
    expect(logic.reportQuery({ kind: 'term' }, false)).toBe('');
    expect(logic.reportQuery({ kind: 'year', year: 2025 }, false)).toBe('?from=2025-01-01&to=2025-12-31');
    expect(logic.reportQuery({ kind: 'dates', from: '2025-08-19', to: '2026-12-31' }, true)).toBe(
      '?from=2025-08-19&to=2026-12-31&includePredecessors=true',
    );
    expect(logic.reportQuery({ kind: 'term' }, true)).toBe('?includePredecessors=true');
  });

  it('sends the day something happened as noon of that day in the council’s zone, and today as nothing (issue 18.1)', () => {
    const now = Date.parse('2026-03-29T22:30:00Z'); // 30 March in Copenhagen, after the switch to summer time
    expect(logic.occurredAtOf('', 'Europe/Copenhagen', now)).toEqual({});
    expect(logic.occurredAtOf('2026-03-30', 'Europe/Copenhagen', now)).toEqual({});
    expect(logic.occurredAtOf('2026-03-28', 'Europe/Copenhagen', now)).toEqual({
      occurredAt: '2026-03-28T12:00:00+01:00',
    });
    expect(logic.occurredAtOf('2025-09-01', 'Europe/Copenhagen', now)).toEqual({
      occurredAt: '2025-09-01T12:00:00+02:00',
    });
    // A later day is sent, so the API's own refusal is what the page shows.
    expect(logic.occurredAtOf('2026-04-02', 'Europe/Copenhagen', now).occurredAt).toBe(
      '2026-04-02T12:00:00+02:00',
    );
    expect(logic.plainDate('da', '2025-08-19')).toBe('19. aug. 2025');
    expect(logic.plainDate('en', '2025-08-19')).toBe('19 Aug 2025');
    expect(logic.plainDate('da', undefined)).toBe('–');
  });
});
