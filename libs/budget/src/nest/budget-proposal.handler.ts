import { CommandHandler } from '@nestjs/cqrs';
import {
  AggregateMessageHandler,
  CaseLocator,
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
import { BUDGET_CYCLE_CATEGORY, BUDGET_PROPOSAL_CATEGORY, BudgetProposalMessage } from './budget.messages';

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
    private readonly cases: CaseLocator,
  ) {
    super(executor, budgetProposalDecider);
  }

  /**
   * Issue 20: `derivedFrom` and `overlaps` point at cases of the proposal's own council. A value
   * that is not even well formed is left to the decider, which names what is wrong with it.
   */
  private async requireLinks(fields: { derivedFrom?: unknown; overlaps?: unknown }, councilId?: string) {
    if (councilId === undefined) return;
    if (Array.isArray(fields.overlaps)) {
      for (const [i, id] of fields.overlaps.entries()) {
        if (typeof id !== 'string' || id.trim() === '') continue;
        await this.cases.requireLink(
          { category: 'budgetProposal', label: 'budget proposal', id },
          councilId,
          `overlaps[${i}]`,
        );
      }
    }
    if (!Array.isArray(fields.derivedFrom)) return;
    for (const [i, raw] of fields.derivedFrom.entries()) {
      const link = (raw ?? {}) as { kind?: unknown; id?: unknown; itemId?: unknown };
      if (typeof link.id !== 'string' || link.id.trim() === '') continue;
      if (link.kind === 'hearing') {
        await this.cases.requireLink(
          { category: 'hearing', label: 'hearing', id: link.id },
          councilId,
          `derivedFrom[${i}].id`,
        );
      }
      if (link.kind === 'meeting-item' && typeof link.itemId === 'string') {
        const meeting = await this.cases.read('meeting', councilId, link.id);
        const added = meeting.some(
          (e) => e.type === 'AgendaItemAdded' && (e.data as { itemId?: unknown }).itemId === link.itemId,
        );
        if (!added) {
          const field = `derivedFrom[${i}]`;
          throw new InvalidInputError(
            `${field}: this council has no meeting item ${link.id}/${link.itemId}`,
            field,
          );
        }
      }
    }
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
        await this.requireLinks(command.data.fields, command.metadata.councilId);
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
      case 'ChangeBudgetProposalFields':
        await this.requireLinks(command.data.changes, command.metadata.councilId);
        return super.execute(message);
      case 'MergeBudgetProposals': {
        // Each proposal named is read as a case of this council: one of another council is not found.
        const councilId = command.metadata.councilId;
        const replaced = await Promise.all(
          [...new Set(command.data.replaces ?? [])].map(async (id) => {
            const p =
              councilId === undefined || typeof id !== 'string'
                ? undefined
                : fold(
                    budgetProposalDecider,
                    (await this.cases.read(
                      BUDGET_PROPOSAL_CATEGORY,
                      councilId,
                      id,
                    )) as unknown as BudgetProposalEvent[],
                  );
            return p?.exists
              ? { id, exists: true, cycleId: p.cycleId, status: p.status, mergedInto: p.mergedInto?.into }
              : { id, exists: false };
          }),
        );
        return run({ ...command, data: { ...command.data, replaced } });
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
    const cycle = await this.cycle(proposal.cycleId, councilId ?? proposal.councilId);
    if (!cycle) throw new InvalidStateError(`the proposal's budget cycle ${proposal.cycleId} is missing`);
    return cycle;
  }

  private async cycle(cycleId: string, councilId: string | undefined): Promise<BudgetCycleState | undefined> {
    if (councilId === undefined) return undefined;
    const history = await this.cases.read(BUDGET_CYCLE_CATEGORY, councilId, cycleId);
    const cycle = fold(budgetCycleDecider, history as unknown as BudgetCycleEvent[]);
    return cycle.exists ? cycle : undefined;
  }
}
