import type { CommandMetadata } from '@app/kernel';
import type { CreateFollowUp, FollowUpCommand } from './follow-up.commands';
import type { FollowUpCreated } from './follow-up.events';

/** Test material from seed 003: integrated dual-diagnosis treatment (IDD), rolled out in three phases. */
export const SECRETARY = { personId: 'sec-1', role: 'secretary' as const };

export function meta(now: string, overrides: Partial<CommandMetadata> = {}): CommandMetadata {
  return {
    actor: SECRETARY,
    councilId: 'c1',
    now,
    correlationId: 'corr',
    causationId: 'cause',
    ...overrides,
  };
}

export function command<C extends FollowUpCommand>(
  type: C['type'],
  data: C['data'],
  now = '2026-01-22T10:00:00.000Z',
): C {
  return { type, data, metadata: meta(now) } as C;
}

export const CREATED_AT = '2026-01-22T10:00:00.000Z';

export const iddCreation = (): CreateFollowUp['data'] => ({
  followUpId: 'idd',
  title: 'Integreret dobbeltdiagnosebehandling (IDD)',
  implements: { kind: 'budget-proposal', id: 'bp-7' },
  responsible: { unit: 'Psykiatrien', secretaryPersonId: 'sec-1' },
  phases: [
    { id: 'phase-1', name: 'Fase 1', plannedStart: '2024-09-01T00:00:00+02:00' },
    {
      id: 'phase-2',
      name: 'Fase 2',
      plannedStart: '2025-07-01T00:00:00+02:00',
      plannedEnd: '2026-07-01T00:00:00+02:00',
    },
    {
      id: 'phase-3',
      name: 'Fase 3',
      plannedStart: '2026-07-01T00:00:00+02:00',
      plannedEnd: '2027-12-31T00:00:00+01:00',
    },
  ],
  milestones: [{ id: 'm-1', name: 'Overleveringsdokument aftalt', due: '2026-03-01T00:00:00+01:00' }],
  indicators: [{ id: 'patients', name: 'Patienter i IDD-behandling', unit: 'patients', target: 450 }],
  reportEvery: 'P3M',
  evaluationDue: '2026-10-01T00:00:00+02:00',
  reminderOffsets: ['P7D', 'P1D'],
  facts: { found: true, outcome: 'adopted', grants: [{ year: 2026, amount: 4.2 }] },
});

export const createIdd = (data: Partial<CreateFollowUp['data']> = {}, now = CREATED_AT): CreateFollowUp =>
  command<CreateFollowUp>('CreateFollowUp', { ...iddCreation(), ...data }, now);

/** The event the creation above records. */
export const iddCreated = (): FollowUpCreated => {
  const { facts: _facts, ...rest } = iddCreation();
  return {
    type: 'FollowUpCreated',
    data: {
      ...rest,
      councilId: 'c1',
      grants: [{ year: 2026, amount: 4.2 }],
      grantsFrom: { kind: 'budget-proposal', id: 'bp-7' },
      createdAt: CREATED_AT,
    },
  };
};
