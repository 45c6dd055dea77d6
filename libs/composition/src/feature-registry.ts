import { budgetCycleDescriptor, budgetProposalDescriptor } from '@app/budget';
import { councilDescriptor, meetingDescriptor } from '@app/councils';
import { followUpDescriptor } from '@app/follow-ups';
import { hearingDescriptor } from '@app/hearings';
import { caseKindOf, type AnyAggregateDescriptor, type CaseKindDefinition } from '@app/kernel';

/**
 * Every aggregate, each declared once in its lib: the deadline follower keeps BullMQ equal to the
 * deadlines of those that have them, and history reads them all.
 */
export const FEATURE_AGGREGATES: readonly AnyAggregateDescriptor[] = [
  councilDescriptor,
  meetingDescriptor,
  hearingDescriptor,
  budgetCycleDescriptor,
  budgetProposalDescriptor,
  followUpDescriptor,
];

/** Every kind of case the history lib can show as it was, walk and describe. */
export const FEATURE_CASE_KINDS: CaseKindDefinition[] = FEATURE_AGGREGATES.map((a) => caseKindOf(a));
