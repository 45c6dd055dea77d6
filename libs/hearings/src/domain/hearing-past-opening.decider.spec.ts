import { InvalidInputError, fold } from '@app/kernel';
import type { ExtendHearingDeadline, OpenHearing, SubmitHearingResponse } from './hearing.commands';
import { hearingDecider } from './hearing.decider';
import { hearingDeadlines } from './hearing.deadlines';
import type { HearingEvent, HearingOpened } from './hearing.events';
import {
  NOW,
  cmd,
  council,
  draft1,
  opened,
  refusedField,
  secretary,
  signedOff,
  spec,
} from './hearing.fixtures';

/**
 * Issue 18.1 and seed 000: the hearing of January 2022 ("høringsfrist 28. januar") typed in years
 * later with its real dates. Its deadlines are checked against when it was received, not against
 * now, and those already passed at entry are history: nothing reminds of them or lapses the hearing.
 */
const RECEIVED = '2022-01-05T12:00:00+01:00';
const DEADLINE = '2022-01-28T23:59:00+01:00';
/** Two working days before Friday 28 January 2022: Wednesday 26 January, same local time. */
const COMPUTED_INPUT = '2022-01-26T22:59:00.000Z';

const open = (data: Partial<OpenHearing['data']> = {}, occurredAt?: string) =>
  cmd<OpenHearing>(
    'OpenHearing',
    {
      hearingId: 'h1',
      title: opened.data.title,
      issuingBody: 'Region Hovedstaden',
      material: opened.data.material,
      responseDeadline: DEADLINE,
      council,
      ...data,
    },
    secretary,
    NOW,
    occurredAt === undefined ? {} : { occurredAt },
  );

const openedIn2022: HearingOpened = {
  ...opened,
  data: {
    ...opened.data,
    receivedAt: RECEIVED,
    responseDeadline: DEADLINE,
    inputDeadline: COMPUTED_INPUT,
    enteredAt: NOW,
  },
};

const deadlinesAfter = (events: HearingEvent[]) =>
  hearingDeadlines(fold(hearingDecider, events), 'hearing-h1').map((d) => `${d.id} ${d.dueAt}`);

describe('opening a hearing received in the past (issue 18.1)', () => {
  it('records a hearing whose deadline had passed, with the input deadline as the rule gave it then', () => {
    spec
      .given([])
      .when(open({ receivedAt: RECEIVED }))
      .then([openedIn2022]);
  });

  it('takes the business time from occurredAt when no receivedAt is given', () => {
    spec.given([]).when(open({}, RECEIVED)).then([openedIn2022]);
  });

  it('a hearing received last week and due next week is followed as one received today', () => {
    const receivedAt = '2025-12-29T09:00:00Z';
    const responseDeadline = '2026-01-28T12:00:00+01:00';
    spec
      .given([])
      .when(open({ receivedAt, responseDeadline }))
      .then([{ ...opened, data: { ...opened.data, receivedAt } }]);
  });

  it('still wants the deadlines after the receipt, and the input deadline before the response', () => {
    expect(refusedField([], open({ receivedAt: '2022-01-29T09:00:00+01:00' }))).toBe('responseDeadline');
    expect(refusedField([], open({ receivedAt: RECEIVED, inputDeadline: '2022-01-04T12:00:00+01:00' }))).toBe(
      'inputDeadline',
    );
    expect(refusedField([], open({ receivedAt: RECEIVED, inputDeadline: '2022-01-29T12:00:00+01:00' }))).toBe(
      'inputDeadline',
    );
  });

  it('refuses a receipt in the future, naming the field that gave it (400)', () => {
    spec
      .given([])
      .when(open({ receivedAt: '2026-01-06T09:00:00Z', responseDeadline: '2026-01-28T12:00:00Z' }))
      .thenThrows(InvalidInputError, /receivedAt must not be in the future/);
    expect(refusedField([], open({ responseDeadline: '2026-01-28T12:00:00Z' }, '2026-01-06T09:00:00Z'))).toBe(
      'occurredAt',
    );
  });

  it('keeps today’s rule for a hearing received now: the deadline must be ahead', () => {
    spec
      .given([])
      .when(open())
      .thenThrows(InvalidInputError, /responseDeadline must be after receivedAt/);
    expect(refusedField([], open({ responseDeadline: NOW }))).toBe('responseDeadline');
    expect(
      refusedField(
        [],
        open({ inputDeadline: '2026-01-01T00:00:00Z', responseDeadline: '2026-01-28T12:00:00Z' }),
      ),
    ).toBe('inputDeadline');
  });

  it('holds no reminder, passing or lapse for a deadline that had passed at entry', () => {
    expect(deadlinesAfter([openedIn2022])).toEqual([]);
  });

  it('follows the response deadline again once it is extended past the entry', () => {
    const extended = spec
      .given([openedIn2022])
      .when(
        cmd<ExtendHearingDeadline>(
          'ExtendHearingDeadline',
          { responseDeadline: '2026-02-10T12:00:00Z' },
          secretary,
        ),
      );
    extended.then([
      {
        type: 'HearingDeadlineExtended',
        data: {
          previousResponseDeadline: DEADLINE,
          responseDeadline: '2026-02-10T12:00:00Z',
          inputDeadline: COMPUTED_INPUT,
        },
      },
    ]);
    const after: HearingEvent[] = [
      openedIn2022,
      {
        type: 'HearingDeadlineExtended',
        data: {
          previousResponseDeadline: DEADLINE,
          responseDeadline: '2026-02-10T12:00:00Z',
          inputDeadline: COMPUTED_INPUT,
        },
      },
    ];
    expect(deadlinesAfter(after)).toEqual([
      'response 2026-02-10T12:00:00.000Z',
      'response-remind-P7D 2026-02-03T12:00:00.000Z',
      'response-remind-P2D 2026-02-08T12:00:00.000Z',
    ]);
  });

  it('takes the response as sent on its day in 2022', () => {
    const submittedAt = '2022-01-27T10:00:00+01:00';
    const submit = (data: SubmitHearingResponse['data'], occurredAt?: string) =>
      cmd<SubmitHearingResponse>('SubmitHearingResponse', data, secretary, NOW, {
        ...(occurredAt !== undefined && { occurredAt }),
      });
    spec
      .given([openedIn2022, draft1, signedOff])
      .when(submit({ recipient: 'Region Hovedstaden', submittedAt }, submittedAt))
      .then([
        {
          type: 'HearingResponseSubmitted',
          data: { draftVersion: 1, submittedAt, recipient: 'Region Hovedstaden' },
        },
      ]);
    expect(
      refusedField(
        [openedIn2022, draft1, signedOff],
        submit({ recipient: 'Region Hovedstaden', submittedAt: '2022-01-04T10:00:00+01:00' }),
      ),
    ).toBe('submittedAt');
  });
});
