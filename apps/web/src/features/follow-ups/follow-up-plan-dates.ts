import type { FollowUp, PlanDates } from '../../api/api-types';
import type { Translate } from '../../i18n/language';

/** One date the plan holds: a phase's start or end, a milestone's due date, the evaluation's. */
export interface PlanDate {
  key: string;
  label: string;
  iso: string | undefined;
}

/** A phase's or milestone's name by id, also for those a revision has since dropped. */
export interface PlanNames {
  phase(id: string): string;
  milestone(id: string): string;
}

export function planNames(f: FollowUp): PlanNames {
  const phases = new Map<string, string>();
  const milestones = new Map<string, string>();
  for (const r of f.planRevisions)
    for (const change of [r.added, r.dropped]) {
      for (const p of change?.phases ?? []) phases.set(p.id, p.name);
      for (const m of change?.milestones ?? []) milestones.set(m.id, m.name);
    }
  for (const p of f.phases) phases.set(p.id, p.name);
  for (const m of f.milestones) milestones.set(m.id, m.name);
  return { phase: (id) => phases.get(id) ?? id, milestone: (id) => milestones.get(id) ?? id };
}

export function planDates(plan: PlanDates, names: PlanNames, t: Translate): PlanDate[] {
  return [
    ...plan.phases.flatMap((p) => [
      {
        key: `phase:${p.id}:plannedStart`,
        label: t('plannedStartOf', { name: names.phase(p.id) }),
        iso: p.plannedStart,
      },
      {
        key: `phase:${p.id}:plannedEnd`,
        label: t('plannedEndOf', { name: names.phase(p.id) }),
        iso: p.plannedEnd,
      },
    ]),
    ...plan.milestones.map((m) => ({
      key: `milestone:${m.id}`,
      label: t('milestoneDueOf', { name: names.milestone(m.id) }),
      iso: m.due,
    })),
    { key: 'evaluationDue', label: t('evaluationDueLabel'), iso: plan.evaluationDue },
  ];
}

/** The plan as the view gives it now, in the shape a revision records. */
export function currentPlan(f: FollowUp): PlanDates {
  return {
    phases: f.phases.map((p) => ({
      id: p.id,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd ?? undefined,
    })),
    milestones: f.milestones.map((m) => ({ id: m.id, due: m.due })),
    evaluationDue: f.evaluationDue ?? undefined,
  };
}
