import { isHeldOffice, type OfficeHolders } from '../guard/council-offices';
import type { Principal } from '../tokens/token-claims';

/** A place the council's record names someone for. */
export type HeldPlace = 'chair' | 'secretary' | 'member';

/**
 * The place a person holds in a council now, as its record says. Issue 19: who may do what comes
 * from the record at the moment of the request. The chair first (the chair is a member too, and a
 * member elected chair acts as chair at once), then the secretariat, then a seat.
 */
export function placeHeldBy(personId: string, holders: OfficeHolders): HeldPlace | undefined {
  if (holders.chairPersonId === personId) return 'chair';
  if (holders.secretaryIds.includes(personId)) return 'secretary';
  if (holders.memberIds.includes(personId)) return 'member';
  return undefined;
}

/** Whether a session's role is read from the council's record on each request (a place in it). */
export function takesRoleFromRecord(session: Principal): boolean {
  return session.councilId !== undefined && isHeldOffice(session.role);
}

/**
 * A session's principal at this request. A session is a person in a council, not a frozen role:
 * started for a place in the council, it acts in the place the record names the person for now,
 * so a member elected chair acts as chair on her next request, and a chair who stepped down as a
 * member. Someone who holds no place any more is refused (the reason is the answer's detail). An
 * admin's or evaluator's session has no place in the record and keeps the role it began with.
 */
export function sessionPrincipal(
  session: Principal,
  holders: OfficeHolders,
): { principal: Principal } | { refused: string } {
  if (!takesRoleFromRecord(session)) return { principal: session };
  const role = placeHeldBy(session.personId, holders);
  if (role) return { principal: { ...session, role } };
  return {
    refused: `${session.personId} holds no place in council ${session.councilId} now (not chair, secretary or member); this session no longer counts`,
  };
}
