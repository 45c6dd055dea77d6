import { deciderSpec, fold, InvalidInputError, InvalidStateError } from '@app/kernel';
import type { RevisePlan } from './follow-up.commands';
import { followUpDecider } from './follow-up.decider';
import { followUpDeadlines } from './follow-up.deadlines';
import type { FollowUpEvent } from './follow-up.events';
import { command, iddCreated } from './follow-up.fixtures';
import { planDatesOf } from './follow-up.state';

const spec = deciderSpec(followUpDecider);
const NOW = '2026-02-01T09:00:00.000Z';
const revise = (data: Omit<RevisePlan['data'], 'reason'>, reason = 'Styregruppen udvidede planen') =>
  command<RevisePlan>('RevisePlan', { reason, ...data }, NOW);
const before = planDatesOf(fold(followUpDecider, [iddCreated()]));
const evaluationPhase = {
  id: 'phase-4',
  name: 'Fase 4: evaluering',
  plannedStart: '2028-01-01T00:00:00+01:00',
  plannedEnd: '2028-06-30T00:00:00+02:00',
};
const visitation = { id: 'm-2', name: 'Fælles visitation i drift', due: '2026-09-01T00:00:00+02:00' };

describe('revising a follow-up’s plan: phases and milestones come and go', () => {
  it('adds a phase and a milestone, with their names, to the plan and its dates', () => {
    spec
      .given([iddCreated()])
      .when(revise({ addPhases: [evaluationPhase], addMilestones: [visitation] }))
      .then([
        {
          type: 'PlanRevised',
          data: {
            reason: 'Styregruppen udvidede planen',
            revisedAt: NOW,
            previous: before,
            plan: {
              ...before,
              phases: [
                ...before.phases,
                {
                  id: 'phase-4',
                  plannedStart: evaluationPhase.plannedStart,
                  plannedEnd: evaluationPhase.plannedEnd,
                },
              ],
              milestones: [...before.milestones, { id: 'm-2', due: visitation.due }],
            },
            added: { phases: [evaluationPhase], milestones: [visitation] },
          },
        },
      ]);
  });

  it('drops a phase not yet started and a milestone not yet recorded', () => {
    spec
      .given([iddCreated()])
      .when(revise({ dropPhases: ['phase-3'], dropMilestones: ['m-1'] }))
      .then([
        {
          type: 'PlanRevised',
          data: {
            reason: 'Styregruppen udvidede planen',
            revisedAt: NOW,
            previous: before,
            plan: { ...before, phases: before.phases.slice(0, 2), milestones: [] },
            dropped: {
              phases: [
                {
                  id: 'phase-3',
                  name: 'Fase 3',
                  plannedStart: '2026-07-01T00:00:00+02:00',
                  plannedEnd: '2027-12-31T00:00:00+01:00',
                },
              ],
              milestones: [
                { id: 'm-1', name: 'Overleveringsdokument aftalt', due: '2026-03-01T00:00:00+01:00' },
              ],
            },
          },
        },
      ]);
  });

  it('folds the new plan into the state, so the new milestone has its deadline and the dropped one has none', () => {
    const [revised] = followUpDecider.decide(
      revise({ addMilestones: [visitation], dropMilestones: ['m-1'], dropPhases: ['phase-3'] }),
      fold(followUpDecider, [iddCreated()]),
    );
    const state = fold(followUpDecider, [iddCreated(), revised]);
    expect(state.phases.map((p) => p.id)).toEqual(['phase-1', 'phase-2']);
    expect(state.milestones).toEqual([visitation]);
    const deadlines = followUpDeadlines(state, 'followUp-idd').map((d) => d.id);
    expect(deadlines.filter((id) => id.startsWith('milestone'))).toEqual(
      expect.arrayContaining([expect.stringContaining('m-2')]),
    );
    expect(deadlines.some((id) => id.includes('m-1'))).toBe(false);
  });

  it('keeps what has happened: a started phase and a recorded milestone stay (409)', () => {
    const started: FollowUpEvent = { type: 'PhaseStarted', data: { phaseId: 'phase-1', startedOn: NOW } };
    const met: FollowUpEvent = { type: 'MilestoneMet', data: { milestoneId: 'm-1', on: NOW } };
    spec
      .given([iddCreated(), started])
      .when(revise({ dropPhases: ['phase-1'] }))
      .thenThrows(InvalidStateError, /phase-1/);
    spec
      .given([iddCreated(), met])
      .when(revise({ dropMilestones: ['m-1'] }))
      .thenThrows(InvalidStateError, /m-1/);
  });

  it('refuses an id in use or used before, an unknown id, a move of what is dropped, and a phase ending before it starts', () => {
    spec
      .given([iddCreated()])
      .when(revise({ addPhases: [{ ...evaluationPhase, id: 'phase-2' }] }))
      .thenThrows(InvalidInputError, /phase-2/);
    const [dropped] = followUpDecider.decide(
      revise({ dropMilestones: ['m-1'] }),
      fold(followUpDecider, [iddCreated()]),
    );
    spec
      .given([iddCreated(), dropped])
      .when(revise({ addMilestones: [{ ...visitation, id: 'm-1' }] }))
      .thenThrows(InvalidInputError, /m-1/);
    spec
      .given([iddCreated()])
      .when(revise({ dropPhases: ['phase-9'] }))
      .thenThrows(InvalidInputError, /phase-9/);
    spec
      .given([iddCreated()])
      .when(revise({ dropPhases: ['phase-3'], phases: [{ id: 'phase-3', plannedStart: NOW }] }))
      .thenThrows(InvalidInputError, /both moved and dropped/);
    spec
      .given([iddCreated()])
      .when(revise({ addPhases: [{ ...evaluationPhase, plannedEnd: '2027-01-01T00:00:00Z' }] }))
      .thenThrows(InvalidInputError, /ends before/);
    spec
      .given([iddCreated()])
      .when(revise({ addMilestones: [{ ...visitation, name: ' ' }] }))
      .thenThrows(InvalidInputError, /name/);
  });

  it('names a new phase or milestone without an id the way the creation does, skipping ids used before', () => {
    const [revised] = followUpDecider.decide(
      revise({
        addPhases: [{ name: 'Fase 4', plannedStart: '2028-01-01T00:00:00+01:00' }],
        addMilestones: [
          { name: 'Første', due: '2026-05-01T00:00:00+02:00' },
          { name: 'Anden', due: '2026-06-01T00:00:00+02:00' },
        ],
      }),
      fold(followUpDecider, [iddCreated()]),
    );
    expect(revised.data).toMatchObject({
      added: {
        phases: [{ id: 'phase-4', name: 'Fase 4' }],
        milestones: [
          { id: 'milestone-2', name: 'Første' },
          { id: 'milestone-3', name: 'Anden' },
        ],
      },
    });
  });

  it('a retried revision adds nothing twice, with or without ids', () => {
    const addition = revise({
      addPhases: [{ name: 'Fase 4', plannedStart: '2028-01-01T00:00:00+01:00' }],
      addMilestones: [visitation],
    });
    const [revised] = followUpDecider.decide(addition, fold(followUpDecider, [iddCreated()]));
    spec.given([iddCreated(), revised]).when(addition).then([]);
  });
});
