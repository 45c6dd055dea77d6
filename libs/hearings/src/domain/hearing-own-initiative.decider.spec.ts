/**
 * Issue 18.4: a statement on the council's own initiative goes to its recipient "with no external
 * deadline unless one is set". Every rule that reads the response deadline copes with none: no
 * reminder or lapse of it, no input deadline unless the secretary gives one, nothing late.
 */
import { InvalidInputError, fold } from '@app/kernel';
import type {
  ExtendHearingDeadline,
  OpenHearing,
  RecordHearingLapse,
  RecordInputDeadlinePassed,
  RequestHearingApproval,
  SubmitHearingInput,
} from './hearing.commands';
import type { HearingCommand } from './hearing.commands';
import { hearingDecider } from './hearing.decider';
import type { HearingEvent } from './hearing.events';
import { hearingDeadlines } from './hearing.deadlines';
import { hearingView } from './hearing.view';
import {
  NOW,
  anna,
  cmd,
  council,
  draft1,
  opened,
  refusedField,
  secretary,
  spec,
  system,
} from './hearing.fixtures';

const RECIPIENT = 'Psykiatri- og socialudvalget';
const open = (data: Partial<OpenHearing['data']>) =>
  cmd<OpenHearing>(
    'OpenHearing',
    {
      hearingId: 'h1',
      title: opened.data.title,
      issuingBody: 'Region Hovedstaden',
      material: [{ title: 'Samarbejdsaftaler', url: 'https://example.org/aftaler.pdf' }],
      council,
      ...data,
    },
    secretary,
  );
const { responseDeadline: _r, inputDeadline: _i, ...withoutDeadlines } = opened.data;
const statement: HearingEvent = {
  type: 'HearingOpened',
  data: { ...withoutDeadlines, origin: 'own-initiative', recipient: RECIPIENT },
};
const decided = (history: HearingEvent[], command: HearingCommand) =>
  hearingDecider.decide(command, fold(hearingDecider, history)) as HearingEvent[];
const MUCH_LATER = '2027-06-01T10:00:00.000Z';

describe('a statement on the council’s own initiative without a deadline (issue 18.4)', () => {
  it('opens with no response deadline and no input deadline', () => {
    spec
      .given([])
      .when(open({ origin: 'own-initiative', recipient: RECIPIENT }))
      .then([statement]);
    expect(hearingView(spec.given([statement]).state(), 'h1')).toMatchObject({
      responseDeadline: null,
      inputDeadline: null,
    });
  });

  it('keeps an input deadline the secretary gives, and checks it as before', () => {
    const inputDeadline = '2026-01-20T12:00:00.000Z';
    spec
      .given([])
      .when(open({ origin: 'own-initiative', recipient: RECIPIENT, inputDeadline }))
      .then([{ ...statement, data: { ...statement.data, inputDeadline, inputDeadlineSetByHand: true } }]);
    spec
      .given([])
      .when(open({ origin: 'own-initiative', recipient: RECIPIENT, inputDeadline: '2026-01-01T12:00:00Z' }))
      .thenThrows(InvalidInputError, /inputDeadline must be after receivedAt/);
  });

  it('sets a deadline when the secretary gives one, computed input deadline included', () => {
    const [event] = decided(
      [],
      open({
        origin: 'own-initiative',
        recipient: RECIPIENT,
        responseDeadline: opened.data.responseDeadline,
      }),
    );
    expect(event.data).toMatchObject({
      responseDeadline: opened.data.responseDeadline,
      inputDeadline: opened.data.inputDeadline,
    });
  });

  it('refuses every other origin without a response deadline (400 naming the field)', () => {
    for (const origin of [
      undefined,
      'formal-hearing',
      'early-involvement',
      'committee-invitation',
    ] as const) {
      expect(refusedField([], open({ ...(origin && { origin }) }))).toBe('responseDeadline');
    }
    spec
      .given([])
      .when(open({ origin: 'committee-invitation' }))
      .thenThrows(InvalidInputError, /responseDeadline is required unless the origin is own-initiative/);
  });

  it('a retry of the same statement changes nothing; one with a deadline added is a conflict', () => {
    spec
      .given([statement])
      .when(open({ origin: 'own-initiative', recipient: RECIPIENT }))
      .then([]);
    expect(() =>
      decided(
        [statement],
        open({
          origin: 'own-initiative',
          recipient: RECIPIENT,
          responseDeadline: opened.data.responseDeadline,
        }),
      ),
    ).toThrow(/already exists with other content/);
  });

  it('has no input or response deadline to schedule, remind of, pass or lapse', () => {
    expect(hearingDeadlines(spec.given([statement]).state(), 'hearing-c1~h1')).toEqual([]);
    spec
      .given([statement])
      .when(cmd<RecordHearingLapse>('RecordHearingLapse', { dueAt: MUCH_LATER }, system, MUCH_LATER))
      .then([]);
    spec
      .given([statement])
      .when(
        cmd<RecordInputDeadlinePassed>(
          'RecordInputDeadlinePassed',
          { dueAt: MUCH_LATER },
          system,
          MUCH_LATER,
        ),
      )
      .then([]);
  });

  it('marks no input late, however long after it is given', () => {
    const [event] = decided(
      [statement],
      cmd<SubmitHearingInput>('SubmitHearingInput', { text: 'Et forslag' }, anna, MUCH_LATER),
    );
    expect(event.data).toMatchObject({ late: false });
  });

  it('takes any future approval deadline, and schedules only that one', () => {
    const approvalDeadline = MUCH_LATER;
    const given = [statement, draft1];
    const [event] = decided(
      given,
      cmd<RequestHearingApproval>('RequestHearingApproval', { approvalDeadline, council }, secretary),
    );
    expect(event).toMatchObject({ type: 'HearingApprovalRequested', data: { approvalDeadline } });
    const ids = hearingDeadlines(spec.given([...given, event]).state(), 'hearing-c1~h1').map((d) => d.id);
    expect(ids).toEqual(['approval', 'approval-remind-P7D', 'approval-remind-P2D']);
  });

  it('refuses to extend a deadline it does not have (400 naming responseDeadline)', () => {
    spec
      .given([statement])
      .when(
        cmd<ExtendHearingDeadline>('ExtendHearingDeadline', { responseDeadline: MUCH_LATER }, secretary, NOW),
      )
      .thenThrows(InvalidInputError, /no response deadline to extend/);
  });
});
