import type { CreateFollowUpData } from '../domain/follow-up.commands';
import type { ImplementsRef } from '../domain/follow-up.types';
import type { FollowUpPlanDto } from './dto/create-follow-up.dto';
import type { FollowUpDefaults } from './follow-up-defaults';

/**
 * The creation command from a request body. Missing ids are numbered by position, so a retried
 * creation with the same body makes the same ids and is recognised as the same creation.
 */
export function createFollowUpData(
  followUpId: string,
  body: FollowUpPlanDto,
  implementsRef: ImplementsRef,
  defaults: FollowUpDefaults,
): CreateFollowUpData {
  return {
    followUpId,
    title: body.title,
    implements: {
      kind: implementsRef.kind,
      id: implementsRef.id,
      ...(implementsRef.itemId !== undefined && { itemId: implementsRef.itemId }),
    },
    responsible: { unit: body.responsible, secretaryPersonId: defaults.secretaryPersonId },
    ...(body.grants !== undefined && {
      grants: body.grants.map((g) => ({ year: g.year, amount: g.amount })),
    }),
    phases: body.phases.map((p, i) => ({
      id: p.id ?? `phase-${i + 1}`,
      name: p.name,
      plannedStart: p.plannedStart,
      ...(p.plannedEnd !== undefined && { plannedEnd: p.plannedEnd }),
    })),
    milestones: (body.milestones ?? []).map((m, i) => ({
      id: m.id ?? `milestone-${i + 1}`,
      name: m.name,
      due: m.due,
    })),
    indicators: (body.indicators ?? []).map((x, i) => ({
      id: x.id ?? `indicator-${i + 1}`,
      name: x.name,
      unit: x.unit,
      target: x.target,
      ...(x.comparator !== undefined && { comparator: x.comparator }),
      ...(x.period !== undefined && { period: x.period }),
      ...(x.periodStartsOn !== undefined && { periodStartsOn: x.periodStartsOn }),
      ...(x.baseline !== undefined && { baseline: x.baseline }),
    })),
    ...(body.reportEvery !== undefined && { reportEvery: body.reportEvery }),
    ...(body.evaluationDue !== undefined && { evaluationDue: body.evaluationDue }),
    reminderOffsets: defaults.reminderOffsets,
    ...(body.areas !== undefined && { areas: body.areas }),
  };
}
