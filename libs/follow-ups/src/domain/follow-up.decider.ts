import { isDeepStrictEqual } from 'node:util';
import {
  InvalidInputError,
  InvalidStateError,
  isBefore,
  NotFoundError,
  requireDuration,
  requireId,
  requireInstant,
  requireMoney,
  requireOwnCouncil,
  requireText,
  carriedOverRefusal,
  decideCarryIn,
  decideCarryOver,
  type CommandMetadata,
  type Decider,
} from '@app/kernel';
import type {
  CompleteMilestone,
  CompletePhase,
  CreateFollowUp,
  FollowUpCommand,
  GiveVerdict,
  IssueFollowUpReminders,
  RecordEvaluation,
  RecordFollowUpDeadlinePassed,
  StartPhase,
  SubmitStatusReport,
} from './follow-up.commands';
import { SCHEDULED_COMMAND_TYPES } from './follow-up.commands';
import type { FollowUpCreated, FollowUpEvent } from './follow-up.events';
import { openObligations } from './follow-up.obligations';
import { decideRevisePlan } from './decide-plan-revision';
import {
  requireActive,
  requireExisting,
  requireNumber,
  requireOrdered,
  requireUniqueIds,
} from './follow-up.rules';
import { evolveFollowUp, initialFollowUpState, reminderKey, type FollowUpState } from './follow-up.state';
import {
  COMPARATORS,
  EVALUATION_KINDS,
  IMPLEMENTS_KINDS,
  VERDICTS,
  type ImplementsRef,
} from './follow-up.types';

/**
 * The actual date of something that happened: what the caller says (`on`), else when it
 * happened, else now. Actual dates stand beside planned ones, so one in the future is refused.
 */
function when(on: string | undefined, meta: CommandMetadata, field = 'on'): string {
  const at = on !== undefined ? requireInstant(on, field) : (meta.occurredAt ?? meta.now);
  // A date taken from the business time is refused under the name the caller gave it.
  const named = on !== undefined ? field : 'occurredAt';
  if (Date.parse(at) > Date.parse(meta.now))
    throw new InvalidInputError(`${named} must not be in the future (it is now ${meta.now})`, named);
  return at;
}

const before = isBefore;

/** A mid-term evaluation evaluates work begun: it cannot fall due before the first phase starts. */
function requireNotBeforeStart(due: string, phases: { plannedStart: string }[], field: string): void {
  const start = phases.map((p) => p.plannedStart).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  if (start !== undefined && before(due, start))
    throw new InvalidInputError(`${field} must not be before the first phase starts (${start})`, field);
}

/** What each kind of implemented case must have reached (issue 6, item 1). */
const ELIGIBLE_OUTCOMES: Record<ImplementsRef['kind'], string[]> = {
  'budget-proposal': ['adopted', 'partly-adopted'],
  hearing: ['response-submitted'],
  'meeting-item': ['decided'],
};

function decideCreate(command: CreateFollowUp, state: FollowUpState): FollowUpEvent[] {
  const d = command.data;
  requireId(d.followUpId, 'id');
  requireText(d.title, 'title');
  if (!d.implements || !IMPLEMENTS_KINDS.includes(d.implements.kind))
    throw new InvalidInputError(
      `implements.kind must be one of ${IMPLEMENTS_KINDS.join(', ')}`,
      'implements.kind',
    );
  requireId(d.implements.id, 'implements.id');
  if (d.implements.kind === 'meeting-item') requireId(d.implements.itemId, 'implements.itemId');
  requireText(d.responsible?.unit, 'responsible');
  requireId(d.responsible?.secretaryPersonId, 'responsible.secretaryPersonId');
  requireUniqueIds(d.phases, 'phases');
  for (const p of d.phases) {
    requireText(p.name, 'phases.name');
    requireInstant(p.plannedStart, 'phases.plannedStart');
    if (p.plannedEnd !== undefined) requireInstant(p.plannedEnd, 'phases.plannedEnd');
    requireOrdered(p.plannedStart, p.plannedEnd, 'phases');
  }
  requireUniqueIds(d.milestones, 'milestones');
  for (const m of d.milestones) {
    requireText(m.name, 'milestones.name');
    requireInstant(m.due, 'milestones.due');
  }
  requireUniqueIds(d.indicators, 'indicators');
  for (const i of d.indicators) {
    requireText(i.name, 'indicators.name');
    requireText(i.unit, 'indicators.unit');
    requireNumber(i.target, 'indicators.target');
    if (i.comparator !== undefined && !COMPARATORS.includes(i.comparator))
      throw new InvalidInputError(
        `indicators.comparator must be one of ${COMPARATORS.join(', ')}`,
        'indicators.comparator',
      );
    if (i.period !== undefined) requireDuration(i.period, 'indicators.period');
    if (i.periodStartsOn !== undefined) requireInstant(i.periodStartsOn, 'indicators.periodStartsOn');
    if (i.periodStartsOn !== undefined && i.period === undefined)
      throw new InvalidInputError('indicators.periodStartsOn needs a period', 'indicators.periodStartsOn');
    if (i.baseline !== undefined) requireNumber(i.baseline, 'indicators.baseline');
  }
  for (const g of d.grants ?? []) {
    if (!Number.isInteger(g.year)) throw new InvalidInputError('grants.year must be a year', 'grants.year');
    requireMoney(g.amount, 'grants.amount');
  }
  if (d.reportEvery !== undefined) requireDuration(d.reportEvery, 'reportEvery');
  if (d.evaluationDue !== undefined) {
    requireInstant(d.evaluationDue, 'evaluationDue');
    requireNotBeforeStart(d.evaluationDue, d.phases, 'evaluationDue');
  }
  d.reminderOffsets.forEach((o) => requireDuration(o, 'reminderOffsets'));
  const areas =
    d.areas === undefined ? [] : [...new Set(d.areas.map((a, i) => requireText(a, `areas[${i}]`, 200)))];

  const facts = d.facts;
  if (!facts) throw new InvalidStateError('the implemented case was not checked');
  if (!facts.found) throw new NotFoundError(`${d.implements.kind} ${d.implements.id} not found`);
  if (!ELIGIBLE_OUTCOMES[d.implements.kind].includes(facts.outcome))
    throw new InvalidStateError(
      `a follow-up implements an adopted or partly adopted proposal, a submitted hearing response or a decided meeting item; ${d.implements.kind} ${d.implements.id} is "${facts.outcome}"`,
      'not_implementable',
    );

  // Grants are copied from the decision, with a link to it, unless the caller gives them.
  const copied = d.grants === undefined && facts.grants !== undefined;
  const implementsRef: ImplementsRef = {
    kind: d.implements.kind,
    id: d.implements.id,
    ...(d.implements.kind === 'meeting-item' && { itemId: d.implements.itemId }),
  };
  const created: FollowUpCreated['data'] = {
    followUpId: d.followUpId,
    ...(command.metadata.councilId !== undefined && { councilId: command.metadata.councilId }),
    title: d.title,
    implements: implementsRef,
    responsible: { unit: d.responsible.unit, secretaryPersonId: d.responsible.secretaryPersonId },
    grants: (d.grants ?? facts.grants ?? []).map((g) => ({ year: g.year, amount: g.amount })),
    ...(copied && { grantsFrom: implementsRef }),
    phases: d.phases.map((p) => ({
      id: p.id,
      name: p.name,
      plannedStart: p.plannedStart,
      ...(p.plannedEnd !== undefined && { plannedEnd: p.plannedEnd }),
    })),
    milestones: d.milestones.map((m) => ({ id: m.id, name: m.name, due: m.due })),
    indicators: d.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      target: i.target,
      ...(i.comparator !== undefined && { comparator: i.comparator }),
      ...(i.period !== undefined && { period: i.period }),
      ...(i.periodStartsOn !== undefined && { periodStartsOn: i.periodStartsOn }),
      ...(i.baseline !== undefined && { baseline: i.baseline }),
    })),
    ...(d.reportEvery !== undefined && { reportEvery: d.reportEvery }),
    ...(d.evaluationDue !== undefined && { evaluationDue: d.evaluationDue }),
    reminderOffsets: [...d.reminderOffsets],
    ...(areas.length > 0 && { areas }),
    createdAt: command.metadata.now,
  };
  if (state.exists) {
    // A retried creation with the same content changes nothing (docs/conventions.md); other content is a clash.
    const { createdAt: _a, ...again } = created;
    const { createdAt: _b, ...before } = state.creation ?? created;
    if (isDeepStrictEqual(again, before)) return [];
    throw new InvalidStateError(
      `follow-up ${d.followUpId} already exists with other content`,
      'already_exists',
    );
  }
  return [{ type: 'FollowUpCreated', data: created }];
}

function phaseOf(state: FollowUpState, phaseId: string) {
  const phase = state.phases.find((p) => p.id === phaseId);
  if (!phase) throw new NotFoundError(`phase ${phaseId} not found`);
  return phase;
}

function decideStartPhase(command: StartPhase, state: FollowUpState): FollowUpEvent[] {
  requireActive(state);
  const phase = phaseOf(state, command.data.phaseId);
  const on = when(command.data.on, command.metadata);
  if (phase.startedOn !== undefined) {
    if (Date.parse(phase.startedOn) === Date.parse(on)) return [];
    throw new InvalidStateError(`phase ${phase.id} already started on ${phase.startedOn}`);
  }
  return [{ type: 'PhaseStarted', data: { phaseId: phase.id, startedOn: on } }];
}

function decideCompletePhase(command: CompletePhase, state: FollowUpState): FollowUpEvent[] {
  requireActive(state);
  const phase = phaseOf(state, command.data.phaseId);
  const on = when(command.data.on, command.metadata);
  if (phase.startedOn === undefined) throw new InvalidStateError(`phase ${phase.id} has not started`);
  if (before(on, phase.startedOn))
    throw new InvalidInputError(`phase ${phase.id} cannot end before it started (${phase.startedOn})`, 'on');
  if (phase.completedOn !== undefined) {
    if (Date.parse(phase.completedOn) === Date.parse(on)) return [];
    throw new InvalidStateError(`phase ${phase.id} already completed on ${phase.completedOn}`);
  }
  return [{ type: 'PhaseCompleted', data: { phaseId: phase.id, completedOn: on } }];
}

function decideCompleteMilestone(command: CompleteMilestone, state: FollowUpState): FollowUpEvent[] {
  requireActive(state);
  const d = command.data;
  const milestone = state.milestones.find((m) => m.id === d.milestoneId);
  if (!milestone) throw new NotFoundError(`milestone ${d.milestoneId} not found`);
  if (d.outcome !== 'met' && d.outcome !== 'missed')
    throw new InvalidInputError('outcome must be met or missed', 'outcome');
  if (milestone.outcome !== undefined) {
    if (milestone.outcome === d.outcome) return [];
    throw new InvalidStateError(`milestone ${milestone.id} was already ${milestone.outcome}`);
  }
  const data = {
    milestoneId: milestone.id,
    on: when(d.on, command.metadata),
    ...(d.note !== undefined && { note: d.note }),
  };
  return [d.outcome === 'met' ? { type: 'MilestoneMet', data } : { type: 'MilestoneMissed', data }];
}

function decideStatusReport(command: SubmitStatusReport, state: FollowUpState): FollowUpEvent[] {
  requireExisting(state);
  const d = command.data;
  const earlier = state.reports.find((r) => r.reportId === d.reportId);
  if (earlier) {
    // A retried report (same client-chosen id, same content) records nothing; other content is a clash.
    const same =
      earlier.summary === d.summary &&
      (d.asOf === undefined || Date.parse(d.asOf) === Date.parse(earlier.asOf)) &&
      isDeepStrictEqual(
        earlier.values,
        (d.values ?? []).map((v) => ({ indicatorId: v.indicatorId, value: v.value })),
      );
    if (same) return [];
    throw new InvalidStateError(
      `status report ${d.reportId} already exists with other content`,
      'already_exists',
    );
  }
  requireActive(state);
  requireId(d.reportId, 'reportId');
  requireText(d.summary, 'summary');
  const values = d.values ?? [];
  const seen = new Set<string>();
  for (const v of values) {
    if (!state.indicators.some((i) => i.id === v.indicatorId))
      throw new InvalidInputError(`no indicator "${v.indicatorId}" on this follow-up`, 'values');
    if (seen.has(v.indicatorId))
      throw new InvalidInputError(`indicator "${v.indicatorId}" given twice`, 'values');
    seen.add(v.indicatorId);
    requireNumber(v.value, 'values.value');
  }
  return [
    {
      type: 'StatusReportSubmitted',
      data: {
        reportId: d.reportId,
        summary: d.summary,
        asOf: when(d.asOf, command.metadata, 'asOf'),
        values: values.map((v) => ({ indicatorId: v.indicatorId, value: v.value })),
        submittedAt: command.metadata.now,
      },
    },
  ];
}

function decideEvaluation(command: RecordEvaluation, state: FollowUpState): FollowUpEvent[] {
  requireActive(state);
  const d = command.data;
  requireText(d.summary, 'summary');
  if (d.kind !== undefined && !EVALUATION_KINDS.includes(d.kind))
    throw new InvalidInputError(`kind must be one of ${EVALUATION_KINDS.join(', ')}`, 'kind');
  if (d.verdict !== undefined && !VERDICTS.includes(d.verdict))
    throw new InvalidInputError(`verdict must be one of ${VERDICTS.join(', ')}`, 'verdict');
  if (d.kind === undefined) {
    // One evaluation without a kind, as before issue 18.6: the same again is a retry.
    if (state.evaluation) {
      if (state.evaluation.summary === d.summary) return [];
      throw new InvalidStateError(
        'the evaluation is already recorded; give a kind (midway, final, extra) to add one',
      );
    }
  } else {
    // Issue 18.6: several dated evaluations; the same summary of the same kind again is a retry,
    // and a follow-up has one final evaluation.
    if (state.evaluations.some((e) => e.kind === d.kind && e.summary === d.summary)) return [];
    if (d.kind === 'final' && state.evaluations.some((e) => e.kind === 'final'))
      throw new InvalidStateError('the final evaluation is already recorded');
  }
  const evaluatedOn = when(d.evaluatedOn, command.metadata, 'evaluatedOn');
  const last = state.evaluations.at(-1);
  if (d.kind !== undefined && last && before(evaluatedOn, last.evaluatedOn))
    throw new InvalidInputError(
      `evaluatedOn must not be before the last evaluation (${last.evaluatedOn})`,
      'evaluatedOn',
    );
  return [
    {
      type: 'EvaluationRecorded',
      data: {
        summary: d.summary,
        evaluatedOn,
        recordedAt: command.metadata.now,
        ...(d.kind !== undefined && { kind: d.kind }),
        ...(d.verdict !== undefined && { verdict: d.verdict }),
      },
    },
  ];
}

function decideVerdict(command: GiveVerdict, state: FollowUpState): FollowUpEvent[] {
  requireExisting(state);
  const d = command.data;
  if (state.verdict) {
    if (state.verdict.verdict === d.verdict && state.verdict.reason === d.reason) return [];
    throw new InvalidStateError(`the verdict "${state.verdict.verdict}" is already given`);
  }
  if (!VERDICTS.includes(d.verdict))
    throw new InvalidInputError(`verdict must be one of ${VERDICTS.join(', ')}`, 'verdict');
  requireText(d.reason, 'reason');
  const givenOn = when(d.on, command.metadata);
  // The verdict judges the evaluation, so it cannot be dated before it.
  if (state.evaluation && before(givenOn, state.evaluation.evaluatedOn))
    throw new InvalidInputError(
      `on must not be before the evaluation was made (${state.evaluation.evaluatedOn})`,
      'on',
    );
  return [{ type: 'VerdictGiven', data: { verdict: d.verdict, reason: d.reason, givenOn } }];
}

/** The obligation a scheduled command is about, if it is still owed at the same time. */
function stillOwed(state: FollowUpState, deadlineId: string, dueAt: string) {
  const owed = openObligations(state).find((o) => o.id === deadlineId);
  return owed && Date.parse(owed.dueAt) === Date.parse(dueAt) && !owed.overdueRecorded ? owed : undefined;
}

function decideReminders(command: IssueFollowUpReminders, state: FollowUpState): FollowUpEvent[] {
  const d = command.data;
  const owed = stillOwed(state, d.deadlineId, d.dueAt);
  if (!owed || !state.responsible) return [];
  // A reminder that comes late (its job was rebuilt) still helps before the due time, not after.
  if (!before(command.metadata.now, owed.dueAt)) return [];
  if (state.remindersIssued.includes(reminderKey(owed.id, owed.dueAt, d.remindAt))) return [];
  return [
    {
      type: 'RemindersIssued',
      data: {
        deadline: owed.kind,
        deadlineId: owed.id,
        dueAt: owed.dueAt,
        remindAt: d.remindAt,
        recipients: [state.responsible.secretaryPersonId],
        ...(owed.milestoneId !== undefined && { milestoneId: owed.milestoneId }),
        ...(d.late === true && { late: true }),
      },
    },
  ];
}

function decideDeadlinePassed(command: RecordFollowUpDeadlinePassed, state: FollowUpState): FollowUpEvent[] {
  const owed = stillOwed(state, command.data.deadlineId, command.data.dueAt);
  if (!owed || before(command.metadata.now, owed.dueAt)) return [];
  switch (owed.kind) {
    case 'status-report':
      return [
        {
          type: 'StatusReportOverdue',
          data: { deadlineId: owed.id, reportNumber: owed.reportNumber ?? 0, dueAt: owed.dueAt },
        },
      ];
    case 'milestone':
      return [
        {
          type: 'MilestoneOverdue',
          data: { deadlineId: owed.id, milestoneId: owed.milestoneId ?? '', dueAt: owed.dueAt },
        },
      ];
    case 'evaluation':
      return [{ type: 'EvaluationOverdue', data: { deadlineId: owed.id, dueAt: owed.dueAt } }];
  }
}

export function decideFollowUp(command: FollowUpCommand, state: FollowUpState): FollowUpEvent[] {
  // Stream ids are global; a command through another council's routes finds nothing here.
  requireOwnCouncil(state.councilId, command.metadata.councilId, 'follow-up not found');
  // Issue 18.3: a follow-up carried over to a successor continues there and takes nothing more here.
  if (state.carriedOverTo !== undefined && command.type !== 'CarryCaseOver') {
    if ((SCHEDULED_COMMAND_TYPES as readonly string[]).includes(command.type)) return [];
    throw carriedOverRefusal('follow-up', state.carriedOverTo);
  }
  switch (command.type) {
    case 'CarryCaseOver':
      requireExisting(state);
      return decideCarryOver(
        command,
        { ...state, ...(state.verdict && { closedAs: `ended with the verdict "${state.verdict.verdict}"` }) },
        'follow-up',
      );
    case 'CarryCaseIn':
      return decideCarryIn(command, state, 'follow-up');
    case 'CreateFollowUp':
      return decideCreate(command, state);
    case 'StartPhase':
      return decideStartPhase(command, state);
    case 'CompletePhase':
      return decideCompletePhase(command, state);
    case 'CompleteMilestone':
      return decideCompleteMilestone(command, state);
    case 'SubmitStatusReport':
      return decideStatusReport(command, state);
    case 'RevisePlan':
      return decideRevisePlan(command, state);
    case 'RecordEvaluation':
      return decideEvaluation(command, state);
    case 'GiveVerdict':
      return decideVerdict(command, state);
    case 'IssueFollowUpReminders':
      return decideReminders(command, state);
    case 'RecordFollowUpDeadlinePassed':
      return decideDeadlinePassed(command, state);
  }
}

export const followUpDecider: Decider<FollowUpCommand, FollowUpEvent, FollowUpState> = {
  initialState: initialFollowUpState,
  evolve: evolveFollowUp,
  decide: decideFollowUp,
};
