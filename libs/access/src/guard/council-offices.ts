import type { Principal } from '../tokens/token-claims';

/** Who holds a council's places now, as the council's own record says. */
export interface OfficeHolders {
  chairPersonId?: string;
  memberIds: readonly string[];
  secretaryIds: readonly string[];
}

/**
 * The council's record as the guard reads it. The councils lib provides it (kept current by the
 * council's events); the access lib only declares what it needs, so it depends on no feature.
 */
export abstract class CouncilOffices {
  /** `undefined` when no council has that id. */
  abstract holders(councilId: string): Promise<OfficeHolders | undefined>;

  /**
   * Why the council takes no write at `now` (issue 18.3: it was succeeded by another council), or
   * `undefined` when it does. Reads stay open.
   */
  writeRefusal(_councilId: string, _now: string): Promise<string | undefined> {
    return Promise.resolve(undefined);
  }
}

/**
 * Why a verified token may not act for its council now, or `undefined` when it may. A token says
 * who someone was when it was issued; the record says who holds the place today, and the record
 * wins: a replaced chair, a resigned member or a secretary no longer assigned is refused.
 *
 * - chair: the one person the record names as chair.
 * - member: a current member (the chair is one too, elected among the members).
 * - secretary: one the record names as secretary; while it names none, the secretariat's token is
 *   how a new council gets its first secretary assigned, so it is taken at its word.
 * - evaluator: the record has no place for evaluators (they read, never write), so only the
 *   token's signature, expiry and council are checked.
 * - admin: holds no place inside any council; nothing to check here.
 */
export function officeRefusal(principal: Principal, holders: OfficeHolders): string | undefined {
  const { personId, role, councilId } = principal;
  switch (role) {
    case 'chair':
      return holders.chairPersonId === personId
        ? undefined
        : `${personId} does not hold the chair of council ${councilId} now; this chair token no longer counts`;
    case 'member':
      return holders.memberIds.includes(personId)
        ? undefined
        : `${personId} is not a member of council ${councilId} now; this member token no longer counts`;
    case 'secretary':
      return holders.secretaryIds.length === 0 || holders.secretaryIds.includes(personId)
        ? undefined
        : `${personId} is not a secretary of council ${councilId}; this secretary token does not count`;
    case 'evaluator':
    case 'admin':
      return undefined;
  }
}

/** The error code of that refusal, so a client can end the session as for an expired token. */
export const NOT_IN_OFFICE = 'not_in_office';

/** Roles whose holder the council's record names, so the guard reads the record for them. */
export function isHeldOffice(role: Principal['role']): boolean {
  return role === 'chair' || role === 'member' || role === 'secretary';
}
