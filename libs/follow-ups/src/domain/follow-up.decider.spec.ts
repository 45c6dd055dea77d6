import { deciderSpec, InvalidInputError, InvalidStateError, NotFoundError } from '@app/kernel';
import type {
  CompleteMilestone,
  CompletePhase,
  GiveVerdict,
  IssueFollowUpReminders,
  RecordEvaluation,
  RecordFollowUpDeadlinePassed,
  RevisePlan,
  StartPhase,
  SubmitStatusReport,
} from './follow-up.commands';
import { followUpDecider } from './follow-up.decider';
import type { FollowUpEvent } from './follow-up.events';
import { command, CREATED_AT, createIdd, iddCreated } from './follow-up.fixtures';

const spec = deciderSpec(followUpDecider);
const NOW = '2026-02-01T09:00:00.000Z';
const started = (phaseId: string, startedOn: string): FollowUpEvent => ({
  type: 'PhaseStarted',
  data: { phaseId, startedOn },
});
const verdict: FollowUpEvent = {
  type: 'VerdictGiven',
  data: { verdict: 'continue', reason: 'works', givenOn: NOW },
};

describe('follow-up decider: creation', () => {
  it('records what it implements, the plan, and grants copied from the decision with a link', () => {
    spec.given([]).when(createIdd()).then([iddCreated()]);
  });

  it('keeps grants the caller gives, without claiming they came from the decision', () => {
    const { grantsFrom: _link, ...data } = iddCreated().data;
    spec
      .given([])
      .when(createIdd({ grants: [{ year: 2027, amount: 3 }] }))
      .then([{ type: 'FollowUpCreated', data: { ...data, grants: [{ year: 2027, amount: 3 }] } }]);
  });

  it('refuses a follow-up of a rejected proposal (409)', () => {
    spec
      .given([])
      .when(createIdd({ facts: { found: true, outcome: 'rejected' } }))
      .thenThrows(InvalidStateError, /rejected/);
  });

  it('refuses a proposal not yet decided, a hearing without response, an undecided item', () => {
    spec
      .given([])
      .when(createIdd({ facts: { found: true, outcome: 'undecided' } }))
      .thenThrows(InvalidStateError);
    spec
      .given([])
      .when(createIdd({ implements: { kind: 'hearing', id: 'h1' }, facts: { found: true, outcome: 'open' } }))
      .thenThrows(InvalidStateError);
    spec
      .given([])
      .when(
        createIdd({
          implements: { kind: 'meeting-item', id: 'meet-1', itemId: 'i2' },
          facts: { found: true, outcome: 'undecided' },
        }),
      )
      .thenThrows(InvalidStateError);
  });

  it('accepts a submitted hearing response and a decided meeting item', () => {
    const item = followUpDecider.decide(
      createIdd({
        implements: { kind: 'meeting-item', id: 'meet-1', itemId: 'i2' },
        facts: { found: true, outcome: 'decided' },
      }),
      followUpDecider.initialState,
    );
    expect(item[0].type).toBe('FollowUpCreated');
    expect((item[0].data as { implements: unknown }).implements).toEqual({
      kind: 'meeting-item',
      id: 'meet-1',
      itemId: 'i2',
    });
    const hearing = followUpDecider.decide(
      createIdd({
        implements: { kind: 'hearing', id: 'h1' },
        facts: { found: true, outcome: 'response-submitted' },
      }),
      followUpDecider.initialState,
    );
    expect((hearing[0].data as { grants: unknown }).grants).toEqual([]);
  });

  it('refuses a link to a case that does not exist (404) or was never checked', () => {
    spec
      .given([])
      .when(createIdd({ facts: { found: false } }))
      .thenThrows(NotFoundError);
    spec
      .given([])
      .when(createIdd({ facts: undefined }))
      .thenThrows(InvalidStateError, /not checked/);
  });

  it('refuses bad input naming the field', () => {
    spec
      .given([])
      .when(createIdd({ title: ' ' }))
      .thenThrows(InvalidInputError, /title/);
    spec
      .given([])
      .when(createIdd({ reportEvery: '3 months' }))
      .thenThrows(InvalidInputError, /reportEvery/);
    spec
      .given([])
      .when(
        createIdd({
          phases: [
            {
              id: 'a',
              name: 'A',
              plannedStart: '2026-05-01T00:00:00+02:00',
              plannedEnd: '2026-04-01T00:00:00+02:00',
            },
          ],
        }),
      )
      .thenThrows(InvalidInputError, /ends before it starts/);
    spec
      .given([])
      .when(
        createIdd({
          milestones: [
            { id: 'x', name: 'X', due: '2026-05-01T00:00:00+02:00' },
            { id: 'x', name: 'Y', due: '2026-06-01T00:00:00+02:00' },
          ],
        }),
      )
      .thenThrows(InvalidInputError, /twice/);
    spec
      .given([])
      .when(createIdd({ implements: { kind: 'meeting-item', id: 'meet-1' } }))
      .thenThrows(InvalidInputError, /itemId/);
  });

  it('a retried creation with the same content records nothing; other content is a 409', () => {
    spec.given([iddCreated()]).when(createIdd({}, '2026-01-22T10:00:05.000Z')).then([]);
    spec
      .given([iddCreated()])
      .when(createIdd({ title: 'Other' }))
      .thenThrows(InvalidStateError, /other content/);
  });
});

describe('follow-up decider: phases and milestones', () => {
  it('starts a phase on its actual date, beside the planned one', () => {
    spec
      .given([iddCreated()])
      .when(command<StartPhase>('StartPhase', { phaseId: 'phase-1', on: '2024-09-01T00:00:00+02:00' }))
      .then([started('phase-1', '2024-09-01T00:00:00+02:00')]);
    spec
      .given([iddCreated()])
      .when(command<StartPhase>('StartPhase', { phaseId: 'phase-2' }, NOW))
      .then([started('phase-2', NOW)]);
  });

  it('starting again on the same date records nothing; on another date is a 409', () => {
    const history = [iddCreated(), started('phase-1', NOW)];
    spec
      .given(history)
      .when(command<StartPhase>('StartPhase', { phaseId: 'phase-1', on: NOW }, NOW))
      .then([]);
    spec
      .given(history)
      .when(command<StartPhase>('StartPhase', { phaseId: 'phase-1', on: '2026-01-15T00:00:00Z' }, NOW))
      .thenThrows(InvalidStateError);
  });

  it('refuses actual dates in the future', () => {
    spec
      .given([iddCreated()])
      .when(command<StartPhase>('StartPhase', { phaseId: 'phase-3', on: '2026-07-01T00:00:00+02:00' }, NOW))
      .thenThrows(InvalidInputError, /future/);
    spec
      .given([iddCreated()])
      .when(
        command<SubmitStatusReport>(
          'SubmitStatusReport',
          { reportId: 'r', summary: 's', asOf: '2026-03-01T00:00:00Z' },
          NOW,
        ),
      )
      .thenThrows(InvalidInputError, /asOf/);
  });

  it('refuses an unknown phase (404)', () => {
    spec
      .given([iddCreated()])
      .when(command<StartPhase>('StartPhase', { phaseId: 'nope' }))
      .thenThrows(NotFoundError);
  });

  it('completes a started phase', () => {
    spec
      .given([iddCreated(), started('phase-2', '2025-07-01T00:00:00+02:00')])
      .when(
        command<CompletePhase>(
          'CompletePhase',
          { phaseId: 'phase-2', on: '2026-07-01T00:00:00+02:00' },
          '2026-07-02T00:00:00Z',
        ),
      )
      .then([
        { type: 'PhaseCompleted', data: { phaseId: 'phase-2', completedOn: '2026-07-01T00:00:00+02:00' } },
      ]);
  });

  it('refuses completing a phase that has not started, or before the day it started', () => {
    spec
      .given([iddCreated()])
      .when(command<CompletePhase>('CompletePhase', { phaseId: 'phase-2' }))
      .thenThrows(InvalidStateError, /not started/);
    spec
      .given([iddCreated(), started('phase-2', '2025-07-01T00:00:00+02:00')])
      .when(command<CompletePhase>('CompletePhase', { phaseId: 'phase-2', on: '2025-06-01T00:00:00+02:00' }))
      .thenThrows(InvalidInputError, /before it started/);
  });

  it('records a milestone met or missed, once', () => {
    spec
      .given([iddCreated()])
      .when(
        command<CompleteMilestone>('CompleteMilestone', { milestoneId: 'm-1', outcome: 'met', on: NOW }, NOW),
      )
      .then([{ type: 'MilestoneMet', data: { milestoneId: 'm-1', on: NOW } }]);
    const missed: FollowUpEvent = {
      type: 'MilestoneMissed',
      data: { milestoneId: 'm-1', on: NOW, note: 'late' },
    };
    spec
      .given([iddCreated()])
      .when(
        command<CompleteMilestone>(
          'CompleteMilestone',
          { milestoneId: 'm-1', outcome: 'missed', on: NOW, note: 'late' },
          NOW,
        ),
      )
      .then([missed]);
    spec
      .given([iddCreated(), missed])
      .when(command<CompleteMilestone>('CompleteMilestone', { milestoneId: 'm-1', outcome: 'met' }))
      .thenThrows(InvalidStateError, /already missed/);
    spec
      .given([iddCreated()])
      .when(command<CompleteMilestone>('CompleteMilestone', { milestoneId: 'm-9', outcome: 'met' }))
      .thenThrows(NotFoundError);
  });

  it('refuses a command from another council as if the follow-up did not exist (404)', () => {
    const other = command<StartPhase>('StartPhase', { phaseId: 'phase-1' });
    spec
      .given([iddCreated()])
      .when({ ...other, metadata: { ...other.metadata, councilId: 'c2' } })
      .thenThrows(NotFoundError);
  });

  it('refuses anything on a follow-up that does not exist (404)', () => {
    spec
      .given([])
      .when(command<StartPhase>('StartPhase', { phaseId: 'phase-1' }))
      .thenThrows(NotFoundError);
  });
});

describe('follow-up decider: reports, revisions, evaluation and verdict', () => {
  const report = (data: Partial<SubmitStatusReport['data']> = {}) =>
    command<SubmitStatusReport>(
      'SubmitStatusReport',
      { reportId: 'r1', summary: 'Godt i gang', ...data },
      NOW,
    );

  it('a status report is one call: a summary, as of now when no date is given', () => {
    spec
      .given([iddCreated()])
      .when(report())
      .then([
        {
          type: 'StatusReportSubmitted',
          data: { reportId: 'r1', summary: 'Godt i gang', asOf: NOW, values: [], submittedAt: NOW },
        },
      ]);
  });

  it('records indicator values as of a date, and refuses unknown indicators', () => {
    spec
      .given([iddCreated()])
      .when(report({ asOf: '2025-12-31T00:00:00+01:00', values: [{ indicatorId: 'patients', value: 407 }] }))
      .then([
        {
          type: 'StatusReportSubmitted',
          data: {
            reportId: 'r1',
            summary: 'Godt i gang',
            asOf: '2025-12-31T00:00:00+01:00',
            values: [{ indicatorId: 'patients', value: 407 }],
            submittedAt: NOW,
          },
        },
      ]);
    spec
      .given([iddCreated()])
      .when(report({ values: [{ indicatorId: 'beds', value: 3 }] }))
      .thenThrows(InvalidInputError, /beds/);
    spec
      .given([iddCreated()])
      .when(report({ summary: '' }))
      .thenThrows(InvalidInputError, /summary/);
  });

  // Issue 18.1: a report entered after the fact carries its business time in the metadata
  // (`occurredAt`, checked by the command executor); the event's data keeps when it was written.
  it('a report entered later holds its values as of when it was made, and records when it was written', () => {
    const made = '2025-11-14T10:00:00+01:00';
    const later = report({ values: [{ indicatorId: 'patients', value: 380 }] });
    spec
      .given([iddCreated()])
      .when({ ...later, metadata: { ...later.metadata, occurredAt: made } })
      .then([
        {
          type: 'StatusReportSubmitted',
          data: {
            reportId: 'r1',
            summary: 'Godt i gang',
            asOf: made,
            values: [{ indicatorId: 'patients', value: 380 }],
            submittedAt: NOW,
          },
        },
      ]);
  });

  it('refuses a report made in the future under the name occurredAt (400)', () => {
    const ahead = report();
    spec
      .given([iddCreated()])
      .when({ ...ahead, metadata: { ...ahead.metadata, occurredAt: '2026-02-02T09:00:00.000Z' } })
      .thenThrows(InvalidInputError, /^occurredAt must not be in the future/);
  });

  it('a report entered later keeps the date its values hold for when one is given', () => {
    const given = report({ asOf: '2025-09-30T00:00:00+02:00' });
    spec
      .given([iddCreated()])
      .when({ ...given, metadata: { ...given.metadata, occurredAt: '2025-11-14T10:00:00+01:00' } })
      .then([
        {
          type: 'StatusReportSubmitted',
          data: {
            reportId: 'r1',
            summary: 'Godt i gang',
            asOf: '2025-09-30T00:00:00+02:00',
            values: [],
            submittedAt: NOW,
          },
        },
      ]);
  });

  it('refuses a report after the verdict (409), but a retried earlier report records nothing', () => {
    spec
      .given([iddCreated(), verdict])
      .when(report())
      .thenThrows(InvalidStateError, /verdict/);
    const submitted: FollowUpEvent = {
      type: 'StatusReportSubmitted',
      data: { reportId: 'r1', summary: 'Godt i gang', asOf: NOW, values: [], submittedAt: NOW },
    };
    spec.given([iddCreated(), submitted, verdict]).when(report()).then([]);
    spec
      .given([iddCreated(), submitted])
      .when(report({ summary: 'Andet' }))
      .thenThrows(InvalidStateError, /other content/);
  });

  it('revises the plan with a reason, keeping the old dates in the event', () => {
    const created = iddCreated();
    const revise = command<RevisePlan>(
      'RevisePlan',
      {
        reason: 'Fase 3 udskudt',
        phases: [{ id: 'phase-3', plannedStart: '2026-09-01T00:00:00+02:00' }],
        milestones: [{ id: 'm-1', due: '2026-04-01T00:00:00+02:00' }],
      },
      NOW,
    );
    const [event] = followUpDecider.decide(revise, spec.given([created]).state());
    expect(event.type).toBe('PlanRevised');
    const data = event.data as {
      previous: unknown;
      plan: { phases: { plannedStart: string }[] };
      reason: string;
    };
    expect(data.reason).toBe('Fase 3 udskudt');
    expect(data.previous).toEqual({
      phases: created.data.phases.map(({ id, plannedStart, plannedEnd }) =>
        plannedEnd ? { id, plannedStart, plannedEnd } : { id, plannedStart },
      ),
      milestones: [{ id: 'm-1', due: '2026-03-01T00:00:00+01:00' }],
      reportEvery: 'P3M',
      evaluationDue: '2026-10-01T00:00:00+02:00',
    });
    expect(data.plan.phases[2].plannedStart).toBe('2026-09-01T00:00:00+02:00');
    const state = spec.given([created, event]).state();
    expect(state.phases[2].plannedStart).toBe('2026-09-01T00:00:00+02:00');
    expect(state.milestones[0].due).toBe('2026-04-01T00:00:00+02:00');
    expect(state.revisions).toHaveLength(1);
  });

  it('refuses a revision without a reason, of an unknown phase, or ending before it starts', () => {
    const revise = (data: RevisePlan['data']) => command<RevisePlan>('RevisePlan', data);
    spec
      .given([iddCreated()])
      .when(revise({ reason: '' }))
      .thenThrows(InvalidInputError, /reason/);
    spec
      .given([iddCreated()])
      .when(revise({ reason: 'x', phases: [{ id: 'p9', plannedStart: NOW }] }))
      .thenThrows(InvalidInputError, /p9/);
    spec
      .given([iddCreated()])
      .when(revise({ reason: 'x', phases: [{ id: 'phase-2', plannedEnd: '2025-01-01T00:00:00Z' }] }))
      .thenThrows(InvalidInputError, /ends before/);
    spec
      .given([iddCreated()])
      .when(revise({ reason: 'x', reportEvery: 'P3M' }))
      .then([]);
  });

  it('records the evaluation once', () => {
    const evaluate = command<RecordEvaluation>('RecordEvaluation', { summary: 'Færre udeblivelser' }, NOW);
    const recorded: FollowUpEvent = {
      type: 'EvaluationRecorded',
      data: { summary: 'Færre udeblivelser', evaluatedOn: NOW, recordedAt: NOW },
    };
    spec.given([iddCreated()]).when(evaluate).then([recorded]);
    spec.given([iddCreated(), recorded]).when(evaluate).then([]);
    spec
      .given([iddCreated(), recorded])
      .when(command<RecordEvaluation>('RecordEvaluation', { summary: 'Andet' }))
      .thenThrows(InvalidStateError);
  });

  it('refuses dates in impossible order: an evaluation due before the work starts, a verdict before the evaluation', () => {
    spec
      .given([])
      .when(createIdd({ evaluationDue: '2024-01-01T00:00:00+01:00' }))
      .thenThrows(InvalidInputError, /evaluationDue must not be before the first phase starts/);
    const evaluated: FollowUpEvent = {
      type: 'EvaluationRecorded',
      data: { summary: 'Færre udeblivelser', evaluatedOn: '2026-01-20T00:00:00Z', recordedAt: NOW },
    };
    spec
      .given([iddCreated(), evaluated])
      .when(
        command<GiveVerdict>(
          'GiveVerdict',
          { verdict: 'continue', reason: 'works', on: '2025-12-01T00:00:00+01:00' },
          NOW,
        ),
      )
      .thenThrows(InvalidInputError, /on must not be before the evaluation/);
  });

  it('ends with a verdict and a reason; a different second verdict is a 409', () => {
    const give = (data: GiveVerdict['data']) => command<GiveVerdict>('GiveVerdict', data, NOW);
    spec
      .given([iddCreated()])
      .when(give({ verdict: 'continue', reason: 'works' }))
      .then([verdict]);
    spec
      .given([iddCreated(), verdict])
      .when(give({ verdict: 'continue', reason: 'works' }))
      .then([]);
    spec
      .given([iddCreated(), verdict])
      .when(give({ verdict: 'discontinue', reason: 'no' }))
      .thenThrows(InvalidStateError);
    spec
      .given([iddCreated()])
      .when(give({ verdict: 'stop' as 'continue', reason: 'x' }))
      .thenThrows(InvalidInputError, /verdict/);
    spec
      .given([iddCreated()])
      .when(give({ verdict: 'adjust', reason: ' ' }))
      .thenThrows(InvalidInputError);
  });

  it('refuses phase, milestone, revision and evaluation changes after the verdict', () => {
    spec
      .given([iddCreated(), verdict])
      .when(command<StartPhase>('StartPhase', { phaseId: 'phase-1' }))
      .thenThrows(InvalidStateError);
    spec
      .given([iddCreated(), verdict])
      .when(command<RevisePlan>('RevisePlan', { reason: 'x', reportEvery: 'P1M' }))
      .thenThrows(InvalidStateError);
  });
});

describe('follow-up decider: reminders and passed deadlines', () => {
  const firstReportDue = '2026-04-22T10:00:00.000Z'; // P3M after CREATED_AT
  const remind = (deadlineId: string, dueAt: string, remindAt: string) =>
    command<IssueFollowUpReminders>('IssueFollowUpReminders', { deadlineId, dueAt, remindAt }, remindAt);
  const passed = (deadlineId: string, dueAt: string, now = dueAt) =>
    command<RecordFollowUpDeadlinePassed>('RecordFollowUpDeadlinePassed', { deadlineId, dueAt }, now);
  const reminded: FollowUpEvent = {
    type: 'RemindersIssued',
    data: {
      deadline: 'status-report',
      deadlineId: 'status-report-1',
      dueAt: firstReportDue,
      remindAt: '2026-04-15T10:00:00.000Z',
      recipients: ['sec-1'],
    },
  };

  it('reminds the responsible secretary of the next report, once', () => {
    expect(CREATED_AT).toBe('2026-01-22T10:00:00.000Z');
    spec
      .given([iddCreated()])
      .when(remind('status-report-1', firstReportDue, '2026-04-15T10:00:00.000Z'))
      .then([reminded]);
    spec
      .given([iddCreated(), reminded])
      .when(remind('status-report-1', firstReportDue, '2026-04-15T10:00:00.000Z'))
      .then([]);
  });

  it('sends a missed reminder late, marked so, before the due time and never after it', () => {
    const late = (now: string) =>
      command<IssueFollowUpReminders>(
        'IssueFollowUpReminders',
        {
          deadlineId: 'status-report-1',
          dueAt: firstReportDue,
          remindAt: '2026-04-15T10:00:00.000Z',
          late: true,
        },
        now,
      );
    spec
      .given([iddCreated()])
      .when(late('2026-04-20T08:00:00.000Z'))
      .then([{ ...reminded, data: { ...reminded.data, late: true } } as FollowUpEvent]);
    spec.given([iddCreated()]).when(late(firstReportDue)).then([]);
  });

  it('reminds nobody of a report already submitted, or of a due time that has moved', () => {
    const submitted: FollowUpEvent = {
      type: 'StatusReportSubmitted',
      data: { reportId: 'r1', summary: 's', asOf: NOW, values: [], submittedAt: NOW },
    };
    spec
      .given([iddCreated(), submitted])
      .when(remind('status-report-1', firstReportDue, '2026-04-15T10:00:00.000Z'))
      .then([]);
    spec
      .given([iddCreated()])
      .when(remind('status-report-1', '2026-05-01T00:00:00.000Z', '2026-04-24T00:00:00.000Z'))
      .then([]);
  });

  it('records a passed report, milestone and evaluation as overdue, once', () => {
    const overdue: FollowUpEvent = {
      type: 'StatusReportOverdue',
      data: { deadlineId: 'status-report-1', reportNumber: 1, dueAt: firstReportDue },
    };
    spec.given([iddCreated()]).when(passed('status-report-1', firstReportDue)).then([overdue]);
    spec.given([iddCreated(), overdue]).when(passed('status-report-1', firstReportDue)).then([]);
    spec
      .given([iddCreated()])
      .when(passed('milestone-m-1', '2026-03-01T00:00:00+01:00'))
      .then([
        {
          type: 'MilestoneOverdue',
          data: { deadlineId: 'milestone-m-1', milestoneId: 'm-1', dueAt: '2026-03-01T00:00:00+01:00' },
        },
      ]);
    spec
      .given([iddCreated()])
      .when(passed('evaluation', '2026-10-01T00:00:00+02:00'))
      .then([
        { type: 'EvaluationOverdue', data: { deadlineId: 'evaluation', dueAt: '2026-10-01T00:00:00+02:00' } },
      ]);
  });

  it('records nothing for a deadline met in time, not yet due, or after the verdict', () => {
    const met: FollowUpEvent = { type: 'MilestoneMet', data: { milestoneId: 'm-1', on: NOW } };
    spec.given([iddCreated(), met]).when(passed('milestone-m-1', '2026-03-01T00:00:00+01:00')).then([]);
    spec
      .given([iddCreated()])
      .when(passed('status-report-1', firstReportDue, '2026-04-01T00:00:00.000Z'))
      .then([]);
    spec.given([iddCreated(), verdict]).when(passed('evaluation', '2026-10-01T00:00:00+02:00')).then([]);
  });
});
