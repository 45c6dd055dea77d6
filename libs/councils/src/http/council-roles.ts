/**
 * The council's own record (members, chair, secretaries, seats, term, continuation, end, terms of
 * reference) is kept by the secretariat (issue 3; seed 001: the secretariat serves the council).
 * Free of imports, so the pages take the same list (apps/web session/roles).
 */
export const COUNCIL_RECORD_WRITERS = ['secretary'] as const;
