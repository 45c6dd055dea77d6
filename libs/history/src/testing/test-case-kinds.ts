import type { CaseKindDefinition, CaseLink, DomainEvent } from '@app/kernel';

/**
 * Small stand-ins for the feature libs' definitions (history must work with whatever kinds are
 * registered): a hearing with input and a response, a proposal derived from it and decided, a
 * follow-up implementing the proposal with a verdict. Events carry the cross-lib names.
 */
interface HearingState {
  title?: string;
  status: string;
  inputs: { personId: string; text: string }[];
  receivedAt?: string;
  submittedAt?: string;
}

export const testHearings: CaseKindDefinition<HearingState> = {
  kind: 'hearings',
  initialState: { status: 'none', inputs: [] },
  evolve(state, event: DomainEvent) {
    const data = event.data as Record<string, string>;
    switch (event.type) {
      case 'HearingOpened':
        return { ...state, title: data.title, status: 'open', receivedAt: data.receivedAt };
      case 'HearingInputSubmitted':
        return { ...state, inputs: [...state.inputs, { personId: data.personId, text: data.text }] };
      case 'HearingResponseSubmitted':
        return { ...state, status: 'submitted', submittedAt: data.submittedAt };
      default:
        return state;
    }
  },
  view: (state, id) => ({ id, ...state }),
  summary: (s) => ({
    title: s.title ?? '',
    status: s.status,
    dates: { received: s.receivedAt, submitted: s.submittedAt },
  }),
  links: () => [],
  describe(event) {
    const data = event.data as Record<string, string>;
    if (event.type === 'HearingOpened') return `Hearing "${data.title}" opened`;
    if (event.type === 'HearingInputSubmitted') return `${data.personId} gave input`;
    if (event.type === 'HearingResponseSubmitted') return 'The response was submitted';
    return event.type;
  },
};

interface ProposalState {
  title?: string;
  status: string;
  derivedFrom: CaseLink[];
}

export const testProposals: CaseKindDefinition<ProposalState> = {
  kind: 'budget-proposals',
  initialState: { status: 'none', derivedFrom: [] },
  evolve(state, event: DomainEvent) {
    const data = event.data as { title?: string; outcome?: string; derivedFrom?: CaseLink[] };
    if (event.type === 'BudgetProposalDrafted') {
      return { ...state, status: 'draft', title: data.title, derivedFrom: data.derivedFrom ?? [] };
    }
    if (event.type === 'BudgetProposalDecided') return { ...state, status: data.outcome ?? 'decided' };
    return state;
  },
  view: (state, id) => ({ id, ...state }),
  summary: (s) => ({ title: s.title ?? '', status: s.status, dates: {} }),
  links: (s) => s.derivedFrom,
  describe: (event) =>
    event.type === 'BudgetProposalDecided' ? 'The proposal was decided' : 'Proposal drafted',
};

interface FollowUpState {
  title?: string;
  status: string;
  implements?: CaseLink;
  verdict?: string;
}

export const testFollowUps: CaseKindDefinition<FollowUpState> = {
  kind: 'follow-ups',
  initialState: { status: 'none' },
  evolve(state, event: DomainEvent) {
    const data = event.data as {
      title?: string;
      implements?: { kind: CaseLink['kind']; id: string };
      verdict?: string;
    };
    if (event.type === 'FollowUpCreated') {
      return {
        ...state,
        status: 'running',
        title: data.title,
        implements: data.implements && { relation: 'implements', ...data.implements },
      };
    }
    if (event.type === 'VerdictGiven') return { ...state, status: 'concluded', verdict: data.verdict };
    return state;
  },
  view: (state, id) => ({ id, ...state }),
  summary: (s) => ({ title: s.title ?? '', status: s.status, dates: {} }),
  links: (s) => (s.implements ? [s.implements] : []),
  describe: (event) => (event.type === 'VerdictGiven' ? 'A verdict was given' : 'Follow-up created'),
};

export const TEST_CASE_KINDS = [testHearings, testProposals, testFollowUps] as CaseKindDefinition[];
