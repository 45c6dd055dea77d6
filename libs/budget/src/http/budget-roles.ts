/**
 * Budget proposals are the council's own proposals, drafted by the secretariat with the chair
 * (seed 000: the secretary presents the budget process; seed 002 is one form per council). Members
 * and evaluators read. The administration's remarks are the secretary's alone (checked in the
 * decider as well). Free of imports, so the pages take the same lists (apps/web session/roles).
 */
export const BUDGET_WRITE_ROLES = ['secretary', 'chair'] as const;
export const REMARKS_ROLES = ['secretary'] as const;
