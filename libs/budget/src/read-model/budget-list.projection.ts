import { jsonColumn, type StoredEvent } from '@app/event-store';
import { evolveBudgetCycle } from '../cycle/budget-cycle.decider';
import type { BudgetCycleEvent } from '../cycle/budget-cycle.events';
import { initialBudgetCycleState, type BudgetCycleState } from '../cycle/budget-cycle.state';
import { evolveBudgetProposal } from '../proposal/budget-proposal.decider';
import type { BudgetProposalEvent } from '../proposal/budget-proposal.events';
import { initialBudgetProposalState, type BudgetProposalState } from '../proposal/budget-proposal.state';
import type { SqlLike } from './sql-like';

export const BUDGET_CYCLE_LIST_TABLE = 'budget_cycle_list';
export const BUDGET_PROPOSAL_LIST_TABLE = 'budget_proposal_list';
const CYCLE_PREFIX = 'budgetCycle-';
const PROPOSAL_PREFIX = 'budgetProposal-';

/**
 * The lists of budget cycles and proposals (issue 5: proposals by cycle and status). Each row keeps
 * the folded state beside the columns it is filtered by, so the list shows what the single view
 * shows, computed by the same code. `apply` runs in the ProjectionRunner's transaction with its
 * checkpoint. The scheduler's handlers read the drafts of a cycle from here too.
 */
export class BudgetListProjection {
  readonly name = 'budget-list';
  readonly tables = [BUDGET_CYCLE_LIST_TABLE, BUDGET_PROPOSAL_LIST_TABLE] as const;

  async setup(tx: SqlLike): Promise<void> {
    await tx.query(`
      CREATE TABLE IF NOT EXISTS ${BUDGET_CYCLE_LIST_TABLE} (
        cycle_id text PRIMARY KEY,
        council_id text,
        year integer,
        revision integer NOT NULL,
        state jsonb NOT NULL
      )`);
    await tx.query(`
      CREATE TABLE IF NOT EXISTS ${BUDGET_PROPOSAL_LIST_TABLE} (
        proposal_id text PRIMARY KEY,
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
    if (event.streamId.startsWith(CYCLE_PREFIX)) return this.applyCycle(tx, event);
    if (event.streamId.startsWith(PROPOSAL_PREFIX)) return this.applyProposal(tx, event);
  }

  async reset(tx: SqlLike): Promise<void> {
    await tx.query(`DROP TABLE IF EXISTS ${BUDGET_CYCLE_LIST_TABLE}`);
    await tx.query(`DROP TABLE IF EXISTS ${BUDGET_PROPOSAL_LIST_TABLE}`);
  }

  private async applyCycle(tx: SqlLike, event: StoredEvent): Promise<void> {
    const id = event.streamId.slice(CYCLE_PREFIX.length);
    const { rows } = await tx.query<{ state: unknown }>(
      `SELECT state FROM ${BUDGET_CYCLE_LIST_TABLE} WHERE cycle_id = $1`,
      [id],
    );
    // Over the initial state, so a row stored before the state gained a field (e.g. `cancelled`) folds on.
    const before: BudgetCycleState = rows[0]
      ? { ...initialBudgetCycleState, ...jsonColumn<BudgetCycleState>(rows[0].state) }
      : initialBudgetCycleState;
    const state = evolveBudgetCycle(before, { type: event.type, data: event.data } as BudgetCycleEvent);
    if (!state.exists) return;
    await tx.query(
      `INSERT INTO ${BUDGET_CYCLE_LIST_TABLE} (cycle_id, council_id, year, revision, state)
       VALUES ($1, $2, $3, $4, $5::jsonb)
       ON CONFLICT (cycle_id) DO UPDATE SET council_id = EXCLUDED.council_id, year = EXCLUDED.year,
         revision = EXCLUDED.revision, state = EXCLUDED.state`,
      [
        id,
        state.councilId ?? event.metadata.councilId ?? null,
        state.year ?? null,
        event.revision,
        JSON.stringify(state),
      ],
    );
  }

  private async applyProposal(tx: SqlLike, event: StoredEvent): Promise<void> {
    const id = event.streamId.slice(PROPOSAL_PREFIX.length);
    const { rows } = await tx.query<{ state: unknown; created_at: string }>(
      `SELECT state, created_at FROM ${BUDGET_PROPOSAL_LIST_TABLE} WHERE proposal_id = $1`,
      [id],
    );
    const before = rows[0] ? jsonColumn<BudgetProposalState>(rows[0].state) : initialBudgetProposalState;
    const state = evolveBudgetProposal(before, { type: event.type, data: event.data } as BudgetProposalEvent);
    if (!state.exists || state.cycleId === undefined || state.status === undefined) return;
    await tx.query(
      `INSERT INTO ${BUDGET_PROPOSAL_LIST_TABLE}
         (proposal_id, council_id, cycle_id, status, committee, title, created_at, revision, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
       ON CONFLICT (proposal_id) DO UPDATE SET council_id = EXCLUDED.council_id,
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
      ],
    );
  }
}
