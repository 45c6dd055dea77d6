import type { MilestoneInput } from '../cycle/budget-cycle.commands';
import { CALENDAR_2022, COMMITTEE } from './seed-002.fixture';

/**
 * Seed 000's calendar for budget 2023 at Social- og psykiatriudvalget, plus a second committee
 * (the seed names three) to show a cycle spans several. The council's own submission deadline is
 * a week before each meeting; the committee prioritises five proposals.
 */
export const MILESTONES_2022: MilestoneInput[] = [
  {
    id: 'spu-first',
    kind: 'first-discussion',
    committee: COMMITTEE,
    date: CALENDAR_2022.firstDiscussion,
    submissionDeadline: '2022-03-23T12:00:00+01:00',
  },
  {
    id: 'spu-prio',
    kind: 'prioritisation',
    committee: COMMITTEE,
    date: CALENDAR_2022.prioritisation,
    quota: 5,
  },
  { id: 'spu-final', kind: 'final-approval', committee: COMMITTEE, date: CALENDAR_2022.finalApproval },
  {
    id: 'nss-first',
    kind: 'first-discussion',
    committee: 'Udvalg for det nære og sammenhængende sundhedsvæsen',
    date: '2022-03-29T15:00:00+02:00',
    submissionDeadline: '2022-03-22T12:00:00+01:00',
  },
];
