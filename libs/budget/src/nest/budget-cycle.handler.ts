import { CommandHandler } from '@nestjs/cqrs';
import { CouncilDirectory, type CouncilProfile } from '@app/councils';
import {
  AggregateMessageHandler,
  CaseLocator,
  CommandExecutor,
  EventStore,
  type ExecuteResult,
  ReadModelSql,
} from '@app/event-store';
import { fold, sameInstant, type Command } from '@app/kernel';
import type { BudgetCycleCommand } from '../cycle/budget-cycle.commands';
import { budgetCycleDecider } from '../cycle/budget-cycle.decider';
import type { BudgetCycleEvent, Milestone, ProposalRef } from '../cycle/budget-cycle.events';
import type { BudgetCycleState } from '../cycle/budget-cycle.state';
import { budgetProposalDecider } from '../proposal/budget-proposal.decider';
import type { RecordMissedSubmissionDeadline } from '../proposal/budget-proposal.commands';
import { listBudgetProposals, type BudgetProposalListItem } from '../read-model/budget-list.query';
import { BUDGET_PROPOSAL_CATEGORY, BudgetCycleMessage } from './budget.messages';

/** Statuses in which a proposal is before a committee (what a meeting reminder lists). */
const BEFORE_COMMITTEE = new Set([
  'submitted',
  'discussed',
  'prioritised',
  'not-prioritised',
  'approved',
  'in-negotiations',
]);

/**
 * load -> fold -> decide -> append for budget cycles. The scheduler's commands arrive with only
 * the deadline; this handler adds what the pure decider cannot know: who is reminded (the
 * council's secretaries and chair, or the whole council) and which proposals the reminder is about
 * (from the budget list read model). A passed submission deadline is then recorded on each
 * proposal that missed it; re-running the job repeats only what is still missing.
 */
@CommandHandler(BudgetCycleMessage)
export class BudgetCycleHandler extends AggregateMessageHandler<
  BudgetCycleCommand,
  BudgetCycleEvent,
  BudgetCycleState
> {
  constructor(
    executor: CommandExecutor,
    private readonly store: EventStore,
    private readonly councils: CouncilDirectory,
    private readonly sql: ReadModelSql,
    private readonly cases: CaseLocator,
  ) {
    super(executor, budgetCycleDecider);
  }

  override async execute(message: BudgetCycleMessage): Promise<ExecuteResult<BudgetCycleEvent>> {
    const { command } = message;
    if (
      command.type !== 'IssueSubmissionReminders' &&
      command.type !== 'IssueMilestoneReminders' &&
      command.type !== 'RecordSubmissionDeadlinePassed'
    ) {
      return super.execute(message);
    }
    const cycle = await this.load(message.streamId);
    const milestone = cycle.milestones.find((m) => m.id === command.data.milestoneId);
    const councilId = cycle.councilId ?? command.metadata.councilId;
    // A cycle or milestone that is gone: the decider records nothing, so neither do we.
    if (!milestone || councilId === undefined) return super.execute(message);
    const metadata = { ...command.metadata, councilId };
    const proposals = await listBudgetProposals(this.sql, councilId, { cycleId: cycle.id });
    const council = await this.councils.get(councilId);

    const enriched = withFacts({ ...command, metadata }, milestone, proposals, council);
    const result = await this.executor.execute(this.decider, message.streamId, enriched, message.options);
    if (command.type === 'RecordSubmissionDeadlinePassed') {
      await this.recordOnProposals(message.streamId, command.data.milestoneId, command.data.dueAt, metadata);
    }
    return result;
  }

  private async recordOnProposals(
    streamId: string,
    milestoneId: string,
    dueAt: string,
    metadata: Command['metadata'],
  ): Promise<void> {
    const cycle = await this.load(streamId);
    const passed = cycle.passedDeadlines.find(
      (p) => p.milestoneId === milestoneId && sameInstant(p.dueAt, dueAt),
    );
    if (!passed || cycle.id === undefined) return;
    for (const proposalId of passed.missedBy) {
      const command: RecordMissedSubmissionDeadline = {
        type: 'RecordMissedSubmissionDeadline',
        data: { cycleId: cycle.id, milestoneId, committee: passed.committee, dueAt: passed.dueAt },
        metadata,
      };
      const streamId = await this.cases.streamOf(BUDGET_PROPOSAL_CATEGORY, cycle.councilId, proposalId);
      await this.executor.execute(budgetProposalDecider, streamId, command);
    }
  }

  private async load(streamId: string): Promise<BudgetCycleState> {
    const history = await this.store.readStream(streamId);
    return fold(budgetCycleDecider, history as unknown as BudgetCycleEvent[]);
  }
}

type SchedulerCommand = Extract<
  BudgetCycleCommand,
  { type: 'IssueSubmissionReminders' | 'IssueMilestoneReminders' | 'RecordSubmissionDeadlinePassed' }
>;

/** What the decider cannot know, added to the scheduler's command: who is reminded, about what. */
function withFacts(
  command: SchedulerCommand,
  milestone: Milestone,
  proposals: BudgetProposalListItem[],
  council: CouncilProfile,
): SchedulerCommand {
  switch (command.type) {
    case 'IssueSubmissionReminders':
      return {
        ...command,
        data: {
          ...command.data,
          recipients: secretariesAndChair(council),
          drafts: draftsFor(milestone, proposals),
        },
      };
    case 'IssueMilestoneReminders':
      return {
        ...command,
        data: {
          ...command.data,
          recipients: wholeCouncil(council),
          proposals: proposals
            .filter((p) => p.committee === milestone.committee && BEFORE_COMMITTEE.has(p.status))
            .map(ref),
        },
      };
    default:
      return { ...command, data: { ...command.data, drafts: draftsFor(milestone, proposals) } };
  }
}

const ref = (p: BudgetProposalListItem): ProposalRef => ({ id: p.id, title: p.title });

/** A draft counts against a committee's deadline when it is meant for that committee or for none yet. */
function draftsFor(milestone: Milestone, proposals: BudgetProposalListItem[]): ProposalRef[] {
  return proposals
    .filter((p) => p.status === 'draft' && (p.committee === null || p.committee === milestone.committee))
    .map(ref);
}

/** Issue 5: before a submission deadline, the secretary and the chair are reminded. */
function secretariesAndChair(council: CouncilProfile): string[] {
  const ids = council.secretaries.map((s) => s.personId);
  if (council.chairPersonId !== undefined) ids.push(council.chairPersonId);
  return [...new Set(ids)];
}

/** Before a committee meeting, the whole council: its current members, the chair and the secretariat. */
function wholeCouncil(council: CouncilProfile): string[] {
  return [...new Set([...council.members.map((m) => m.personId), ...secretariesAndChair(council)])];
}
