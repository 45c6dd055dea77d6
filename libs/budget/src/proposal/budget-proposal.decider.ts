import {
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  optionalText,
  requireInstant,
  requireMoney,
  requireOwnCouncil,
  requireText,
  type CommandMetadata,
  type Decider,
} from '@app/kernel';
import type {
  BudgetProposalCommand,
  ChangeBudgetProposalFields,
  DecideBudgetProposal,
  DraftBudgetProposal,
  MergeBudgetProposals,
  PrioritiseBudgetProposal,
  SubmitBudgetProposal,
} from './budget-proposal.commands';
import type { BudgetProposalEvent, BudgetProposalFieldChanged, Grant } from './budget-proposal.events';
import {
  FIELD_NAMES,
  REQUIRED_FIELDS,
  normaliseField,
  sameValue,
  totalByYear,
  type FieldName,
  type ProposalFields,
} from './budget-proposal.fields';
import {
  initialBudgetProposalState,
  type BudgetProposalState,
  type ProposalStatus,
} from './budget-proposal.state';

type Evolve = (state: BudgetProposalState, event: BudgetProposalEvent) => BudgetProposalState;

export const evolveBudgetProposal: Evolve = (state, event) => {
  switch (event.type) {
    case 'BudgetProposalDrafted':
      return {
        ...state,
        exists: true,
        id: event.data.proposalId,
        cycleId: event.data.cycleId,
        ...(event.data.councilId !== undefined && { councilId: event.data.councilId }),
        status: 'draft',
      };
    case 'BudgetProposalFieldChanged':
      return { ...state, fields: { ...state.fields, [event.data.field]: event.data.value } };
    case 'BudgetProposalRemarksWritten':
      return { ...state, remarks: event.data.remarks };
    case 'BudgetProposalSubmitted':
      return { ...state, status: 'submitted', submission: { ...event.data } };
    case 'BudgetProposalDiscussed':
      return { ...state, status: 'discussed', discussedAt: event.data.at };
    case 'BudgetProposalPrioritised':
      return { ...state, status: 'prioritised', prioritisation: { ...event.data, notPrioritised: false } };
    case 'BudgetProposalNotPrioritised':
      return {
        ...state,
        status: 'not-prioritised',
        prioritisation: { notPrioritised: true, at: event.data.at },
      };
    case 'BudgetProposalApprovedByCommittee':
      return { ...state, status: 'approved', approvedAt: event.data.at };
    case 'BudgetProposalNegotiationsEntered':
      return { ...state, status: 'in-negotiations', negotiationsAt: event.data.at };
    case 'BudgetProposalDecided':
      return { ...state, status: 'decided', decision: { ...event.data } };
    case 'BudgetProposalWithdrawn':
      return { ...state, status: 'withdrawn', withdrawal: { ...event.data } };
    case 'BudgetProposalMergedFrom':
      return { ...state, mergedFrom: [...new Set([...(state.mergedFrom ?? []), ...event.data.replaces])] };
    case 'BudgetProposalMergedInto':
      return { ...state, status: 'merged', mergedInto: { ...event.data } };
    case 'BudgetProposalSubmissionDeadlineMissed':
      return { ...state, missedDeadlines: [...state.missedDeadlines, { ...event.data }] };
    default:
      return state;
  }
};

const FUTURE_TOLERANCE_MS = 5 * 60_000;

function atOf(data: { at?: string }, metadata: CommandMetadata, state: BudgetProposalState): string {
  const at = requireInstant(data.at ?? metadata.occurredAt ?? metadata.now, 'at');
  // A step is recorded when it has happened (perhaps long ago, for a cycle recorded after the
  // fact), never ahead of time; a few minutes allow for clocks that differ.
  if (Date.parse(at) > Date.parse(metadata.now) + FUTURE_TOLERANCE_MS) {
    throw new InvalidInputError('at must not lie in the future', 'at');
  }
  // Every step after the submission follows it: a committee cannot discuss, prioritise or decide
  // a proposal before it was put to them.
  const submittedAt = state.submission?.at;
  if (submittedAt !== undefined && Date.parse(at) < Date.parse(submittedAt)) {
    throw new InvalidInputError(`at must not be before the proposal was submitted (${submittedAt})`, 'at');
  }
  return at;
}

function requireExisting(state: BudgetProposalState): asserts state is BudgetProposalState & {
  status: ProposalStatus;
} {
  if (!state.exists || state.status === undefined) throw new NotFoundError('no such budget proposal');
}

/** Text changes stop at a decision or a withdrawal: what was decided must stay what it was. */
function requireOpen(state: BudgetProposalState, doing: string): void {
  requireExisting(state);
  if (state.status === 'decided' || state.status === 'withdrawn' || state.status === 'merged') {
    throw new InvalidStateError(`cannot ${doing}: the proposal is ${state.status}`);
  }
}

/**
 * A lifecycle step: from `from` to `to`. Repeating a step already taken records nothing
 * (a retried request), any other status is refused.
 */
function step(
  state: BudgetProposalState,
  from: ProposalStatus[],
  to: ProposalStatus,
  make: () => BudgetProposalEvent[],
): BudgetProposalEvent[] {
  requireExisting(state);
  if (state.status === to) return [];
  if (!from.includes(state.status)) {
    throw new InvalidStateError(`a ${state.status} proposal cannot become ${to}`);
  }
  return make();
}

function fieldChanges(
  state: BudgetProposalState,
  changes: Partial<Record<FieldName, unknown>>,
  proposalId: string | undefined,
): BudgetProposalFieldChanged[] {
  const unknown = Object.keys(changes).find((k) => !FIELD_NAMES.includes(k as FieldName));
  if (unknown !== undefined) throw new InvalidInputError(`unknown field ${unknown}`, unknown);
  // FIELD_NAMES order, so one request always gives its events in the same order.
  return FIELD_NAMES.filter((f) => changes[f] !== undefined)
    .map((field) => ({ field, value: normaliseField(field, changes[field], proposalId) }))
    .filter(({ field, value }) => !sameValue(state.fields[field], value))
    .map(({ field, value }) => ({ type: 'BudgetProposalFieldChanged' as const, data: { field, value } }));
}

function draft(command: DraftBudgetProposal, state: BudgetProposalState): BudgetProposalEvent[] {
  const { proposalId, cycleId, fields } = command.data;
  const councilId = command.metadata.councilId;
  const missing = REQUIRED_FIELDS.find((f) => fields[f] === undefined);
  if (missing !== undefined) throw new InvalidInputError(`${missing} is required`, missing);
  if (state.exists) {
    // A retried creation with the same content changes nothing; different content is a conflict.
    const fresh = fieldChanges({ ...initialBudgetProposalState }, fields, proposalId);
    const same =
      state.cycleId === cycleId &&
      fresh.every((e) => sameValue(state.fields[e.data.field], e.data.value)) &&
      FIELD_NAMES.every((f) => fields[f] !== undefined || state.fields[f] === undefined);
    if (same) return [];
    throw new InvalidStateError(`budget proposal ${proposalId} already exists with other content`);
  }
  return [
    {
      type: 'BudgetProposalDrafted',
      data: { proposalId, cycleId, ...(councilId !== undefined && { councilId }) },
    },
    ...fieldChanges(state, fields, proposalId),
  ];
}

function change(command: ChangeBudgetProposalFields, state: BudgetProposalState): BudgetProposalEvent[] {
  requireOpen(state, 'change fields');
  if (Object.keys(command.data.changes).length === 0)
    throw new InvalidInputError('nothing to change', 'body');
  // The committee a proposal was submitted to is on record with the submission; a different
  // committee means withdrawing it and submitting a new proposal.
  const committee = command.data.changes.committee;
  if (committee !== undefined && state.status !== 'draft' && committee !== state.fields.committee) {
    throw new InvalidStateError('the committee cannot change once the proposal is submitted');
  }
  return fieldChanges(state, command.data.changes, state.id);
}

function submit(command: SubmitBudgetProposal, state: BudgetProposalState): BudgetProposalEvent[] {
  return step(state, ['draft'], 'submitted', () => {
    const committee = command.data.committee ?? state.fields.committee;
    if (committee === undefined) throw new InvalidInputError('committee is required', 'committee');
    if (!command.data.cycle.committees.includes(committee)) {
      throw new InvalidInputError(`the budget cycle has no committee "${committee}"`, 'committee');
    }
    const at = atOf(command.data, command.metadata, state);
    // The proposal enters at the committee's first milestone with a submission deadline (seed 000:
    // first discussion 30 March); after that deadline it is still taken in, but recorded as late.
    const deadline = command.data.cycle.deadlines
      .filter((d) => d.committee === committee)
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
    const committeeChange = fieldChanges(state, { committee }, state.id);
    const lateReason = command.data.lateReason;
    if (lateReason !== undefined && lateReason.trim() === '')
      throw new InvalidInputError('lateReason must say why the proposal joins late', 'lateReason');
    return [
      ...committeeChange,
      {
        type: 'BudgetProposalSubmitted',
        data: {
          committee,
          ...(deadline && { milestoneId: deadline.milestoneId, submissionDeadline: deadline.dueAt }),
          // Joining after a step is late by the secretary's word, whatever the deadline says.
          late:
            lateReason !== undefined ||
            (deadline !== undefined && Date.parse(at) > Date.parse(deadline.dueAt)),
          ...(lateReason !== undefined && { lateReason }),
          at,
        },
      },
    ];
  });
}

function prioritise(command: PrioritiseBudgetProposal, state: BudgetProposalState): BudgetProposalEvent[] {
  requireExisting(state);
  const { rank, notPrioritised, quota, takenRanks = [] } = command.data;
  if ((rank === undefined) === (notPrioritised !== true)) {
    throw new InvalidInputError('give either a rank or notPrioritised', 'rank');
  }
  if (rank !== undefined && (!Number.isInteger(rank) || rank < 1)) {
    throw new InvalidInputError('rank must be a whole number from 1', 'rank');
  }
  // Seed 000: the committee prioritises five proposals; a rank beyond its quota is not a place.
  if (rank !== undefined && quota !== undefined && rank > quota) {
    throw new InvalidInputError(`rank ${rank} is beyond the committee's quota of ${quota}`, 'rank');
  }
  // One place per rank: the committee's list of five has a first, a second … (seed 000).
  const holder = takenRanks.find((t) => t.rank === rank && t.proposalId !== state.id);
  if (rank !== undefined && holder !== undefined) {
    throw new InvalidStateError(`rank ${rank} is already given to proposal ${holder.proposalId}`);
  }
  const at = atOf(command.data, command.metadata, state);
  // Until the committee approves, its prioritisation may be corrected (a new rank, or taken off).
  // A proposal that joined the cycle late (seed 002) is prioritised without the discussion it missed.
  const correctable: ProposalStatus[] = [
    ...(joinedLate(state) ? (['submitted'] as const) : []),
    'discussed',
    'prioritised',
    'not-prioritised',
  ];
  if (!correctable.includes(state.status)) {
    throw new InvalidStateError(`a ${state.status} proposal cannot be prioritised`);
  }
  if (rank !== undefined) {
    if (state.status === 'prioritised' && state.prioritisation?.rank === rank) return [];
    return [{ type: 'BudgetProposalPrioritised', data: { rank, ...(quota !== undefined && { quota }), at } }];
  }
  if (state.status === 'not-prioritised') return [];
  return [{ type: 'BudgetProposalNotPrioritised', data: { at } }];
}

function decideOutcome(command: DecideBudgetProposal, state: BudgetProposalState): BudgetProposalEvent[] {
  requireExisting(state);
  if (state.status === 'draft') throw new InvalidStateError('a draft has not been put to any committee');
  if (state.status === 'withdrawn') throw new InvalidStateError('the proposal was withdrawn');
  if (state.status === 'merged')
    throw new InvalidStateError(`the proposal was merged into ${state.mergedInto?.into}`);
  const { outcome, grants } = command.data;
  if (!['adopted', 'partly-adopted', 'rejected'].includes(outcome)) {
    throw new InvalidInputError('outcome must be adopted, partly-adopted or rejected', 'outcome');
  }
  const normalised = validGrants(grants, state, outcome);
  const at = atOf(command.data, command.metadata, state);
  if (state.status === 'decided') {
    const d = state.decision;
    if (d && d.outcome === outcome && sameValue(d.grants, normalised)) return [];
    throw new InvalidStateError('the proposal has already been decided');
  }
  return [{ type: 'BudgetProposalDecided', data: { outcome, grants: normalised, at } }];
}

function validGrants(grants: Grant[] | undefined, state: BudgetProposalState, outcome: string): Grant[] {
  const list = grants ?? [];
  if (outcome === 'rejected' && list.length > 0) {
    throw new InvalidInputError('a rejected proposal is granted nothing', 'grants');
  }
  if (outcome !== 'rejected' && list.length === 0) {
    throw new InvalidInputError('an adopted proposal lists the amount granted per year', 'grants');
  }
  const totals = totalByYear((state.fields as ProposalFields).costs ?? []);
  const years = new Set<number>();
  return list
    .map((g, i) => {
      const year = g?.year;
      if (!Number.isInteger(year) || !(totals[String(year)] > 0)) {
        throw new InvalidInputError(`the proposal has no cost for ${String(year)}`, `grants[${i}].year`);
      }
      if (years.has(year)) throw new InvalidInputError(`${year} is granted twice`, `grants[${i}].year`);
      years.add(year);
      return { year, amount: requireMoney(g.amount, `grants[${i}].amount`) };
    })
    .sort((a, b) => a.year - b.year);
}

/** Submitted with a late reason: it joined after steps it therefore did not take. */
function joinedLate(state: BudgetProposalState): boolean {
  return state.submission?.lateReason !== undefined;
}
const lateSteps: ProposalStatus[] = ['submitted', 'discussed'];

/**
 * Seed 002 is "sammenlagt" from two proposals: the merged proposal names those it replaces,
 * which must be of the same cycle and still open (or merged into this one already: a retry).
 */
function merge(command: MergeBudgetProposals, state: BudgetProposalState): BudgetProposalEvent[] {
  requireOpen(state, 'merge proposals into it');
  const replaces = [...new Set(command.data.replaces ?? [])];
  if (replaces.length === 0) throw new InvalidInputError('name the proposals it replaces', 'replaces');
  if (replaces.includes(state.id ?? ''))
    throw new InvalidInputError('a proposal does not replace itself', 'replaces');
  const replaced = command.data.replaced;
  if (!replaced) throw new Error('MergeBudgetProposals needs the replaced proposals loaded by its handler');
  for (const [i, id] of replaces.entries()) {
    const facts = replaced.find((r) => r.id === id);
    if (!facts?.exists) throw new InvalidInputError(`no budget proposal ${id}`, `replaces[${i}]`);
    if (facts.cycleId !== state.cycleId)
      throw new InvalidInputError(`${id} belongs to another budget cycle`, `replaces[${i}]`);
    if (facts.status === 'merged' && facts.mergedInto !== state.id)
      throw new InvalidStateError(`${id} was merged into ${facts.mergedInto}`);
    if (facts.status === 'decided' || facts.status === 'withdrawn')
      throw new InvalidStateError(`${id} is ${facts.status}: it cannot be merged`);
  }
  const fresh = replaces.filter((id) => !(state.mergedFrom ?? []).includes(id));
  if (fresh.length === 0) return [];
  return [
    {
      type: 'BudgetProposalMergedFrom',
      data: { replaces: fresh, at: atOf(command.data, command.metadata, state) },
    },
  ];
}

function decide(command: BudgetProposalCommand, state: BudgetProposalState): BudgetProposalEvent[] {
  // Nobody reads or writes another council's proposal: to them it does not exist.
  requireOwnCouncil(state.councilId, command.metadata.councilId, 'no such budget proposal');
  switch (command.type) {
    case 'DraftBudgetProposal':
      return draft(command, state);
    case 'ChangeBudgetProposalFields':
      return change(command, state);
    case 'WriteBudgetProposalRemarks': {
      // Seed 002 keeps "Administrationens bemærkninger" apart: the secretariat writes them.
      if (!['secretary', 'admin'].includes(command.metadata.actor.role)) {
        throw new ForbiddenError("only the secretariat writes the administration's remarks");
      }
      requireOpen(state, 'write remarks');
      const remarks = requireText(command.data.remarks, 'remarks');
      return state.remarks === remarks ? [] : [{ type: 'BudgetProposalRemarksWritten', data: { remarks } }];
    }
    case 'SubmitBudgetProposal':
      return submit(command, state);
    case 'RecordBudgetProposalDiscussion':
      return step(state, ['submitted'], 'discussed', () => [
        { type: 'BudgetProposalDiscussed', data: { at: atOf(command.data, command.metadata, state) } },
      ]);
    case 'PrioritiseBudgetProposal':
      return prioritise(command, state);
    case 'ApproveBudgetProposalInCommittee':
      // Steps come in order, but a late joiner (seed 002: written after the prioritisation
      // meeting) goes to the next meeting the committee holds: final approval.
      return step(state, [...(joinedLate(state) ? lateSteps : []), 'prioritised'], 'approved', () => [
        {
          type: 'BudgetProposalApprovedByCommittee',
          data: { at: atOf(command.data, command.metadata, state) },
        },
      ]);
    case 'EnterBudgetNegotiations':
      return step(state, ['approved'], 'in-negotiations', () => [
        {
          type: 'BudgetProposalNegotiationsEntered',
          data: { at: atOf(command.data, command.metadata, state) },
        },
      ]);
    case 'DecideBudgetProposal':
      return decideOutcome(command, state);
    case 'WithdrawBudgetProposal': {
      requireExisting(state);
      if (state.status === 'withdrawn') return [];
      if (state.status === 'decided') throw new InvalidStateError('a decided proposal cannot be withdrawn');
      if (state.status === 'merged')
        throw new InvalidStateError('a merged proposal goes on in the merged one');
      const reason = optionalText(command.data.reason, 'reason', 2000);
      const at = atOf(command.data, command.metadata, state);
      return [{ type: 'BudgetProposalWithdrawn', data: { ...(reason !== undefined && { reason }), at } }];
    }
    case 'MergeBudgetProposals':
      return merge(command, state);
    case 'MarkBudgetProposalMerged': {
      requireExisting(state);
      const into = command.data.into;
      if (state.status === 'merged') {
        if (state.mergedInto?.into === into) return [];
        throw new InvalidStateError(`the proposal was merged into ${state.mergedInto?.into}`);
      }
      requireOpen(state, 'merge it');
      if (into === state.id) throw new InvalidInputError('a proposal is not merged into itself', 'into');
      return [
        { type: 'BudgetProposalMergedInto', data: { into, at: atOf(command.data, command.metadata, state) } },
      ];
    }
    case 'RecordMissedSubmissionDeadline': {
      // Fired by the scheduler: it applies only to a proposal still in draft, and only once.
      if (!state.exists || state.status !== 'draft') return [];
      const d = command.data;
      const already = state.missedDeadlines.some(
        (m) => m.milestoneId === d.milestoneId && m.dueAt === d.dueAt,
      );
      return already ? [] : [{ type: 'BudgetProposalSubmissionDeadlineMissed', data: { ...d } }];
    }
    default:
      return [];
  }
}

export const budgetProposalDecider: Decider<BudgetProposalCommand, BudgetProposalEvent, BudgetProposalState> =
  {
    initialState: initialBudgetProposalState,
    evolve: evolveBudgetProposal,
    decide,
  };
