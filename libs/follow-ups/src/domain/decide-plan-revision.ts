import { isDeepStrictEqual } from 'node:util';
import {
  InvalidInputError,
  InvalidStateError,
  requireDuration,
  requireInstant,
  requireText,
  sameInstant,
} from '@app/kernel';
import type { RevisePlan } from './follow-up.commands';
import type { FollowUpEvent, PlanRevised } from './follow-up.events';
import { requireActive, requireOrdered, requireUniqueIds } from './follow-up.rules';
import { planDatesOf, type FollowUpState } from './follow-up.state';
import type { PlanDates, PlannedMilestone, PlannedPhase } from './follow-up.types';

/**
 * A plan revision (issue 6) moves dates, adds phases and milestones, and drops the ones nothing has
 * happened to yet, always with a reason. A started phase or a recorded milestone is history and
 * stays; an id is never reused, so every line of the follow-up's history names one thing.
 */
export function decideRevisePlan(command: RevisePlan, state: FollowUpState): FollowUpEvent[] {
  requireActive(state);
  const d = command.data;
  requireText(d.reason, 'reason');
  const previous = planDatesOf(state);
  const plan = JSON.parse(JSON.stringify(previous)) as PlanDates;
  moveDates(plan, d);
  const dropped = dropUntouched(plan, state, d);
  const added = addNew(plan, state, d);
  // A revision that changes nothing (or a retried one) records nothing.
  if (isDeepStrictEqual(plan, previous)) return [];
  const data: PlanRevised['data'] = { reason: d.reason, revisedAt: command.metadata.now, plan, previous };
  if (added.phases.length || added.milestones.length) data.added = added;
  if (dropped.phases.length || dropped.milestones.length) data.dropped = dropped;
  return [{ type: 'PlanRevised', data }];
}

function moveDates(plan: PlanDates, d: RevisePlan['data']): void {
  for (const change of d.phases ?? []) {
    const phase = plan.phases.find((p) => p.id === change.id);
    if (!phase) throw new InvalidInputError(`no phase "${change.id}" on this follow-up`, 'phases');
    if (change.plannedStart !== undefined)
      phase.plannedStart = requireInstant(change.plannedStart, 'phases.plannedStart');
    if (change.plannedEnd !== undefined)
      phase.plannedEnd = requireInstant(change.plannedEnd, 'phases.plannedEnd');
    requireOrdered(phase.plannedStart, phase.plannedEnd, 'phases');
  }
  for (const change of d.milestones ?? []) {
    const milestone = plan.milestones.find((m) => m.id === change.id);
    if (!milestone)
      throw new InvalidInputError(`no milestone "${change.id}" on this follow-up`, 'milestones');
    milestone.due = requireInstant(change.due, 'milestones.due');
  }
  if (d.reportEvery !== undefined) plan.reportEvery = requireDuration(d.reportEvery, 'reportEvery');
  if (d.evaluationDue !== undefined) plan.evaluationDue = requireInstant(d.evaluationDue, 'evaluationDue');
}

function dropUntouched(plan: PlanDates, state: FollowUpState, d: RevisePlan['data']) {
  const phases = [...new Set(d.dropPhases ?? [])].map((id) => {
    const phase = state.phases.find((p) => p.id === id);
    if (!phase) throw new InvalidInputError(`no phase "${id}" on this follow-up`, 'dropPhases');
    if (phase.startedOn) throw new InvalidStateError(`phase "${id}" has started and stays in the plan`);
    if (d.phases?.some((p) => p.id === id))
      throw new InvalidInputError(`phase "${id}" is both moved and dropped`, 'dropPhases');
    const { id: _, name, plannedStart, plannedEnd } = phase;
    return { id, name, plannedStart, ...(plannedEnd !== undefined && { plannedEnd }) };
  });
  const milestones = [...new Set(d.dropMilestones ?? [])].map((id) => {
    const milestone = state.milestones.find((m) => m.id === id);
    if (!milestone) throw new InvalidInputError(`no milestone "${id}" on this follow-up`, 'dropMilestones');
    if (milestone.outcome)
      throw new InvalidStateError(
        `milestone "${id}" is recorded as ${milestone.outcome} and stays in the plan`,
      );
    if (d.milestones?.some((m) => m.id === id))
      throw new InvalidInputError(`milestone "${id}" is both moved and dropped`, 'dropMilestones');
    return { id, name: milestone.name, due: milestone.due };
  });
  plan.phases = plan.phases.filter((p) => !phases.some((x) => x.id === p.id));
  plan.milestones = plan.milestones.filter((m) => !milestones.some((x) => x.id === m.id));
  return { phases, milestones };
}

/**
 * A retried revision must not add the same phase or milestone twice: one the plan already has as
 * given (same name and dates, and the same id when one is given) is left out.
 */
function alreadyPlanned<T extends { id?: string; name: string }>(
  have: (T & { id: string })[],
  item: T,
  same: (a: T, b: T) => boolean,
) {
  return have.some(
    (x) => (item.id === undefined || item.id === x.id) && x.name === item.name && same(x, item),
  );
}

function addNew(plan: PlanDates, state: FollowUpState, d: RevisePlan['data']) {
  const nextPhaseId = freeIds(state, 'phases', 'phase');
  const nextMilestoneId = freeIds(state, 'milestones', 'milestone');
  const sameEnd = (a?: string, b?: string) => (a === undefined ? b === undefined : sameInstant(a, b));
  const samePhase = (a: { plannedStart: string; plannedEnd?: string }, b: typeof a) =>
    sameInstant(a.plannedStart, b.plannedStart) && sameEnd(a.plannedEnd, b.plannedEnd);
  const newPhases = (d.addPhases ?? []).filter((p) => !alreadyPlanned(state.phases, p, samePhase));
  const newMilestones = (d.addMilestones ?? []).filter(
    (m) => !alreadyPlanned(state.milestones, m, (a, b) => sameInstant(a.due, b.due)),
  );
  const phases: PlannedPhase[] = newPhases.map((p) => ({
    id: p.id ?? nextPhaseId.next().value,
    name: requireText(p.name, 'addPhases.name'),
    plannedStart: requireInstant(p.plannedStart, 'addPhases.plannedStart'),
    ...(p.plannedEnd !== undefined && { plannedEnd: requireInstant(p.plannedEnd, 'addPhases.plannedEnd') }),
  }));
  const milestones: PlannedMilestone[] = newMilestones.map((m) => ({
    id: m.id ?? nextMilestoneId.next().value,
    name: requireText(m.name, 'addMilestones.name'),
    due: requireInstant(m.due, 'addMilestones.due'),
  }));
  requireUniqueIds(phases, 'addPhases');
  requireUniqueIds(milestones, 'addMilestones');
  for (const p of phases) {
    requireOrdered(p.plannedStart, p.plannedEnd, 'addPhases');
    if (state.phases.some((x) => x.id === p.id) || wasEverUsed(state, 'phases', p.id))
      throw new InvalidInputError(`the follow-up has had a phase "${p.id}": choose a new id`, 'addPhases');
  }
  for (const m of milestones)
    if (state.milestones.some((x) => x.id === m.id) || wasEverUsed(state, 'milestones', m.id))
      throw new InvalidInputError(
        `the follow-up has had a milestone "${m.id}": choose a new id`,
        'addMilestones',
      );
  plan.phases.push(
    ...phases.map(({ id, plannedStart, plannedEnd }) => ({
      id,
      plannedStart,
      ...(plannedEnd !== undefined && { plannedEnd }),
    })),
  );
  plan.milestones.push(...milestones.map(({ id, due }) => ({ id, due })));
  return { phases, milestones };
}

/** The creation's default ids go on: `phase-4` after three phases, skipping any id ever used. */
function* freeIds(
  state: FollowUpState,
  what: 'phases' | 'milestones',
  prefix: string,
): Generator<string, never> {
  for (let n = state[what].length + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!state[what].some((x) => x.id === id) && !wasEverUsed(state, what, id)) yield id;
  }
}

/** Ids dropped by an earlier revision are taken too. */
function wasEverUsed(state: FollowUpState, what: 'phases' | 'milestones', id: string): boolean {
  return state.revisions.some((r) => r.previous[what].some((x) => x.id === id));
}
