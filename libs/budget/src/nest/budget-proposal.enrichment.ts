import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AggregateEnrichments, CaseLocator, ReadModelSql, type AggregateHead } from '@app/event-store';
import { listBudgetProposals } from '../read-model/budget-list.query';
import { InvalidInputError, InvalidStateError, NotFoundError, withBusinessDate } from '@app/kernel';
import { budgetCycleDescriptor } from '../cycle/budget-cycle.descriptor';
import { committeesOf, type BudgetCycleState } from '../cycle/budget-cycle.state';
import type { BudgetProposalCommand } from '../proposal/budget-proposal.commands';
import { budgetProposalDescriptor } from '../proposal/budget-proposal.descriptor';
import type { BudgetProposalState } from '../proposal/budget-proposal.state';
/**
 * The cycle's calendar decides some of a
 * proposal's steps (is a submission late, how many may the committee rank), so this handler reads
 * the cycle and passes what matters into the command, keeping the decider pure.
 */
@Injectable()
export class BudgetProposalEnrichment implements OnModuleInit {
  constructor(
    private readonly enrichments: AggregateEnrichments,
    private readonly sql: ReadModelSql,
    private readonly cases: CaseLocator,
  ) {}

  onModuleInit(): void {
    this.enrichments.register(budgetProposalDescriptor, {
      enrich: (command, head) => this.enrich(command, head),
    });
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

  private async enrich(
    given: BudgetProposalCommand,
    { state: proposal }: AggregateHead<BudgetProposalState>,
  ): Promise<BudgetProposalCommand> {
    // A step entered after the fact happened at its `at` (last year's budget steps count last year).
    const command = withBusinessDate(given, (given.data as { at?: unknown }).at);
    switch (command.type) {
      case 'DraftBudgetProposal': {
        await this.requireLinks(command.data.fields, command.metadata.councilId);
        const cycle = await this.cycle(command.data.cycleId, command.metadata.councilId);
        if (!cycle) throw new InvalidInputError(`no budget cycle ${command.data.cycleId}`, 'cycleId');
        return command;
      }
      case 'SubmitBudgetProposal': {
        const cycle = await this.cycleOf(proposal, command.metadata.councilId);
        const deadlines = cycle.milestones.flatMap((m) =>
          m.submissionDeadline
            ? [{ committee: m.committee, milestoneId: m.id, dueAt: m.submissionDeadline }]
            : [],
        );
        return {
          ...command,
          data: { ...command.data, cycle: { committees: committeesOf(cycle), deadlines } },
        };
      }
      case 'PrioritiseBudgetProposal': {
        const cycle = await this.cycleOf(proposal, command.metadata.councilId);
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
        return { ...command, data: { ...data, takenRanks, ...(quota !== undefined && { quota }) } };
      }
      case 'ChangeBudgetProposalFields':
        await this.requireLinks(command.data.changes, command.metadata.councilId);
        return command;
      case 'MergeBudgetProposals': {
        // Each proposal named is read as a case of this council: one of another council is not found.
        const councilId = command.metadata.councilId;
        const replaced = await Promise.all(
          [...new Set(command.data.replaces ?? [])].map(async (id) => {
            const p =
              councilId === undefined || typeof id !== 'string'
                ? undefined
                : (await this.cases.aggregateStream(budgetProposalDescriptor, councilId, id)).state;
            return p?.exists
              ? { id, exists: true, cycleId: p.cycleId, status: p.status, mergedInto: p.mergedInto?.into }
              : { id, exists: false };
          }),
        );
        return { ...command, data: { ...command.data, replaced } };
      }
      default:
        return command;
    }
  }

  private async cycleOf(
    proposal: BudgetProposalState,
    councilId: string | undefined,
  ): Promise<BudgetCycleState> {
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
    const { state: cycle } = await this.cases.aggregateStream(budgetCycleDescriptor, councilId, cycleId);
    return cycle.exists ? cycle : undefined;
  }
}
