import { BUDGET_WRITE_ROLES } from '../../../../libs/budget/src/http/budget-roles';
import { COUNCIL_RECORD_WRITERS } from '../../../../libs/councils/src/http/council-roles';
import { FOLLOW_UP_WRITERS } from '../../../../libs/follow-ups/src/http/follow-up-roles';

/**
 * Who may write what, from the very lists the API's routes allow (`@Allow`): the pages only hide
 * forms the API would refuse anyway, and a change to who may write reaches both at once.
 */
export const canWriteBudget = (role: string) => (BUDGET_WRITE_ROLES as readonly string[]).includes(role);
export const canWriteFollowUps = (role: string) => (FOLLOW_UP_WRITERS as readonly string[]).includes(role);
export const canKeepCouncilRecord = (role: string) =>
  (COUNCIL_RECORD_WRITERS as readonly string[]).includes(role);
