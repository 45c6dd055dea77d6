// The JSON the pages read, as the API's views and read models give it (libs/*/src). Only the
// fields a page uses are named.

export interface WriteAnswer {
  id: string;
  revision: number;
}

export interface Member {
  personId: string;
  name: string;
  organisation: string;
  email: string;
}

export interface Council {
  id: string;
  name: string;
  timeZone: string;
  members: Member[];
  chair: { personId: string; name: string } | null;
  secretaries: { personId: string; name?: string; email?: string }[];
  /** Seed 001: three different members' requests make an extraordinary meeting required. */
  extraordinaryMeeting: { required: boolean; requestedBy: string[] };
}

/** `POST …/members`: one seat per organisation, so an appointment may unseat someone (seed 001). */
export interface AppointAnswer extends WriteAnswer {
  replaces?: { personId: string; name: string };
}

export type HearingStatus =
  'open' | 'drafting' | 'awaiting-approval' | 'signed-off' | 'submitted' | 'declined' | 'lapsed';

export const CLOSED_HEARING: HearingStatus[] = ['submitted', 'declined', 'lapsed'];

export interface HearingListRow {
  id: string;
  title: string;
  issuingBody: string;
  status: HearingStatus;
  responseDeadline: string;
  inputDeadline: string;
}

export interface HearingInput {
  personId: string;
  status: 'missing' | 'given' | 'late' | 'withdrawn';
  text?: string;
  givenAt?: string;
  onBehalf?: boolean;
}

export interface HearingDraft {
  version: number;
  text: string;
  basedOn?: string[];
}

export interface Hearing {
  id: string;
  exists?: boolean;
  status: HearingStatus;
  title: string;
  issuingBody: string;
  material?: { title: string; url: string }[];
  receivedAt: string;
  responseDeadline: string;
  inputDeadline: string;
  invited: string[];
  chairPersonId?: string;
  inputs: HearingInput[];
  currentDraft?: HearingDraft;
  approval?: {
    draftVersion: number;
    approvalDeadline: string;
    answers: { personId: string; answer: 'pending' | 'approved' | 'objected'; comment?: string }[];
  };
  signOff?: { draftVersion: number; signedOffBy: string; objections: string[] };
  submission?: { submittedAt: string; recipient: string };
  declination?: { reason: string; declinedAt: string };
  /** Every extension of the response deadline, oldest first. */
  extensions?: { from: string; to: string }[];
  revision: number;
}

export interface Milestone {
  id: string;
  kind: string;
  committee: string;
  date: string;
  submissionDeadline?: string;
  quota?: number;
}

/** Seed 000's steps of the region's budget calendar (libs/budget MILESTONE_KINDS). */
export const MILESTONE_KINDS = [
  'first-discussion',
  'prioritisation',
  'final-approval',
  'negotiations',
  'agreement',
] as const;

export interface BudgetCycle {
  id: string;
  year: number;
  committees: string[];
  /** In date order; a cancelled meeting leaves this list for `cancelledMilestones`. */
  milestones: Milestone[];
  cancelledMilestones: { milestone: Milestone; reason: string }[];
  revision: number;
}

export interface ProposalListItem {
  id: string;
  cycleId: string;
  title: string;
  status: string;
  committee: string | null;
  rank: number | null;
  late: boolean;
  outcome: string | null;
  totalByYear: Record<string, number>;
}

/** Seed 002: the area the initiative is financed from (libs/budget FINANCING_AREAS). */
export const FINANCING_AREAS = ['health-fund', 'regional-development-fund', 'social-area'] as const;

/** One year of seed 002's cost table; `total` is the API's sum of the money (fte is a head count). */
export interface CostLine {
  year: number;
  salary: number;
  operations: number;
  establishment: number;
  fte: number;
  total?: number;
}

export interface Proposal extends ProposalListItem {
  proposedBy: string;
  problem: string;
  solution: string;
  financingArea: string;
  costs: CostLine[];
  agreementText?: string;
  sdgs: number[];
  administration: { remarks?: string };
  submission?: { committee: string; submissionDeadline?: string; late: boolean; at: string };
  discussedAt?: string;
  prioritisation?: { rank?: number; notPrioritised: boolean; at: string };
  approvedAt?: string;
  negotiationsAt?: string;
  decision?: { outcome: string; grants: { year: number; amount: number }[]; at: string };
  revision: number;
}

export interface Due {
  id: string;
  kind: string;
  dueAt: string;
}

export interface FollowUpListItem {
  id: string;
  title: string;
  status: string;
  responsible: string | null;
  nextDue: Due | null;
  overdue: Due[];
}

export interface FollowUpPhase {
  id: string;
  name: string;
  plannedStart: string;
  plannedEnd: string | null;
  startedOn: string | null;
  completedOn: string | null;
}

export const VERDICTS = ['continue', 'adjust', 'discontinue'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface FollowUpMilestone {
  id: string;
  name: string;
  due: string;
  status: 'pending' | 'overdue' | 'met' | 'missed';
  completedOn: string | null;
}

/** The dates a plan revision moves (libs/follow-ups PlanDates). */
export interface PlanDates {
  phases: { id: string; plannedStart: string; plannedEnd?: string }[];
  milestones: { id: string; due: string }[];
  reportEvery?: string;
  evaluationDue?: string;
}

/** A phase as planned, with its name: what a revision added or dropped. */
export type PlannedPhase = Pick<FollowUpPhase, 'id' | 'name' | 'plannedStart'> & { plannedEnd?: string };

export interface PlanChange {
  phases: PlannedPhase[];
  milestones: Pick<FollowUpMilestone, 'id' | 'name' | 'due'>[];
}

/** `added` and `dropped` are absent on revisions that only moved dates (and on older ones). */
export interface PlanRevision {
  reason: string;
  revisedAt: string;
  plan: PlanDates;
  previous: PlanDates;
  added?: PlanChange;
  dropped?: PlanChange;
}

export interface FollowUp extends FollowUpListItem {
  phases: FollowUpPhase[];
  milestones: FollowUpMilestone[];
  verdict: { verdict: Verdict; reason: string; givenOn: string } | null;
  indicators: { id: string; name: string; unit: string; target: number }[];
  reports: { summary: string; asOf?: string; values?: { indicatorId: string; value: number }[] }[];
  reportEvery: string | null;
  evaluationDue: string | null;
  evaluation: { summary: string; evaluatedOn: string } | null;
  /** Oldest first; `previous` is the plan as it stood before (issue 6: the old plan stays readable). */
  planRevisions: PlanRevision[];
  revision: number;
}

export interface MeetingListRow {
  id: string;
  kind: 'ordinary' | 'extraordinary' | 'annual' | 'committee-dialogue' | 'follow-up';
  /** Null while the date is to follow. */
  startsAt: string | null;
  endsAt?: string | null;
  cancelled?: boolean;
  place: string | null;
  agendaItems: number;
  decidedItems: number;
  minutesApproved: boolean;
}

export type AgendaReferenceKind = 'hearing' | 'budget-proposal' | 'follow-up';

/** An item as the region's minutes have it (seed 003): Sags ID, Dok ID, and the sections. */
export interface AgendaItem {
  id: string;
  title: string;
  caseId: string | null;
  documentId: string | null;
  summary: string | null;
  recommendation: string | null;
  presentation: string | null;
  economy: string | null;
  previousDecisions: string | null;
  refersTo: { kind: AgendaReferenceKind; id: string } | null;
  decision: string | null;
  absent: string[];
}

export interface Meeting extends Omit<
  MeetingListRow,
  'agendaItems' | 'decidedItems' | 'minutesApproved' | 'cancelled'
> {
  cancelled?: { reason: string } | null;
  agenda: AgendaItem[];
  minutes: { approved: boolean; approvedAt: string | null; approvedBy: string | null };
  revision: number;
}

/** `GET …/meeting-plan`: seed 001 expects four ordinary meetings a year; fewer is noted. */
export interface MeetingPlan {
  year: number;
  meetings: { id: string; startsAt: string; place?: string }[];
  expectedMeetings: number;
  fallsShortBy: number;
}

export interface Actor {
  personId: string;
  role: string;
}

export interface TimelineEntry {
  position: number;
  kind: string;
  id: string;
  type: string;
  /** The event's data, shaped by its type (the pages' sentences read it). */
  data?: unknown;
  actor: Actor;
  recordedAt: string;
  occurredAt?: string;
  description: string;
}

export interface TimelinePage {
  events: TimelineEntry[];
  next: number | null;
}

export interface HistoryEntry {
  id: string;
  type: string;
  data?: unknown;
  revision: number;
  actor: Actor;
  recordedAt: string;
  occurredAt?: string;
  description: string;
}

export interface CaseRef {
  kind: string;
  id: string;
}

export interface ChainNode extends CaseRef {
  found: boolean;
  title?: string;
  status?: string;
  dates?: Record<string, string | undefined>;
}

export interface ChainLink {
  from: CaseRef;
  relation: string;
  to: CaseRef;
}

export interface CaseChain {
  root: ChainNode;
  cameFrom: ChainLink[];
  ledTo: ChainLink[];
  nodes: ChainNode[];
}

/** `GET /api/me/notifications` (libs/hearings/src/notifications/notifications.query.ts). */
export interface Reminder {
  eventId: string;
  streamId: string;
  category: string;
  caseId: string;
  deadline: string;
  dueAt: string;
  remindAt: string | null;
  issuedAt: string;
  mail: string | null;
}
