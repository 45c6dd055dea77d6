import { FIELD_NAMES, withTotals, type CostLine, type FieldName } from './budget-proposal.fields';
import { sameValue } from './budget-proposal.fields';
import type { BudgetProposalState } from './budget-proposal.state';

export interface FieldDiff {
  field: FieldName | 'remarks';
  from: unknown;
  to: unknown;
}

function shown(field: FieldName | 'remarks', value: unknown): unknown {
  // Costs are shown as on the form, with the computed total per year.
  if (field === 'costs' && Array.isArray(value)) return withTotals(value as CostLine[]);
  return value ?? null;
}

/**
 * The fields whose values differ between two states of one proposal, old and new side by side
 * (issue 5). The administration's remarks count as a field: what the committee read changed too.
 */
export function diffBudgetProposal(before: BudgetProposalState, after: BudgetProposalState): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const field of FIELD_NAMES) {
    const a = before.fields[field];
    const b = after.fields[field];
    if (!sameValue(a ?? null, b ?? null)) diffs.push({ field, from: shown(field, a), to: shown(field, b) });
  }
  if (!sameValue(before.remarks ?? null, after.remarks ?? null)) {
    diffs.push({ field: 'remarks', from: before.remarks ?? null, to: after.remarks ?? null });
  }
  return diffs;
}
