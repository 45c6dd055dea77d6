import { ForbiddenError, InvalidInputError, InvalidStateError } from '@app/kernel';
import type {
  AnswerHearingApproval,
  DeclineHearing,
  DraftHearingResponse,
  RequestHearingApproval,
  SignOffHearingResponse,
  SubmitHearingResponse,
} from './hearing.commands';
import type { HearingEvent } from './hearing.events';
import {
  NOW,
  anna,
  annaInput,
  approvalRequested,
  bo,
  chair,
  cmd,
  council,
  draft1,
  opened,
  refusedField,
  secretary,
  signedOff,
  spec,
  submitted,
} from './hearing.fixtures';

const draft = (data: DraftHearingResponse['data']) =>
  cmd<DraftHearingResponse>('DraftHearingResponse', data, secretary);
const requestApproval = (approvalDeadline: string, members = council.memberIds) =>
  cmd<RequestHearingApproval>(
    'RequestHearingApproval',
    { approvalDeadline, council: { ...council, memberIds: members } },
    secretary,
  );
const answer = (actor: typeof anna, approve: boolean, comment?: string) =>
  cmd<AnswerHearingApproval>('AnswerHearingApproval', { approve, ...(comment && { comment }) }, actor);
const signOff = (actor = chair, inOffice = council) =>
  cmd<SignOffHearingResponse>('SignOffHearingResponse', { council: inOffice }, actor);
const submit = (data: SubmitHearingResponse['data']) =>
  cmd<SubmitHearingResponse>('SubmitHearingResponse', data, secretary);
const decline = (reason: string) => cmd<DeclineHearing>('DeclineHearing', { reason }, secretary);
const boObjects: HearingEvent = {
  type: 'HearingApprovalAnswered',
  data: { personId: 'bo', draftVersion: 1, approve: false, comment: 'For vagt' },
};

describe('drafting the response', () => {
  it('each draft is a new version naming the inputs it draws on', () => {
    spec
      .given([opened, annaInput])
      .when(draft({ text: 'Rådets høringssvar', basedOn: ['anna'] }))
      .then([draft1]);
    spec
      .given([opened, annaInput, draft1])
      .when(draft({ text: 'Version 2' }))
      .then([{ type: 'HearingResponseDrafted', data: { version: 2, text: 'Version 2', basedOn: [] } }]);
  });
  it('refuses empty text and inputs that were never given', () => {
    expect(refusedField([opened], draft({ text: '' }))).toBe('text');
    expect(refusedField([opened], draft({ text: 'x', basedOn: ['bo'] }))).toBe('basedOn');
  });
  it('only the secretary drafts', () => {
    spec
      .given([opened])
      .when(cmd<DraftHearingResponse>('DraftHearingResponse', { text: 'x' }, chair))
      .thenThrows(ForbiddenError);
  });
  it('a new draft needs a new approval and sign-off', () => {
    const state = spec.given([opened, annaInput, draft1, approvalRequested, signedOff, draft1]).state();
    expect(state.exists && [state.status, state.approval, state.signOff]).toEqual([
      'drafting',
      undefined,
      undefined,
    ]);
  });
});

describe('approval', () => {
  it('the secretary requests approval of the current draft from the council’s members', () => {
    spec
      .given([opened, annaInput, draft1])
      .when(requestApproval('2026-01-27T12:00:00Z'))
      .then([approvalRequested]);
    spec
      .given([opened, annaInput, draft1, approvalRequested])
      .when(requestApproval('2026-01-27T12:00:00Z'))
      .then([]);
  });
  it('asking again for the same draft moves the deadline and keeps the answers given', () => {
    const annaApproves: HearingEvent = {
      type: 'HearingApprovalAnswered',
      data: { personId: 'anna', draftVersion: 1, approve: true },
    };
    const later = '2026-01-28T09:00:00Z';
    const moved: HearingEvent = {
      type: 'HearingApprovalRequested',
      data: { draftVersion: 1, approvalDeadline: later, requestedFrom: ['anna', 'bo', 'carl'] },
    };
    spec.given([opened, draft1, approvalRequested, annaApproves]).when(requestApproval(later)).then([moved]);
    const state = spec.given([opened, draft1, approvalRequested, annaApproves, moved]).state();
    expect(state.exists && state.approval).toEqual({
      draftVersion: 1,
      approvalDeadline: later,
      requestedFrom: ['anna', 'bo', 'carl'],
      answers: { anna: { approve: true } },
      deadlinePassed: false,
    });
    // A signed-off draft is not asked about again.
    spec
      .given([opened, draft1, approvalRequested, signedOff])
      .when(requestApproval(later))
      .thenThrows(InvalidStateError, /signed off/);
  });
  it('refuses approval before a draft (409)', () => {
    spec
      .given([opened])
      .when(requestApproval('2026-01-27T12:00:00Z'))
      .thenThrows(InvalidStateError, /no draft/);
  });
  it('refuses an approval deadline in the past or after the response deadline', () => {
    expect(refusedField([opened, draft1], requestApproval('2026-01-01T00:00:00Z'))).toBe('approvalDeadline');
    expect(refusedField([opened, draft1], requestApproval('2026-02-01T00:00:00Z'))).toBe('approvalDeadline');
  });
  it('members approve, or object with a comment', () => {
    spec
      .given([opened, draft1, approvalRequested])
      .when(answer(anna, true))
      .then([
        { type: 'HearingApprovalAnswered', data: { personId: 'anna', draftVersion: 1, approve: true } },
      ]);
    spec
      .given([opened, draft1, approvalRequested])
      .when(answer(bo, false, 'For vagt'))
      .then([boObjects]);
    spec
      .given([opened, draft1, approvalRequested, boObjects])
      .when(answer(bo, false, 'For vagt'))
      .then([]);
  });
  it('an objection without a comment is a 400 on comment', () => {
    expect(refusedField([opened, draft1, approvalRequested], answer(bo, false))).toBe('comment');
  });
  it('refuses answers before a request, from the secretary, and after sign-off', () => {
    spec.given([opened, draft1]).when(answer(anna, true)).thenThrows(InvalidStateError);
    // The secretary has no approval of her own: she only records a member's.
    expect(refusedField([opened, draft1, approvalRequested], answer(secretary, true))).toBe('onBehalfOf');
    spec
      .given([opened, draft1, approvalRequested, signedOff])
      .when(answer(anna, true))
      .thenThrows(InvalidStateError);
  });
});

describe('sign-off', () => {
  it('the chair signs off; objections are recorded, not a veto', () => {
    spec
      .given([opened, draft1, approvalRequested, boObjects])
      .when(signOff())
      .then([
        {
          type: 'HearingResponseSignedOff',
          data: { draftVersion: 1, signedOffBy: 'carl', objections: ['bo'] },
        },
      ]);
    spec.given([opened, draft1, signedOff]).when(signOff()).then([]);
  });
  it('a member signing off is 403', () => {
    spec.given([opened, draft1, approvalRequested]).when(signOff(anna)).thenThrows(ForbiddenError);
  });
  it('only the chair in office signs off: seed 000, Kira stepped down and Ivan was elected at the meeting', () => {
    const annaElected = { ...council, chairPersonId: 'anna' };
    spec
      .given([opened, draft1, approvalRequested])
      .when(signOff(chair, annaElected))
      .thenThrows(ForbiddenError, /carl does not hold the chair/);
    spec
      .given([opened, draft1, approvalRequested])
      .when(signOff({ personId: 'anna', role: 'chair' }, annaElected))
      .then([
        {
          type: 'HearingResponseSignedOff',
          data: { draftVersion: 1, signedOffBy: 'anna', objections: [] },
        },
      ]);
  });
  it('a chair token for someone the record does not name as chair (replaced, never elected, seat empty) is 403', () => {
    const oleElected = { ...council, chairPersonId: 'ole' };
    spec
      .given([opened, draft1, approvalRequested])
      .when(signOff(chair, oleElected))
      .thenThrows(ForbiddenError);
    // No chair on record (between Kira stepping down and the election): nobody signs.
    const { chairPersonId: _none, ...noChair } = council;
    spec.given([opened, draft1, approvalRequested]).when(signOff(chair, noChair)).thenThrows(ForbiddenError);
  });
  it('there must be a draft to sign off', () => {
    spec.given([opened]).when(signOff()).thenThrows(InvalidStateError);
  });
});

describe('submission and declination', () => {
  it('the secretary records the signed-off response as submitted, when and to whom', () => {
    spec
      .given([opened, draft1, signedOff])
      .when(submit({ recipient: 'Region Hovedstaden' }))
      .then([submitted]);
    const receivedEarlier = { ...opened, data: { ...opened.data, receivedAt: '2026-01-02T08:00:00Z' } };
    spec
      .given([receivedEarlier, draft1, signedOff])
      .when(submit({ recipient: 'Region Hovedstaden', submittedAt: '2026-01-04T10:00:00Z' }))
      .then([{ ...submitted, data: { ...submitted.data, submittedAt: '2026-01-04T10:00:00Z' } }]);
    spec
      .given([opened, draft1, signedOff, submitted])
      .when(submit({ recipient: 'Region Hovedstaden' }))
      .then([]);
  });
  it('refuses a submission before sign-off, twice to someone else, in the future, or without a recipient', () => {
    spec
      .given([opened, draft1])
      .when(submit({ recipient: 'R' }))
      .thenThrows(InvalidStateError, /signed off/);
    spec
      .given([opened, draft1, signedOff, submitted])
      .when(submit({ recipient: 'Other' }))
      .thenThrows(InvalidStateError);
    expect(
      refusedField(
        [opened, draft1, signedOff],
        submit({ recipient: 'R', submittedAt: '2026-02-01T00:00:00Z' }),
      ),
    ).toBe('submittedAt');
    expect(refusedField([opened, draft1, signedOff], submit({ recipient: '' }))).toBe('recipient');
    spec
      .given([opened, draft1, signedOff])
      .when(submit({ recipient: 'R', submittedAt: '2022-01-05T00:00:00Z' }))
      .thenThrows(InvalidInputError, /submittedAt must not be before the hearing was received/);
  });
  it('the council may decline to respond, with a reason', () => {
    spec
      .given([opened])
      .when(decline('Uden for rådets område'))
      .then([{ type: 'HearingDeclined', data: { reason: 'Uden for rådets område', declinedAt: NOW } }]);
    expect(refusedField([opened], decline(''))).toBe('reason');
    spec.given([opened, draft1, signedOff, submitted]).when(decline('x')).thenThrows(InvalidStateError);
  });
});
