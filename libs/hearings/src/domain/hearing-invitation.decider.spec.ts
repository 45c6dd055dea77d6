import { ForbiddenError, InvalidStateError, NotFoundError } from '@app/kernel';
import type { InviteHearingMembers, SubmitHearingInput } from './hearing.commands';
import type { HearingEvent } from './hearing.events';
import { NOW, anna, bo, cmd, council, opened, refusedField, secretary, spec } from './hearing.fixtures';

// Dora took Bo's organisation's seat after the hearing opened (one seat per organisation).
const councilNow = { ...council, memberIds: ['anna', 'carl', 'dora'] };
const openedForTwo: HearingEvent = { ...opened, data: { ...opened.data, invited: ['anna', 'carl'] } };
const dora = { personId: 'dora', role: 'member' } as const;

const invite = (personIds: string[], actor = secretary) =>
  cmd<InviteHearingMembers>('InviteHearingMembers', { personIds, council: councilNow }, actor);
const input = (actor = dora) =>
  cmd<SubmitHearingInput>('SubmitHearingInput', { text: 'Husk botilbud' }, actor);

describe('inviting members to an open hearing', () => {
  it('invites a member appointed after the hearing opened', () => {
    spec
      .given([openedForTwo])
      .when(invite(['dora']))
      .then([{ type: 'HearingMembersInvited', data: { personIds: ['dora'] } }]);
  });

  it('lets the new invitee give input, which before the invitation was refused', () => {
    spec.given([openedForTwo]).when(input()).thenThrows(ForbiddenError);
    spec
      .given([openedForTwo, { type: 'HearingMembersInvited', data: { personIds: ['dora'] } }])
      .when(input())
      .then([
        {
          type: 'HearingInputSubmitted',
          data: {
            personId: 'dora',
            text: 'Husk botilbud',
            givenAt: input().metadata.now,
            recordedAt: input().metadata.now,
            late: false,
            recordedBy: 'dora',
          },
        },
      ]);
  });

  it('leaves out who is already invited, so asking again changes nothing', () => {
    spec
      .given([openedForTwo])
      .when(invite(['anna', 'dora', 'dora']))
      .then([{ type: 'HearingMembersInvited', data: { personIds: ['dora'] } }]);
    spec
      .given([openedForTwo])
      .when(invite(['anna', 'carl']))
      .then([]);
  });

  it('refuses someone who is not a current member, naming the field', () => {
    // Bo resigned when Dora took the seat.
    expect(refusedField([openedForTwo], invite(['bo']))).toBe('personIds');
    expect(refusedField([openedForTwo], invite([]))).toBe('personIds');
  });

  it('is for the secretary, on an open hearing that exists', () => {
    spec
      .given([openedForTwo])
      .when(invite(['dora'], anna))
      .thenThrows(ForbiddenError);
    spec
      .given([openedForTwo])
      .when(invite(['dora'], bo))
      .thenThrows(ForbiddenError);
    spec
      .given([])
      .when(invite(['dora']))
      .thenThrows(NotFoundError);
    const declined: HearingEvent = {
      type: 'HearingDeclined',
      data: { reason: 'Uden for området', declinedAt: NOW },
    };
    spec
      .given([openedForTwo, declined])
      .when(invite(['dora']))
      .thenThrows(InvalidStateError);
  });
});
