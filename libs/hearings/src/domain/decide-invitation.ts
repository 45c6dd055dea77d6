import { InvalidInputError } from '@app/kernel';
import type { InviteHearingMembers } from './hearing.commands';
import type { HearingMembersInvited } from './hearing.events';
import { requireHearing, requireNotClosed, requireRole, unique } from './hearing.rules';
import type { HearingState } from './hearing.state';

/**
 * The secretary asks more members for input while the hearing is open. Only current members can
 * be asked (the terms of reference: the council is its appointed members); someone already invited
 * is left out, so a repeated request changes nothing. A pending approval request keeps the members
 * it was sent to: a new invitee is asked with the next draft.
 */
export function decideInvitation(
  command: InviteHearingMembers,
  state: HearingState,
): HearingMembersInvited[] {
  requireRole(command.metadata.actor, ['secretary'], 'invite members to a hearing');
  const hearing = requireHearing(state, command.metadata.councilId);
  requireNotClosed(hearing, 'invite members');
  const council = command.data.council;
  if (!council) throw new Error('InviteHearingMembers needs the council loaded by its handler');
  const asked = unique(command.data.personIds ?? []);
  if (asked.length === 0) throw new InvalidInputError('name at least one member to invite', 'personIds');
  const strangers = asked.filter((id) => !council.memberIds.includes(id));
  if (strangers.length > 0)
    throw new InvalidInputError(`not current members of the council: ${strangers.join(', ')}`, 'personIds');
  const personIds = asked.filter((id) => !hearing.invited.includes(id));
  return personIds.length ? [{ type: 'HearingMembersInvited', data: { personIds } }] : [];
}
