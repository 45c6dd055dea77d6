import { fold } from '@app/kernel';
import { followUpDecider } from './follow-up.decider';
import type { FollowUpEvent } from './follow-up.events';
import { iddCreated } from './follow-up.fixtures';
import { followUpProgress } from './follow-up.progress';

const state = (...events: FollowUpEvent[]) => fold(followUpDecider, [iddCreated(), ...events]);
const report = (reportId: string, asOf: string, value: number, submittedAt: string): FollowUpEvent => ({
  type: 'StatusReportSubmitted',
  data: { reportId, summary: 's', asOf, values: [{ indicatorId: 'patients', value }], submittedAt },
});
// Seed 003: phase 1 since 1 Sep 2024, phase 2 from 1 Jul 2025; the creation is 22 Jan 2026.
const onTrack: FollowUpEvent[] = [
  { type: 'PhaseStarted', data: { phaseId: 'phase-1', startedOn: '2024-09-01T00:00:00+02:00' } },
  { type: 'PhaseStarted', data: { phaseId: 'phase-2', startedOn: '2025-07-01T00:00:00+02:00' } },
];

describe('follow-up progress (derived, never typed)', () => {
  it('counts phases done and milestones met, and each indicator against its target', () => {
    const s = state(
      ...onTrack,
      { type: 'PhaseCompleted', data: { phaseId: 'phase-1', completedOn: '2025-07-01T00:00:00+02:00' } },
      { type: 'MilestoneMet', data: { milestoneId: 'm-1', on: '2026-02-20T00:00:00Z' } },
      report('r2', '2025-12-31T00:00:00+01:00', 407, '2026-01-23T00:00:00Z'),
      // Entered later but as of an earlier date: it does not replace the newer value.
      report('r1', '2025-09-30T00:00:00+02:00', 250, '2026-01-24T00:00:00Z'),
    );
    expect(followUpProgress(s, '2026-02-01T00:00:00Z')).toEqual({
      phasesDone: 1,
      phasesTotal: 3,
      milestonesMet: 1,
      milestonesTotal: 1,
      indicators: [
        {
          id: 'patients',
          name: 'Patienter i IDD-behandling',
          unit: 'patients',
          latest: 407,
          latestAsOf: '2025-12-31T00:00:00+01:00',
          target: 450,
          // An indicator set before issue 18.6: at least the target, a level (no period).
          comparator: 'at-least',
          period: null,
          baseline: null,
          expectedByNow: null,
          onTrack: false,
        },
      ],
      onSchedule: true,
    });
  });

  it('shows no value before any report', () => {
    expect(followUpProgress(state(), '2026-01-23T00:00:00Z').indicators[0].latest).toBeNull();
  });

  it('is off schedule when a report is past due, and back on once it comes', () => {
    // The first report is due P3M after the creation: 22 Apr 2026 10:00Z.
    const met: FollowUpEvent = {
      type: 'MilestoneMet',
      data: { milestoneId: 'm-1', on: '2026-02-20T00:00:00Z' },
    };
    expect(followUpProgress(state(...onTrack, met), '2026-04-22T09:59:59Z').onSchedule).toBe(true);
    expect(followUpProgress(state(...onTrack, met), '2026-04-22T10:00:00Z').onSchedule).toBe(false);
    const reported = state(
      ...onTrack,
      met,
      report('r1', '2026-04-20T00:00:00Z', 300, '2026-04-23T00:00:00Z'),
    );
    expect(followUpProgress(reported, '2026-04-25T00:00:00Z').onSchedule).toBe(true);
  });

  it('is off schedule for a milestone past due unresolved, or a phase past its planned start or end', () => {
    const inFeb = '2026-02-10T00:00:00Z';
    expect(followUpProgress(state(...onTrack), inFeb).onSchedule).toBe(true);
    // The milestone is due 1 Mar 2026.
    expect(followUpProgress(state(...onTrack), '2026-03-02T00:00:00Z').onSchedule).toBe(false);
    expect(followUpProgress(state(onTrack[0]), inFeb).onSchedule).toBe(false); // phase 2 never started
    const afterPhase2End = '2026-07-02T00:00:00Z';
    const s = state(
      ...onTrack,
      { type: 'MilestoneMissed', data: { milestoneId: 'm-1', on: '2026-03-01T00:00:00Z' } },
      report('r1', '2026-06-30T00:00:00Z', 380, '2026-06-30T00:00:00Z'),
      { type: 'PhaseStarted', data: { phaseId: 'phase-3', startedOn: '2026-07-01T00:00:00+02:00' } },
    );
    expect(followUpProgress(s, afterPhase2End).onSchedule).toBe(false); // phase 2 not completed
    const done = state(...onTrack, {
      type: 'PhaseCompleted',
      data: { phaseId: 'phase-2', completedOn: afterPhase2End },
    });
    expect(followUpProgress(done, afterPhase2End).onSchedule).toBe(false); // phase 3 not started
  });

  it('after the verdict the clock stops at the verdict date', () => {
    const s = state(...onTrack, {
      type: 'VerdictGiven',
      data: { verdict: 'adjust', reason: 'r', givenOn: '2026-02-01T00:00:00Z' },
    });
    expect(followUpProgress(s, '2027-01-01T00:00:00Z').onSchedule).toBe(true);
  });
});
