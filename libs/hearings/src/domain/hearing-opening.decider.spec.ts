import {
  ConcurrencyError,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
} from '@app/kernel';
import type { ExtendHearingDeadline, OpenHearing } from './hearing.commands';
import {
  INPUT_DEADLINE,
  NOW,
  RESPONSE_DEADLINE,
  cmd,
  council,
  anna,
  opened,
  secretary,
  spec,
  submitted,
  signedOff,
  draft1,
  refusedField,
} from './hearing.fixtures';

const open = (data: Partial<OpenHearing['data']> = {}, actor = secretary, now = NOW) =>
  cmd<OpenHearing>(
    'OpenHearing',
    {
      hearingId: 'h1',
      title: opened.data.title,
      issuingBody: 'Region Hovedstaden',
      material: [{ title: 'Samarbejdsaftaler', url: 'https://example.org/aftaler.pdf' }],
      responseDeadline: RESPONSE_DEADLINE,
      council,
      ...data,
    },
    actor,
    now,
  );
const extend = (responseDeadline: string, now = NOW) =>
  cmd<ExtendHearingDeadline>('ExtendHearingDeadline', { responseDeadline }, secretary, now);

describe('opening a hearing', () => {
  it('defaults: input two working days before, council offsets, all current members, chair and secretaries', () => {
    spec.given([]).when(open()).then([opened]);
  });
  it('takes the given input deadline, offsets, invited and received date', () => {
    spec
      .given([])
      .when(
        open({
          inputDeadline: '2026-01-20T12:00:00Z',
          reminderOffsets: ['PT1H'],
          invited: ['anna', 'anna', 'bo'],
          receivedAt: '2026-01-02T08:00:00Z',
        }),
      )
      .then([
        {
          ...opened,
          data: {
            ...opened.data,
            inputDeadline: '2026-01-20T12:00:00Z',
            inputDeadlineSetByHand: true,
            reminderOffsets: ['PT1H'],
            invited: ['anna', 'bo'],
            receivedAt: '2026-01-02T08:00:00Z',
          },
        },
      ]);
  });
  it('a hearing arriving within two working days of its deadline collects input until the response is due', () => {
    spec
      .given([])
      .when(open({ responseDeadline: '2026-01-06T12:00:00Z' }))
      .then([
        {
          ...opened,
          data: {
            ...opened.data,
            responseDeadline: '2026-01-06T12:00:00Z',
            inputDeadline: '2026-01-06T12:00:00Z',
          },
        },
      ]);
  });
  it('refuses a response deadline in the past (400 responseDeadline)', () => {
    spec
      .given([])
      .when(open({ responseDeadline: '2026-01-04T12:00:00Z' }))
      .thenThrows(InvalidInputError, /responseDeadline/);
    expect(refusedField([], open({ responseDeadline: '2026-01-04T12:00:00Z' }))).toBe('responseDeadline');
  });
  it('refuses an input deadline after the response deadline (400 inputDeadline)', () => {
    spec
      .given([])
      .when(open({ inputDeadline: '2026-01-29T00:00:00Z' }))
      .thenThrows(InvalidInputError, /inputDeadline must not be after/);
    expect(refusedField([], open({ inputDeadline: '2026-01-29T00:00:00Z' }))).toBe('inputDeadline');
  });
  it('refuses deadlines before the hearing was received (400 naming the deadline)', () => {
    // A receipt in the future is refused since issue 18.1, so the hearing arrived earlier than its deadline.
    const late = { receivedAt: '2026-01-04T09:00:00+01:00', responseDeadline: '2026-01-03T12:00:00+01:00' };
    spec
      .given([])
      .when(open(late))
      .thenThrows(InvalidInputError, /responseDeadline must be after receivedAt/);
    expect(refusedField([], open(late))).toBe('responseDeadline');
    expect(
      refusedField([], open({ receivedAt: '2026-01-04T00:00:00Z', inputDeadline: '2026-01-03T12:00:00Z' })),
    ).toBe('inputDeadline');
  });
  it('refuses an input deadline in the past, an empty title, unknown invitees and bad offsets', () => {
    spec
      .given([])
      .when(open({ inputDeadline: '2026-01-01T00:00:00Z' }))
      .thenThrows(InvalidInputError, /inputDeadline/);
    spec
      .given([])
      .when(open({ title: '  ' }))
      .thenThrows(InvalidInputError, /title/);
    spec
      .given([])
      .when(open({ invited: ['anna', 'zed'] }))
      .thenThrows(InvalidInputError, /zed/);
    spec
      .given([])
      .when(open({ reminderOffsets: ['7 days'] }))
      .thenThrows(InvalidInputError, /reminderOffsets/);
  });
  it('only the secretary opens a hearing', () => {
    spec.given([]).when(open({}, anna)).thenThrows(ForbiddenError);
  });
  it('a retried creation with the same content changes nothing; other content is a conflict', () => {
    spec.given([opened]).when(open()).then([]);
    // Even once the deadline has passed, the retry is recognised rather than refused as "in the past";
    // a DTO carries absent fields as undefined keys, and defaults (receivedAt = now) are not compared.
    spec
      .given([opened])
      .when(open({ receivedAt: undefined, inputDeadline: undefined }, secretary, '2026-02-01T00:00:00Z'))
      .then([]);
    spec
      .given([opened])
      .when(open({ title: 'Another' }))
      .thenThrows(ConcurrencyError);
  });
});

describe('extending the response deadline', () => {
  it('moves the response deadline, and computes a pending input deadline again by working days', () => {
    spec
      .given([opened])
      .when(extend('2026-02-04T12:00:00+01:00'))
      .then([
        {
          type: 'HearingDeadlineExtended',
          data: {
            previousResponseDeadline: RESPONSE_DEADLINE,
            responseDeadline: '2026-02-04T12:00:00+01:00',
            inputDeadline: '2026-02-02T11:00:00.000Z',
          },
        },
      ]);
  });
  // Issue 21.3: the region moved a Friday deadline to the Monday; a shift in calendar time put the
  // input deadline on the Saturday. Two working days before Monday 1 February 2027 is Thursday.
  it('an extension from Friday to Monday keeps the input deadline on a working day', () => {
    const friday = '2027-01-29T23:59:00+01:00';
    const opened2027 = {
      ...opened,
      data: { ...opened.data, responseDeadline: friday, inputDeadline: '2027-01-27T22:59:00.000Z' },
    };
    spec
      .given([opened2027])
      .when(extend('2027-02-01T23:59:00+01:00', '2027-01-20T09:00:00Z'))
      .then([
        {
          type: 'HearingDeadlineExtended',
          data: {
            previousResponseDeadline: friday,
            responseDeadline: '2027-02-01T23:59:00+01:00',
            inputDeadline: '2027-01-28T22:59:00.000Z',
          },
        },
      ]);
    // Easter 2027: Maundy Thursday 25 March and Good Friday 26 March are holidays, so two working
    // days before Tuesday 30 March (Easter Monday the 29th is one too) is Tuesday 23 March.
    spec
      .given([opened2027])
      .when(extend('2027-03-30T23:59:00+02:00', '2027-01-20T09:00:00Z'))
      .then([
        {
          type: 'HearingDeadlineExtended',
          data: {
            previousResponseDeadline: friday,
            responseDeadline: '2027-03-30T23:59:00+02:00',
            inputDeadline: '2027-03-23T22:59:00.000Z',
          },
        },
      ]);
  });
  it('an input deadline the secretary set by hand keeps its distance to the response deadline', () => {
    const byHand = {
      ...opened,
      data: { ...opened.data, inputDeadline: '2026-01-20T12:00:00Z', inputDeadlineSetByHand: true },
    };
    spec
      .given([byHand])
      .when(extend('2026-02-04T12:00:00+01:00'))
      .then([
        {
          type: 'HearingDeadlineExtended',
          data: {
            previousResponseDeadline: RESPONSE_DEADLINE,
            responseDeadline: '2026-02-04T12:00:00+01:00',
            inputDeadline: '2026-01-27T12:00:00.000Z',
          },
        },
      ]);
    // A hearing opened before the flag was recorded: a deadline off the rule was given by hand.
    const { inputDeadlineSetByHand: _flag, ...older } = byHand.data;
    const state = spec.given([{ ...opened, data: older }]).state();
    expect(state.exists && state.inputDeadlineSetByHand).toBe(true);
    const { inputDeadlineSetByHand: _f, ...computed } = opened.data;
    const fromRule = spec.given([{ ...opened, data: computed }]).state();
    expect(fromRule.exists && fromRule.inputDeadlineSetByHand).toBe(false);
  });
  it('leaves a passed input deadline where it was', () => {
    spec
      .given([opened, { type: 'InputDeadlinePassed', data: { inputDeadline: INPUT_DEADLINE, missing: [] } }])
      .when(extend('2026-02-04T12:00:00+01:00', '2026-01-27T00:00:00Z'))
      .then([
        {
          type: 'HearingDeadlineExtended',
          data: {
            previousResponseDeadline: RESPONSE_DEADLINE,
            responseDeadline: '2026-02-04T12:00:00+01:00',
            inputDeadline: INPUT_DEADLINE,
          },
        },
      ]);
  });
  it('refuses an extension to an earlier (or the same) date (400 responseDeadline)', () => {
    spec.given([opened]).when(extend('2026-01-27T12:00:00+01:00')).thenThrows(InvalidInputError, /later/);
    spec.given([opened]).when(extend(RESPONSE_DEADLINE)).thenThrows(InvalidInputError, /later/);
  });
  it('refuses after submission, for a hearing that does not exist, and for a member', () => {
    spec
      .given([opened, draft1, signedOff, submitted])
      .when(extend('2026-02-04T12:00:00Z'))
      .thenThrows(InvalidStateError);
    spec.given([]).when(extend('2026-02-04T12:00:00Z')).thenThrows(NotFoundError);
    spec
      .given([opened])
      .when(
        cmd<ExtendHearingDeadline>(
          'ExtendHearingDeadline',
          { responseDeadline: '2026-02-04T12:00:00Z' },
          anna,
        ),
      )
      .thenThrows(ForbiddenError);
  });
});
