/**
 * A follow-up is the secretariat's and the chair's to keep (the council follows its own adopted
 * proposals); members and evaluators read. Free of imports, so the pages take the same list
 * (apps/web session/roles).
 */
export const FOLLOW_UP_WRITERS = ['secretary', 'chair'] as const;
