import { budgetCycleCaseKind, budgetDeadlineSources, budgetProposalCaseKind } from '@app/budget';
import {
  councilCaseKind,
  councilDeadlineSource,
  meetingCaseKind,
  meetingDeadlineSource,
} from '@app/councils';
import { followUpCaseKind, followUpDeadlineSource } from '@app/follow-ups';
import { hearingCaseKind, hearingDeadlineSources } from '@app/hearings';
import type { CaseKindDefinition } from '@app/kernel';
import type { DeadlineSource } from '@app/scheduling';

/** Every aggregate kind whose state implies deadlines; the follower keeps BullMQ equal to them. */
export const FEATURE_DEADLINE_SOURCES: DeadlineSource[] = [
  councilDeadlineSource,
  meetingDeadlineSource,
  ...hearingDeadlineSources,
  ...budgetDeadlineSources,
  followUpDeadlineSource,
] as DeadlineSource[];

/** Every kind of case the history lib can show as it was, walk and describe. */
export const FEATURE_CASE_KINDS: CaseKindDefinition[] = [
  councilCaseKind,
  meetingCaseKind,
  hearingCaseKind,
  budgetCycleCaseKind,
  budgetProposalCaseKind,
  followUpCaseKind,
] as CaseKindDefinition[];
