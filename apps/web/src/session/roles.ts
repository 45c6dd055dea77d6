/**
 * Who may write what, as the API decides it (libs/budget/src/http/budget-roles.ts,
 * libs/follow-ups FOLLOW_UP_WRITERS): the pages only hide forms the API would refuse anyway.
 */
const BUDGET_WRITERS = ['secretary', 'chair'];
const FOLLOW_UP_WRITERS = ['secretary', 'chair'];

export const canWriteBudget = (role: string) => BUDGET_WRITERS.includes(role);
export const canWriteFollowUps = (role: string) => FOLLOW_UP_WRITERS.includes(role);
