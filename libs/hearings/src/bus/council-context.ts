import type { CouncilContext } from '../domain/hearing.commands';

/** The slice of the councils lib's `CouncilProfile` a hearing needs (declared by shape). */
export interface CouncilProfileLike {
  timeZone: string;
  reminderOffsets: string[];
  members: { personId: string }[];
  chairPersonId?: string;
  secretaries: { personId: string }[];
}

export function councilContextOf(profile: CouncilProfileLike): CouncilContext {
  return {
    timeZone: profile.timeZone,
    reminderOffsets: [...profile.reminderOffsets],
    memberIds: profile.members.map((m) => m.personId),
    ...(profile.chairPersonId !== undefined && { chairPersonId: profile.chairPersonId }),
    secretaryIds: profile.secretaries.map((s) => s.personId),
  };
}
