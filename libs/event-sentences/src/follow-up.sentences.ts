import { remindedDa, remindedEn } from './hearing.sentences';
import type { Sentence } from './sentence';

type Book = Record<string, Sentence>;

interface Named {
  name: string;
}
/** What a revision added and dropped, by name (absent on revisions that only moved dates). */
function changes(
  d: { added?: Record<string, Named[]>; dropped?: Record<string, Named[]> },
  add: string,
  drop: string,
) {
  const names = (group?: Record<string, Named[]>) =>
    Object.values(group ?? {})
      .flat()
      .map((x) => x.name);
  const parts = [
    ...(names(d.added).length ? [`${add} ${names(d.added).join(', ')}`] : []),
    ...(names(d.dropped).length ? [`${drop} ${names(d.dropped).join(', ')}`] : []),
  ];
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** libs/follow-ups/src/domain/follow-up.events.ts */
export const followUpDa: Book = {
  FollowUpCreated: (d) => `oprettede opfølgningen "${d.title}" (${d.phases.length} faser)`,
  PhaseStarted: (d, c) => `startede fasen ${d.phaseId} ${c.date(d.startedOn)}`,
  PhaseCompleted: (d, c) => `afsluttede fasen ${d.phaseId} ${c.date(d.completedOn)}`,
  MilestoneMet: (d) => `registrerede milepælen ${d.milestoneId} som nået`,
  MilestoneMissed: (d) => `registrerede milepælen ${d.milestoneId} som ikke nået`,
  StatusReportSubmitted: (d, c) => `afgav status pr. ${c.date(d.asOf)}: ${d.summary}`,
  PlanRevised: (d) => `reviderede planen${changes(d, 'tilføjede', 'fjernede')}: ${d.reason}`,
  EvaluationRecorded: (d) => `registrerede evalueringen: ${d.summary}`,
  VerdictGiven: (d, c) => `gav konklusionen "${c.word('verdict', d.verdict)}": ${d.reason}`,
  RemindersIssued: (d, c) => remindedDa(d, c),
  StatusReportOverdue: (d, c) =>
    `statusrapport ${d.reportNumber} med frist ${c.date(d.dueAt)} er ikke afgivet`,
  MilestoneOverdue: (d, c) => `milepælen ${d.milestoneId} med frist ${c.date(d.dueAt)} er overskredet`,
  EvaluationOverdue: (d, c) => `evalueringen med frist ${c.date(d.dueAt)} er ikke registreret`,
  CaseCarriedOver: (d) => `overførte opfølgningen til rådet ${d.successorId}, der fortsætter den`,
  CaseCarriedIn: (d) => `overtog opfølgningen fra rådet ${d.from.councilId} med dens historik`,
};

export const followUpEn: Book = {
  FollowUpCreated: (d) => `created the follow-up "${d.title}" (${d.phases.length} phases)`,
  PhaseStarted: (d, c) => `started phase ${d.phaseId} on ${c.date(d.startedOn)}`,
  PhaseCompleted: (d, c) => `completed phase ${d.phaseId} on ${c.date(d.completedOn)}`,
  MilestoneMet: (d) => `recorded milestone ${d.milestoneId} as met`,
  MilestoneMissed: (d) => `recorded milestone ${d.milestoneId} as missed`,
  StatusReportSubmitted: (d, c) => `reported status as of ${c.date(d.asOf)}: ${d.summary}`,
  PlanRevised: (d) => `revised the plan${changes(d, 'added', 'dropped')}: ${d.reason}`,
  EvaluationRecorded: (d) => `recorded the evaluation: ${d.summary}`,
  VerdictGiven: (d, c) => `gave the verdict "${c.word('verdict', d.verdict)}": ${d.reason}`,
  RemindersIssued: (d, c) => remindedEn(d, c),
  StatusReportOverdue: (d, c) => `status report ${d.reportNumber} due ${c.date(d.dueAt)} is overdue`,
  MilestoneOverdue: (d, c) => `milestone ${d.milestoneId} due ${c.date(d.dueAt)} is overdue`,
  EvaluationOverdue: (d, c) => `the evaluation due ${c.date(d.dueAt)} is overdue`,
  CaseCarriedOver: (d) => `carried the follow-up over to council ${d.successorId}, which continues it`,
  CaseCarriedIn: (d) => `took the follow-up over from council ${d.from.councilId} with its history`,
};
