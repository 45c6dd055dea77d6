// The JSON the pages read, named as the pages know it. Every shape comes from the API's OpenAPI
// document through the generated openapi.d.ts (`npm run api:types`), never written by hand here:
// a view the API changes and a page does not follow fails `npm run typecheck`.
import type { components } from './openapi';

type Schemas = components['schemas'];

export type WriteAnswer = Schemas['WriteAnswer'];
/** RFC 9457 problem details: the body of every error answer. */
export type ProblemDetails = Schemas['ProblemDetails'];

/** `GET /api/sign-in/methods`: the region's OpenID Connect provider, when configured. */
export type SignInMethods = Schemas['SignInMethodsResponse'];

/** `GET /api/sign-in/sessions`: the person's live sessions, the one asking marked `current`. */
export type LiveSession = Schemas['LiveSessionResponse'];
/** `POST /api/admin/deadlines/reconcile`: what the rebuild did, and the queue's state after it. */
export type DeadlineRebuild = Schemas['DeadlineRebuildResponse'];

export type Member = Schemas['CouncilMemberResponse'];
export type Council = Schemas['CouncilResponse'];
export type CouncilListItem = Schemas['CouncilListItemResponse'];
/** `POST …/carried-over-cases`: where the carried case answers now (issue 18.3). */
export type CarriedOverAnswer = Schemas['CarriedOverAnswer'];
/** `POST …/members`: one seat per organisation, so an appointment may unseat someone (seed 001). */
export type AppointAnswer = Schemas['AppointAnswer'];

export type HearingListRow = Schemas['HearingListItemResponse'];
export type HearingStatus = HearingListRow['status'];
export const CLOSED_HEARING: HearingStatus[] = ['submitted', 'declined', 'lapsed'];
export type HearingInput = Schemas['HearingInputResponse'];
export type HearingDraft = Schemas['HearingDraftResponse'];
export type Hearing = Schemas['HearingResponse'];

export type Milestone = Schemas['MilestoneResponse'];
/** Seed 000's steps of the region's budget calendar, in calendar order. */
export const MILESTONE_KINDS = [
  'first-discussion',
  'prioritisation',
  'final-approval',
  'negotiations',
  'agreement',
] as const satisfies readonly Milestone['kind'][];
export type BudgetCycle = Schemas['BudgetCycleResponse'];

export type ProposalListItem = Schemas['BudgetProposalListItemResponse'];
export type Proposal = Schemas['BudgetProposalResponse'];
/** Seed 002: the area the initiative is financed from. */
export const FINANCING_AREAS = [
  'health-fund',
  'regional-development-fund',
  'social-area',
] as const satisfies readonly NonNullable<Proposal['financingArea']>[];
/** One year of seed 002's cost table; `total` is the API's sum of the money (fte is a head count). */
export type CostLine = Schemas['CostLineResponse'];
/** A cost line as the API takes it (the totals are the API's to compute). */
export type CostLineInput = Schemas['CostLineDto'];

export type Due = Schemas['DueResponse'];
export type FollowUpListItem = Schemas['FollowUpListItemResponse'];
export type FollowUpPhase = Schemas['PhaseResponse'];
export type FollowUpMilestone = Schemas['FollowUpMilestoneResponse'];
export type Verdict = Schemas['VerdictResponse']['verdict'];
export const VERDICTS = ['continue', 'adjust', 'discontinue'] as const satisfies readonly Verdict[];
/** The dates a plan revision moves. */
export type PlanDates = Schemas['PlanDatesResponse'];
/** A phase as planned, with its name: what a revision added or dropped. */
export type PlannedPhase = Schemas['PlannedPhaseResponse'];
export type PlanChange = Schemas['PlanChangeResponse'];
/** `added` and `dropped` are absent on revisions that only moved dates (and on older ones). */
export type PlanRevision = Schemas['PlanRevisionResponse'];
export type FollowUp = Schemas['FollowUpResponse'];
type FollowUpEvaluation = Schemas['EvaluationResponse'];
export type EvaluationKind = NonNullable<FollowUpEvaluation['kind']>;
export const EVALUATION_KINDS = ['midway', 'final', 'extra'] as const satisfies readonly EvaluationKind[];
export type IndicatorProgress = Schemas['IndicatorProgressResponse'];

export type MeetingListRow = Schemas['MeetingListItemResponse'];
/** `GET …/overview`: what the secretary's overview draws, in one answer (issue 19). */
export type Overview = Schemas['OverviewResponse'];
/** `GET …/waiting`: what "Venter på mig" draws, read from its read model (issue 14, item 4). */
export type Waiting = Schemas['WaitingResponse'];
export type AgendaReferenceKind = Schemas['AgendaReferenceResponse']['kind'];
/** An item as the region's minutes have it (seed 003): Sags ID, Dok ID, and the sections. */
export type AgendaItem = Schemas['AgendaItemResponse'];
export type Meeting = Schemas['MeetingResponse'];
/** An action point as its meeting has it, and as the council's list (`GET …/action-points`) has it. */
export type MeetingActionPoint = Schemas['MeetingActionPointResponse'];
export type ActionPointRow = Schemas['ActionPointListItemResponse'];
/** `GET …/meeting-plan`: seed 001 expects four ordinary meetings a year; fewer is noted. */
export type MeetingPlan = Schemas['MeetingPlanResponse'];

export type Actor = Schemas['ActorResponse'];
export type TimelineEntry = Schemas['TimelineEntryResponse'];
export type TimelinePage = Schemas['TimelinePageResponse'];
export type HistoryEntry = Schemas['HistoryEntryResponse'];
export type CaseRef = Schemas['CaseRefResponse'];
export type ChainNode = Schemas['ChainNodeResponse'];
export type ChainLink = Schemas['ChainLinkResponse'];
export type CaseChain = Schemas['CaseChainResponse'];

/** `GET /api/me/notifications`. */
export type Reminder = Schemas['NotificationResponse'];

export type HearingOrigin = Hearing['origin'];
/** Issue 18.4: how a case comes to the council, in the order the open-hearing page offers them. */
export const HEARING_ORIGINS = [
  'formal-hearing',
  'early-involvement',
  'committee-invitation',
  'own-initiative',
] as const satisfies readonly HearingOrigin[];
