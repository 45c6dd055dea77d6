import type { Documents } from '@app/access';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { MILESTONE_KINDS, type MilestoneKind } from '../../cycle/budget-cycle.events';
import type { budgetCycleView } from '../../cycle/budget-cycle.view';
import type { FieldDiff } from '../../proposal/budget-proposal.diff';
import type { DecisionOutcome } from '../../proposal/budget-proposal.events';
import { FINANCING_AREAS, type FinancingArea } from '../../proposal/budget-proposal.fields';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../../proposal/budget-proposal.state';
import type { BudgetProposalView } from '../../proposal/budget-proposal.view';
import type { BudgetProposalListItem } from '../../read-model/budget-list.query';

/** The routes serve only cases that exist: a cycle has its year, a proposal the fields drafting requires. */
type CycleBody = ReturnType<typeof budgetCycleView> & { year: number; revision: number };
type ProposalBody = BudgetProposalView & {
  cycleId: string;
  status: ProposalStatus;
  title: string;
  proposedBy: string;
  problem: string;
  solution: string;
  financingArea: FinancingArea;
  revision: number;
};
const OUTCOMES: DecisionOutcome[] = ['adopted', 'partly-adopted', 'rejected'];

/** Any JSON value: a field's value is a text, a number, a list or a table. */
const ANY_VALUE = (description: string): ApiPropertyOptions => ({
  description,
  oneOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: {} },
    { type: 'object' },
  ],
});

/** Money by year: `{ "2026": 1200000 }`. */
const BY_YEAR = { type: 'object', additionalProperties: { type: 'number' } } as const;

export class CostLineResponse {
  @ApiProperty() year!: number;
  @ApiProperty() salary!: number;
  @ApiProperty() operations!: number;
  @ApiProperty() establishment!: number;
  @ApiProperty({ description: 'Full-time equivalents, a head count, never part of the money total' })
  fte!: number;
  @ApiProperty({ description: 'salary + operations + establishment' }) total!: number;
}

export class DerivedFromResponse {
  @ApiProperty({ enum: ['hearing', 'meeting-item'] }) kind!: 'hearing' | 'meeting-item';
  @ApiProperty() id!: string;
  @ApiPropertyOptional() itemId?: string;
}

export class AdministrationResponse {
  @ApiPropertyOptional({ description: "The administration's remarks, kept apart from the council's text" })
  remarks?: string;
}

export class ProposalSubmissionResponse {
  @ApiProperty() committee!: string;
  @ApiPropertyOptional() milestoneId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) submissionDeadline?: string;
  @ApiProperty({ description: 'Submitted after the committee’s submission deadline' }) late!: boolean;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class PrioritisationResponse {
  @ApiPropertyOptional() rank?: number;
  @ApiPropertyOptional() quota?: number;
  @ApiProperty() notPrioritised!: boolean;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class GrantResponse {
  @ApiProperty() year!: number;
  @ApiProperty() amount!: number;
}

export class DecisionResponse {
  @ApiProperty({ enum: OUTCOMES }) outcome!: DecisionOutcome;
  @ApiProperty({ type: [GrantResponse] }) grants!: GrantResponse[];
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class WithdrawalResponse {
  @ApiPropertyOptional() reason?: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class MergedIntoResponse {
  @ApiProperty({ description: 'The proposal this one was merged into' }) into!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class MissedDeadlineResponse {
  @ApiProperty() cycleId!: string;
  @ApiProperty() milestoneId!: string;
  @ApiProperty() committee!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
}

/** `GET …/budget-proposals/:id`: the form with its computed totals. */
export class BudgetProposalResponse {
  @ApiProperty() id!: string;
  @ApiProperty() cycleId!: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: ProposalStatus;
  @ApiProperty() title!: string;
  @ApiProperty() proposedBy!: string;
  @ApiPropertyOptional() committee?: string;
  @ApiProperty() problem!: string;
  @ApiProperty() solution!: string;
  @ApiProperty({ enum: FINANCING_AREAS }) financingArea!: FinancingArea;
  @ApiProperty({ type: [CostLineResponse] }) costs!: CostLineResponse[];
  @ApiProperty(BY_YEAR) totalByYear!: Record<string, number>;
  @ApiPropertyOptional() agreementText?: string;
  @ApiProperty({ type: [Number], description: 'UN Sustainable Development Goals, 1 to 17' }) sdgs!: number[];
  @ApiProperty({ type: [String], description: 'Other proposals this one overlaps' }) overlaps!: string[];
  @ApiProperty({ type: [DerivedFromResponse] }) derivedFrom!: DerivedFromResponse[];
  @ApiProperty({ type: [String], description: 'The areas or municipalities the proposal concerns' })
  areas!: string[];
  @ApiProperty({ type: AdministrationResponse }) administration!: AdministrationResponse;
  @ApiPropertyOptional({ type: ProposalSubmissionResponse }) submission?: ProposalSubmissionResponse;
  @ApiPropertyOptional({ format: 'date-time' }) discussedAt?: string;
  @ApiPropertyOptional({ type: PrioritisationResponse }) prioritisation?: PrioritisationResponse;
  @ApiPropertyOptional({ format: 'date-time' }) approvedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) negotiationsAt?: string;
  @ApiPropertyOptional({ type: DecisionResponse }) decision?: DecisionResponse;
  @ApiPropertyOptional({ type: WithdrawalResponse }) withdrawal?: WithdrawalResponse;
  @ApiProperty({ type: [String], description: 'Seed 002: the proposals merged into this one' })
  mergedFrom!: string[];
  @ApiPropertyOptional({ type: MergedIntoResponse, description: 'The proposal this one was merged into' })
  mergedInto?: MergedIntoResponse;
  @ApiProperty({ type: [MissedDeadlineResponse] }) missedDeadlines!: MissedDeadlineResponse[];
  @ApiProperty({ description: "The proposal stream's revision (also the ETag)" }) revision!: number;
}

/** One row of `GET …/budget-proposals`: the figures a list shows, flattened from the proposal. */
export class BudgetProposalListItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty() cycleId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) committee!: string | null;
  @ApiProperty({ type: [String], description: 'The areas or municipalities the proposal concerns' })
  areas!: string[];
  @ApiProperty({ type: Number, nullable: true, description: 'The prioritisation rank' }) rank!: number | null;
  @ApiProperty({ description: 'Submitted after the deadline' }) late!: boolean;
  @ApiProperty({ type: String, nullable: true, enum: OUTCOMES }) outcome!: string | null;
  @ApiProperty(BY_YEAR) totalByYear!: Record<string, number>;
  @ApiProperty() revision!: number;
}

export class FieldChangeResponse {
  @ApiProperty({ type: String, description: 'The form field (or `remarks`)' }) field!: FieldDiff['field'];
  @ApiProperty(ANY_VALUE('The value before; null when the field was not set')) from!: unknown;
  @ApiProperty(ANY_VALUE('The value after; null when the field is not set')) to!: unknown;
}

export class StatusChangeResponse {
  @ApiProperty({ type: String, nullable: true, enum: PROPOSAL_STATUSES }) from!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: PROPOSAL_STATUSES }) to!: string | null;
}

/** `GET …/budget-proposals/:id/diff`. */
export class BudgetProposalDiffResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
  @ApiProperty({ type: StatusChangeResponse }) status!: StatusChangeResponse;
  @ApiProperty({ type: [FieldChangeResponse] }) changes!: FieldChangeResponse[];
}

export class MilestoneResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: MILESTONE_KINDS }) kind!: MilestoneKind;
  @ApiProperty() committee!: string;
  @ApiProperty({ format: 'date-time' }) date!: string;
  @ApiPropertyOptional({ format: 'date-time' }) submissionDeadline?: string;
  @ApiPropertyOptional({ description: 'How many proposals the committee takes forward' }) quota?: number;
}

export class PassedDeadlineResponse {
  @ApiProperty() milestoneId!: string;
  @ApiProperty() committee!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ type: [String], description: 'Proposals that missed it' }) missedBy!: string[];
}

export class CancelledMilestoneResponse {
  @ApiProperty({ type: MilestoneResponse }) milestone!: MilestoneResponse;
  @ApiProperty() reason!: string;
}

/** `GET …/budget-cycles/:id` and each row of the list. */
export class BudgetCycleResponse {
  @ApiProperty() id!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ type: [String] }) committees!: string[];
  @ApiProperty({ type: [MilestoneResponse], description: 'In date order' }) milestones!: MilestoneResponse[];
  @ApiProperty({ type: [String] }) reminderOffsets!: string[];
  @ApiProperty({ type: [PassedDeadlineResponse] }) passedSubmissionDeadlines!: PassedDeadlineResponse[];
  @ApiProperty({ type: [CancelledMilestoneResponse] }) cancelledMilestones!: CancelledMilestoneResponse[];
  @ApiProperty({ description: "The cycle stream's revision (also the ETag)" }) revision!: number;
}

/** What the routes return is what these classes document (checked by `tsc`). */
export type BudgetProposalResponseDocumentsView = Documents<BudgetProposalResponse, ProposalBody>;
export type BudgetProposalListItemResponseDocumentsView = Documents<
  BudgetProposalListItemResponse,
  BudgetProposalListItem
>;
export type FieldChangeResponseDocumentsView = Documents<FieldChangeResponse, FieldDiff>;
export type BudgetCycleResponseDocumentsView = Documents<BudgetCycleResponse, CycleBody>;
