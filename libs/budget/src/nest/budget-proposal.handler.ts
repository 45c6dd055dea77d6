import { CommandHandler } from '@nestjs/cqrs';
import {
  AggregateMessageHandler,
  CommandExecutor,
  EventStore,
  ReadModelSql,
  type ExecuteResult,
} from '@app/event-store';
import { listBudgetProposals } from '../read-model/budget-list.query';
import { fold, InvalidInputError, InvalidStateError, NotFoundError, withBusinessDate } from '@app/kernel';
import { budgetCycleDecider } from '../cycle/budget-cycle.decider';
import type { BudgetCycleEvent } from '../cycle/budget-cycle.events';
import { committeesOf, type BudgetCycleState } from '../cycle/budget-cycle.state';
import type { BudgetProposalCommand } from '../proposal/budget-proposal.commands';
import { budgetProposalDecider } from '../proposal/budget-proposal.decider';
import type { BudgetProposalEvent } from '../proposal/budget-proposal.events';
import type { BudgetProposalState } from '../proposal/budget-proposal.state';
import { BudgetProposalMessage, budgetCycleStreamId } from './budget.messages';

/**
 * load -> fold -> decide -> append for budget proposals. The cycle's calendar decides some of a
 * proposal's steps (is a submission late, how many may the committee rank), so this handler reads
 * the cycle and passes what matters into the command, keeping the decider pure.
 */
@CommandHandler(BudgetProposalMessage)
export class BudgetProposalHandler extends AggregateMessageHandler<
  BudgetProposalCommand,
  BudgetProposalEvent,
  BudgetProposalState
> {
  constructor(
    executor: CommandExecutor,
    private readonly store: EventStore,
    private readonly sql: ReadModelSql,
  ) {
    super(executor, budgetProposalDecider);
  }

  override async execute(given: BudgetProposalMessage): Promise<ExecuteResult<BudgetProposalEvent>> {
    // A step entered after the fact happened at its `at` (last year's budget steps count last year).
    const dated = withBusinessDate(given.command, (given.command.data as { at?: unknown }).at);
    const message =
      dated === given.command ? given : new BudgetProposalMessage(given.streamId, dated, given.options);
    const { command } = message;
    const run = (enriched: BudgetProposalCommand) =>
      this.executor.execute(this.decider, message.streamId, enriched, message.options);
    switch (command.type) {
      case 'DraftBudgetProposal': {
        const cycle = await this.cycle(command.data.cycleId, command.metadata.councilId);
        if (!cycle) throw new InvalidInputError(`no budget cycle ${command.data.cycleId}`, 'cycleId');
        return super.execute(message);
      }
      case 'SubmitBudgetProposal': {
        const cycle = await this.cycleOf(message.streamId, command.metadata.councilId);
        const deadlines = cycle.milestones.flatMap((m) =>
          m.submissionDeadline
            ? [{ committee: m.committee, milestoneId: m.id, dueAt: m.submissionDeadline }]
            : [],
        );
        return run({
          ...command,
          data: { ...command.data, cycle: { committees: committeesOf(cycle), deadlines } },
        });
      }
      case 'PrioritiseBudgetProposal': {
        const proposal = await this.proposal(message.streamId);
        const cycle = await this.cycleOf(message.streamId, command.metadata.councilId, proposal);
        const committee = proposal.submission?.committee;
        const ofCommittee = cycle.milestones.filter(
          (m) => m.committee === committee && m.quota !== undefined,
        );
        // The quota is the prioritisation meeting's (seed 000: "prioritering af de fem budgetforslag").
        const quota = (ofCommittee.find((m) => m.kind === 'prioritisation') ?? ofCommittee[0])?.quota;
        const others = await listBudgetProposals(
          this.sql,
          proposal.councilId ?? command.metadata.councilId ?? '',
          {
            cycleId: proposal.cycleId,
            committee,
            status: 'prioritised',
          },
        );
        const takenRanks = others.flatMap((p) =>
          p.rank === null ? [] : [{ rank: p.rank, proposalId: p.id }],
        );
        const { quota: _q, takenRanks: _t, ...data } = command.data;
        return run({ ...command, data: { ...data, takenRanks, ...(quota !== undefined && { quota }) } });
      }
      default:
        return super.execute(message);
    }
  }

  private async proposal(streamId: string): Promise<BudgetProposalState> {
    const history = await this.store.readStream(streamId);
    return fold(budgetProposalDecider, history as unknown as BudgetProposalEvent[]);
  }

  private async cycleOf(
    streamId: string,
    councilId: string | undefined,
    known?: BudgetProposalState,
  ): Promise<BudgetCycleState> {
    const proposal = known ?? (await this.proposal(streamId));
    if (!proposal.exists || proposal.cycleId === undefined)
      throw new NotFoundError('no such budget proposal');
    if (councilId !== undefined && proposal.councilId !== undefined && proposal.councilId !== councilId) {
      throw new NotFoundError('no such budget proposal');
    }
    const cycle = await this.cycle(proposal.cycleId, councilId);
    if (!cycle) throw new InvalidStateError(`the proposal's budget cycle ${proposal.cycleId} is missing`);
    return cycle;
  }

  private async cycle(cycleId: string, councilId: string | undefined): Promise<BudgetCycleState | undefined> {
    const history = await this.store.readStream(budgetCycleStreamId(cycleId));
    const cycle = fold(budgetCycleDecider, history as unknown as BudgetCycleEvent[]);
    if (!cycle.exists) return undefined;
    if (councilId !== undefined && cycle.councilId !== undefined && cycle.councilId !== councilId)
      return undefined;
    return cycle;
  }
}
