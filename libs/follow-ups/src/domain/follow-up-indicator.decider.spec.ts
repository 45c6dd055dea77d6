/**
 * Issue 18.6: an indicator with a comparator, a period and a baseline. Seed 003's bridge-building
 * effort counts "more than 600 a year": 150 a quarter into the year is on track, not 25 % done.
 */
import { deciderSpec, InvalidInputError } from '@app/kernel';
import { followUpDecider } from './follow-up.decider';
import { CREATED_AT, createIdd, iddCreated } from './follow-up.fixtures';
import { followUpProgress } from './follow-up.progress';
import type { FollowUpEvent } from './follow-up.events';
import type { Indicator } from './follow-up.types';
import { indicatorStanding, shareOfPeriod } from './indicator-progress';

const spec = deciderSpec(followUpDecider);
const bridgings: Indicator = {
  id: 'bridgings',
  name: 'Brobygninger',
  unit: 'bridgings',
  target: 600,
  comparator: 'at-least',
  period: 'P1Y',
  periodStartsOn: '2026-01-01T00:00:00+01:00',
  baseline: 350,
};

describe('indicators with a comparator, a period and a baseline (issue 18.6)', () => {
  it('records them on creation and refuses an unknown comparator or a period that is no duration (400)', () => {
    const created = iddCreated();
    spec
      .given([])
      .when(createIdd({ indicators: [bridgings] }))
      .then([{ ...created, data: { ...created.data, indicators: [bridgings] } }]);
    spec
      .given([])
      .when(createIdd({ indicators: [{ ...bridgings, comparator: 'more' as 'at-least' }] }))
      .thenThrows(InvalidInputError, /indicators.comparator must be one of/);
    spec
      .given([])
      .when(createIdd({ indicators: [{ ...bridgings, period: 'a year' }] }))
      .thenThrows(InvalidInputError, /indicators.period/);
  });

  it('150 a quarter into the year is on track for at least 600 a year (pro rata), 140 is not', () => {
    // 91 days less the hour summer time took, of 365: 600 × 90.96 / 365 = 149.5 expected.
    const quarter = '2026-04-02T00:00:00+02:00';
    expect(indicatorStanding(bridgings, { value: 150, asOf: quarter }, CREATED_AT)).toEqual({
      comparator: 'at-least',
      period: 'P1Y',
      baseline: 350,
      expectedByNow: 149.5,
      onTrack: true,
    });
    expect(indicatorStanding(bridgings, { value: 140, asOf: quarter }, CREATED_AT).onTrack).toBe(false);
  });

  it('measures within the period the value falls in: the second year starts again from nothing', () => {
    expect(shareOfPeriod('2026-01-01T00:00:00Z', 'P1Y', '2027-07-02T12:00:00Z')).toBeCloseTo(0.5, 2);
    const second = indicatorStanding(
      bridgings,
      { value: 310, asOf: '2027-07-02T12:00:00+02:00' },
      CREATED_AT,
    );
    expect(second.expectedByNow).toBe(299.9); // 182 days and 11 hours of 365
    expect(second.onTrack).toBe(true);
  });

  it('at most and exactly; a target without a period is a level compared as it is', () => {
    const waiting: Indicator = {
      id: 'w',
      name: 'Ventetid',
      unit: 'days',
      target: 10,
      comparator: 'at-most',
      baseline: 30,
    };
    expect(indicatorStanding(waiting, { value: 12, asOf: CREATED_AT }, CREATED_AT)).toMatchObject({
      expectedByNow: null,
      onTrack: false,
    });
    expect(indicatorStanding(waiting, { value: 9, asOf: CREATED_AT }, CREATED_AT).onTrack).toBe(true);
    const beds: Indicator = { id: 'b', name: 'Pladser', unit: 'beds', target: 40, comparator: 'exactly' };
    expect(indicatorStanding(beds, { value: 41, asOf: CREATED_AT }, CREATED_AT).onTrack).toBe(true);
    expect(indicatorStanding(beds, { value: 43, asOf: CREATED_AT }, CREATED_AT).onTrack).toBe(false);
    expect(indicatorStanding(beds, undefined, CREATED_AT).onTrack).toBeNull();
  });

  it('shows the standing in the follow-up’s progress, counting the period from its creation by default', () => {
    const created = iddCreated();
    const yearly: Indicator = { ...bridgings, periodStartsOn: undefined };
    delete yearly.periodStartsOn;
    const events: FollowUpEvent[] = [
      { ...created, data: { ...created.data, indicators: [yearly] } },
      {
        type: 'StatusReportSubmitted',
        data: {
          reportId: 'r1',
          summary: 'Kvartal',
          asOf: '2026-07-23T10:00:00.000Z', // half a year after 22 January
          values: [{ indicatorId: 'bridgings', value: 290 }],
          submittedAt: '2026-07-24T10:00:00.000Z',
        },
      } as FollowUpEvent,
    ];
    const [progress] = followUpProgress(spec.given(events).state(), '2026-07-24T10:00:00.000Z').indicators;
    expect(progress).toMatchObject({ latest: 290, target: 600, onTrack: false });
    expect(progress.expectedByNow).toBe(299.2); // 182 days of 365 from 22 January
  });
});
