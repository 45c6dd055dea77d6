import type { Sentence, SentenceContext } from './sentence';

type Book = Record<string, Sentence>;

const grants = (d: { grants?: { year: number; amount: number }[] }, c: SentenceContext, unit: string) =>
  d.grants?.length ? ` (${d.grants.map((g) => `${g.year}: ${c.amount(g.amount)} ${unit}`).join(', ')})` : '';

/** The form's fields (libs/budget/src/proposal/budget-proposal.fields.ts, seed 002), as objects of "changed". */
const FIELDS_DA: Record<string, string> = {
  title: 'titlen',
  proposedBy: 'forslagsstilleren',
  problem: 'problemet',
  solution: 'løsningsforslaget',
  financingArea: 'finansieringsområdet',
  costs: 'udgifterne',
  agreementText: 'aftaleteksten',
  sdgs: 'verdensmålene',
  overlaps: 'overlap med andre forslag',
  derivedFrom: 'hvad forslaget udspringer af',
  committee: 'udvalget',
  areas: 'områderne',
};
const FIELDS_EN: Record<string, string> = {
  title: 'the title',
  proposedBy: 'the proposer',
  problem: 'the problem',
  solution: 'the proposed solution',
  financingArea: 'the financing area',
  costs: 'the costs',
  agreementText: 'the agreement text',
  sdgs: 'the SDGs',
  overlaps: 'the overlaps with other proposals',
  derivedFrom: 'what the proposal derives from',
  committee: 'the committee',
  areas: 'the areas',
};

/** libs/budget/src/cycle/budget-cycle.events.ts */
export const budgetCycleDa: Book = {
  BudgetCycleCreated: (d) => `Budgetåret ${d.year} oprettet med ${d.milestones.length} milepæle`,
  BudgetMilestoneAdded: (d, c) =>
    `Møde i ${d.milestone.committee} (${c.word('milestone', d.milestone.kind)}) tilføjet ${c.dateTime(d.milestone.date)}`,
  BudgetMilestoneCancelled: (d, c) =>
    `Mødet i ${d.milestone.committee} ${c.dateTime(d.milestone.date)} aflyst: ${d.reason}`,
  BudgetMilestoneMoved: (d, c) =>
    `Milepælen ${d.milestoneId} flyttet fra ${c.date(d.previousDate)} til ${c.date(d.date)}`,
  RemindersIssued: (d, c) =>
    d.about === 'submission-deadline'
      ? `${d.recipients.length} mindet om ${d.proposals.length} forslag i udkast før afleveringsfristen til ${d.committee}`
      : `${d.recipients.length} mindet om mødet i ${d.committee} ${c.date(d.dueAt)}`,
  SubmissionDeadlinePassed: (d) =>
    `Afleveringsfristen til ${d.committee} udløb; ${d.missedBy.length} forslag er stadig i udkast`,
};

export const budgetCycleEn: Book = {
  BudgetCycleCreated: (d) => `Budget cycle ${d.year} created with ${d.milestones.length} milestones`,
  BudgetMilestoneAdded: (d, c) =>
    `${d.milestone.committee} meeting (${c.word('milestone', d.milestone.kind)}) added on ${c.dateTime(d.milestone.date)}`,
  BudgetMilestoneCancelled: (d, c) =>
    `${d.milestone.committee} meeting on ${c.dateTime(d.milestone.date)} cancelled: ${d.reason}`,
  BudgetMilestoneMoved: (d, c) =>
    `Milestone ${d.milestoneId} moved from ${c.date(d.previousDate)} to ${c.date(d.date)}`,
  RemindersIssued: (d, c) =>
    d.about === 'submission-deadline'
      ? `Reminded ${d.recipients.length} of ${d.proposals.length} draft proposals before the submission deadline to ${d.committee}`
      : `Reminded ${d.recipients.length} of the ${d.committee} meeting on ${c.date(d.dueAt)}`,
  SubmissionDeadlinePassed: (d) =>
    `Submission deadline to ${d.committee} passed; ${d.missedBy.length} proposals still in draft`,
};

/** libs/budget/src/proposal/budget-proposal.events.ts */
export const budgetProposalDa: Book = {
  BudgetProposalDrafted: () => 'Skrev budgetforslaget',
  BudgetProposalFieldChanged: (d) => `Ændrede ${FIELDS_DA[d.field] ?? d.field}`,
  BudgetProposalRemarksWritten: () => 'Skrev administrationens bemærkninger',
  BudgetProposalSubmitted: (d) =>
    `Sendt til ${d.committee}${d.lateReason ? ` sent i forløbet: ${d.lateReason}` : d.late ? ' efter afleveringsfristen' : ''}`,
  BudgetProposalDiscussed: () => 'Drøftet i udvalget',
  BudgetProposalPrioritised: (d) => `Prioriteret af udvalget som nummer ${d.rank}`,
  BudgetProposalNotPrioritised: () => 'Ikke prioriteret af udvalget',
  BudgetProposalApprovedByCommittee: () => 'Godkendt af udvalget',
  BudgetProposalNegotiationsEntered: () => 'Taget med i budgetforhandlingerne',
  BudgetProposalDecided: (d, c) => `Besluttet: ${c.word('outcome', d.outcome)}${grants(d, c, 'mio. kr.')}`,
  BudgetProposalWithdrawn: (d) => `Trukket tilbage${d.reason ? `: ${d.reason}` : ''}`,
  BudgetProposalMergedFrom: (d) => `Lagt sammen af forslagene ${d.replaces.join(', ')}`,
  BudgetProposalMergedInto: (d) => `Lagt sammen med andre i forslaget ${d.into}`,
  BudgetProposalSubmissionDeadlineMissed: (d, c) =>
    `Afleveringsfristen til ${d.committee} (${c.date(d.dueAt)}) blev overskredet`,
};

export const budgetProposalEn: Book = {
  BudgetProposalDrafted: () => 'Drafted the budget proposal',
  BudgetProposalFieldChanged: (d) => `Changed ${FIELDS_EN[d.field] ?? d.field}`,
  BudgetProposalRemarksWritten: () => "Wrote the administration's remarks",
  BudgetProposalSubmitted: (d) =>
    `Submitted to ${d.committee}${d.lateReason ? `, joining the cycle late: ${d.lateReason}` : d.late ? ', after the submission deadline' : ''}`,
  BudgetProposalDiscussed: () => 'Discussed by the committee',
  BudgetProposalPrioritised: (d) => `Prioritised by the committee as number ${d.rank}`,
  BudgetProposalNotPrioritised: () => 'Not prioritised by the committee',
  BudgetProposalApprovedByCommittee: () => 'Approved by the committee',
  BudgetProposalNegotiationsEntered: () => 'Taken into the budget negotiations',
  BudgetProposalDecided: (d, c) => `Decided: ${c.word('outcome', d.outcome)}${grants(d, c, 'million DKK')}`,
  BudgetProposalWithdrawn: (d) => `Withdrawn${d.reason ? `: ${d.reason}` : ''}`,
  BudgetProposalMergedFrom: (d) => `Merged from proposals ${d.replaces.join(', ')}`,
  BudgetProposalMergedInto: (d) => `Merged into proposal ${d.into}`,
  BudgetProposalSubmissionDeadlineMissed: (d, c) =>
    `Missed the submission deadline to ${d.committee} (${c.date(d.dueAt)})`,
};
