import { jsonColumn } from '@app/event-store';
import { budgetCycleView } from '../cycle/budget-cycle.view';
import { initialBudgetCycleState, type BudgetCycleState } from '../cycle/budget-cycle.state';
import { totalByYear } from '../proposal/budget-proposal.fields';
import type { BudgetProposalState } from '../proposal/budget-proposal.state';
import { BUDGET_CYCLE_LIST_TABLE, BUDGET_PROPOSAL_LIST_TABLE } from './budget-list.projection';
import type { SqlLike } from './sql-like';

export interface BudgetProposalListFilter {
  cycleId?: string;
  status?: string;
  committee?: string;
}

export interface BudgetProposalListItem {
  id: string;
  cycleId: string;
  title: string;
  status: string;
  committee: string | null;
  areas: string[];
  rank: number | null;
  late: boolean;
  outcome: string | null;
  totalByYear: Record<string, number>;
  revision: number;
}

export async function listBudgetProposals(
  sql: SqlLike,
  councilId: string,
  filter: BudgetProposalListFilter,
): Promise<BudgetProposalListItem[]> {
  const where = ['council_id = $1'];
  const params: unknown[] = [councilId];
  const add = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  };
  add('cycle_id', filter.cycleId);
  add('status', filter.status);
  add('committee', filter.committee);
  const { rows } = await sql.query<{ state: unknown; revision: number }>(
    `SELECT state, revision FROM ${BUDGET_PROPOSAL_LIST_TABLE} WHERE ${where.join(' AND ')}
     ORDER BY created_at, proposal_id`,
    params,
  );
  return rows.map((row) => {
    const s = jsonColumn<BudgetProposalState>(row.state);
    return {
      id: s.id as string,
      cycleId: s.cycleId as string,
      title: s.fields.title ?? '',
      status: s.status as string,
      committee: s.fields.committee ?? s.submission?.committee ?? null,
      areas: s.fields.areas ?? [],
      rank: s.prioritisation?.rank ?? null,
      late: s.submission?.late ?? false,
      outcome: s.decision?.outcome ?? null,
      totalByYear: totalByYear(s.fields.costs ?? []),
      revision: Number(row.revision),
    };
  });
}

export async function listBudgetCycles(sql: SqlLike, councilId: string) {
  const { rows } = await sql.query<{ state: unknown; revision: number }>(
    `SELECT state, revision FROM ${BUDGET_CYCLE_LIST_TABLE} WHERE council_id = $1 ORDER BY year DESC, cycle_id`,
    [councilId],
  );
  return rows.map((row) => {
    const state: BudgetCycleState = {
      ...initialBudgetCycleState,
      ...jsonColumn<BudgetCycleState>(row.state),
    };
    return { ...budgetCycleView(state, state.id as string), revision: Number(row.revision) };
  });
}
