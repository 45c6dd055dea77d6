import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CouncilDirectory, type CouncilProfile } from '@app/councils';
import {
  aggregateStream,
  AggregateEnrichments,
  CaseLocator,
  CommandExecutor,
  EventStore,
  ReadModelSql,
} from '@app/event-store';
import { sameInstant, type Command } from '@app/kernel';
import type { BudgetCycleCommand } from '../cycle/budget-cycle.commands';
import { budgetCycleDescriptor } from '../cycle/budget-cycle.descriptor';
import type { Milestone, ProposalRef } from '../cycle/budget-cycle.events';
import type { BudgetCycleState } from '../cycle/budget-cycle.state';
import { budgetProposalDescriptor } from '../proposal/budget-proposal.descriptor';
import type { RecordMissedSubmissionDeadline } from '../proposal/budget-proposal.commands';
import { listBudgetProposals, type BudgetProposalListItem } from '../read-model/budget-list.query';

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
 * The scheduler's commands arrive with only the deadline; this adds what the pure decider cannot
 * know: who is reminded (the council's secretaries and chair, or the whole council) and which
 * proposals the reminder is about (from the budget list read model). A passed submission deadline
 * is then recorded on each proposal that missed it; re-running the job repeats only what is
 * still missing.
 */
@Injectable()
export class BudgetCycleEnrichment implements OnModuleInit {
  constructor(
    private readonly enrichments: AggregateEnrichments,
    private readonly executor: CommandExecutor,
    private readonly store: EventStore,
    private readonly councils: CouncilDirectory,
    private readonly sql: ReadModelSql,
    private readonly cases: CaseLocator,
  ) {}

  onModuleInit(): void {
    this.enrichments.register(budgetCycleDescriptor, {
      enrich: (command, { state }) => this.enrich(command, state),
      after: async (command, _result, streamId) => {
        if (command.type !== 'RecordSubmissionDeadlinePassed') return;
        await this.recordOnProposals(
          streamId,
          command.data.milestoneId,
          command.data.dueAt,
          command.metadata,
        );
      },
    });
  }

  private async enrich(command: BudgetCycleCommand, cycle: BudgetCycleState): Promise<BudgetCycleCommand> {
    if (
      command.type !== 'IssueSubmissionReminders' &&
      command.type !== 'IssueMilestoneReminders' &&
      command.type !== 'RecordSubmissionDeadlinePassed'
    ) {
      return command;
    }
    const milestone = cycle.milestones.find((m) => m.id === command.data.milestoneId);
    const councilId = cycle.councilId ?? command.metadata.councilId;
    // A cycle or milestone that is gone: the decider records nothing, so neither do we.
    if (!milestone || councilId === undefined) return command;
    const metadata = { ...command.metadata, councilId };
    const proposals = await listBudgetProposals(this.sql, councilId, { cycleId: cycle.id });
    const council = await this.councils.get(councilId);
    return withFacts({ ...command, metadata }, milestone, proposals, council);
  }

  private async recordOnProposals(
    streamId: string,
    milestoneId: string,
    dueAt: string,
    given: Command['metadata'],
  ): Promise<void> {
    const { state: cycle } = aggregateStream(
      budgetCycleDescriptor,
      streamId,
      await this.store.readStream(streamId),
    );
    const passed = cycle.passedDeadlines.find(
      (p) => p.milestoneId === milestoneId && sameInstant(p.dueAt, dueAt),
    );
    const councilId = cycle.councilId ?? given.councilId;
    if (!passed || cycle.id === undefined || councilId === undefined) return;
    const metadata = { ...given, councilId };
    for (const proposalId of passed.missedBy) {
      const command: RecordMissedSubmissionDeadline = {
        type: 'RecordMissedSubmissionDeadline',
        data: { cycleId: cycle.id, milestoneId, committee: passed.committee, dueAt: passed.dueAt },
        metadata,
      };
      const proposal = await this.cases.streamOf(budgetProposalDescriptor.category, councilId, proposalId);
      await this.executor.execute(budgetProposalDescriptor.decider, proposal, command);
    }
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
