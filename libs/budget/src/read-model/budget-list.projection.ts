import { dropTableWithout, jsonColumn, type StoredEvent } from '@app/event-store';
import { parseStreamId } from '@app/kernel';
import { evolveBudgetCycle } from '../cycle/budget-cycle.decider';
import type { BudgetCycleEvent } from '../cycle/budget-cycle.events';
import { initialBudgetCycleState, type BudgetCycleState } from '../cycle/budget-cycle.state';
import { evolveBudgetProposal } from '../proposal/budget-proposal.decider';
import type { BudgetProposalEvent } from '../proposal/budget-proposal.events';
import { initialBudgetProposalState, type BudgetProposalState } from '../proposal/budget-proposal.state';
import { BUDGET_CYCLE_CATEGORY, BUDGET_PROPOSAL_CATEGORY } from '../nest/budget.categories';
import type { SqlLike } from './sql-like';

export const BUDGET_CYCLE_LIST_TABLE = 'budget_cycle_list';
export const BUDGET_PROPOSAL_LIST_TABLE = 'budget_proposal_list';

/**
 * The lists of budget cycles and proposals (issue 5: proposals by cycle and status). Each row keeps
 * the folded state beside the columns it is filtered by, so the list shows what the single view
 * shows, computed by the same code. `apply` runs in the ProjectionRunner's transaction with its
 * checkpoint. The scheduler's handlers read the drafts of a cycle from here too.
 */
export class BudgetListProjection {
  /** Renamed when rows came to be keyed by stream (so the same id in two councils is two rows): rebuilt once. */
  readonly name = 'budget-list-by-stream';
  /** Read on the page a user opens right after writing: written in the append's transaction. */
  readonly inline = true;
  readonly tables = [BUDGET_CYCLE_LIST_TABLE, BUDGET_PROPOSAL_LIST_TABLE] as const;

  async setup(tx: SqlLike): Promise<void> {
    await dropTableWithout(tx, BUDGET_CYCLE_LIST_TABLE, 'stream_id');
    await dropTableWithout(tx, BUDGET_PROPOSAL_LIST_TABLE, 'stream_id');
    await tx.query(`
      CREATE TABLE IF NOT EXISTS ${BUDGET_CYCLE_LIST_TABLE} (
        stream_id text PRIMARY KEY,
        cycle_id text NOT NULL,
        council_id text,
        year integer,
        revision integer NOT NULL,
        state jsonb NOT NULL
      )`);
    await tx.query(`
      CREATE TABLE IF NOT EXISTS ${BUDGET_PROPOSAL_LIST_TABLE} (
        stream_id text PRIMARY KEY,
        proposal_id text NOT NULL,
        council_id text,
        cycle_id text NOT NULL,
        status text NOT NULL,
        committee text,
        title text,
        created_at text NOT NULL,
        revision integer NOT NULL,
        state jsonb NOT NULL
      )`);
    await tx.query(
      `CREATE INDEX IF NOT EXISTS ${BUDGET_PROPOSAL_LIST_TABLE}_cycle ON ${BUDGET_PROPOSAL_LIST_TABLE} (council_id, cycle_id, status)`,
    );
  }

  async apply(tx: SqlLike, event: StoredEvent): Promise<void> {
    const { category, id } = parseStreamId(event.streamId);
    if (category === BUDGET_CYCLE_CATEGORY) return this.applyCycle(tx, event, id);
    if (category === BUDGET_PROPOSAL_CATEGORY) return this.applyProposal(tx, event, id);
  }

  async reset(tx: SqlLike): Promise<void> {
    await tx.query(`DROP TABLE IF EXISTS ${BUDGET_CYCLE_LIST_TABLE}`);
    await tx.query(`DROP TABLE IF EXISTS ${BUDGET_PROPOSAL_LIST_TABLE}`);
  }

  private async applyCycle(tx: SqlLike, event: StoredEvent, id: string): Promise<void> {
    const { rows } = await tx.query<{ state: unknown }>(
      `SELECT state FROM ${BUDGET_CYCLE_LIST_TABLE} WHERE stream_id = $1`,
      [event.streamId],
    );
    // Over the initial state, so a row stored before the state gained a field (e.g. `cancelled`) folds on.
    const before: BudgetCycleState = rows[0]
      ? { ...initialBudgetCycleState, ...jsonColumn<BudgetCycleState>(rows[0].state) }
      : initialBudgetCycleState;
    const state = evolveBudgetCycle(before, { type: event.type, data: event.data } as BudgetCycleEvent);
    if (!state.exists) return;
    await tx.query(
      `INSERT INTO ${BUDGET_CYCLE_LIST_TABLE} (cycle_id, council_id, year, revision, state, stream_id)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6)
       ON CONFLICT (stream_id) DO UPDATE SET council_id = EXCLUDED.council_id, year = EXCLUDED.year,
         revision = EXCLUDED.revision, state = EXCLUDED.state`,
      [
        id,
        state.councilId ?? event.metadata.councilId ?? null,
        state.year ?? null,
        event.revision,
        JSON.stringify(state),
        event.streamId,
      ],
    );
  }

  private async applyProposal(tx: SqlLike, event: StoredEvent, id: string): Promise<void> {
    const { rows } = await tx.query<{ state: unknown; created_at: string }>(
      `SELECT state, created_at FROM ${BUDGET_PROPOSAL_LIST_TABLE} WHERE stream_id = $1`,
      [event.streamId],
    );
    const before = rows[0] ? jsonColumn<BudgetProposalState>(rows[0].state) : initialBudgetProposalState;
    const state = evolveBudgetProposal(before, { type: event.type, data: event.data } as BudgetProposalEvent);
    if (!state.exists || state.cycleId === undefined || state.status === undefined) return;
    await tx.query(
      `INSERT INTO ${BUDGET_PROPOSAL_LIST_TABLE}
         (proposal_id, council_id, cycle_id, status, committee, title, created_at, revision, state, stream_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)
       ON CONFLICT (stream_id) DO UPDATE SET council_id = EXCLUDED.council_id,
         cycle_id = EXCLUDED.cycle_id, status = EXCLUDED.status, committee = EXCLUDED.committee,
         title = EXCLUDED.title, revision = EXCLUDED.revision, state = EXCLUDED.state`,
      [
        id,
        state.councilId ?? event.metadata.councilId ?? null,
        state.cycleId,
        state.status,
        state.fields.committee ?? state.submission?.committee ?? null,
        state.fields.title ?? null,
        rows[0]?.created_at ?? event.recordedAt,
        event.revision,
        JSON.stringify(state),
        event.streamId,
      ],
    );
  }
}
