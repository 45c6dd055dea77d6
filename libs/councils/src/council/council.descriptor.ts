import { COUNCIL_CATEGORY, type AggregateDescriptor } from '@app/kernel';
import type { CouncilCommand } from './council.commands';
import { councilDeadlines } from './council.deadlines';
import { councilDecider } from './council.decider';
import type { CouncilEvent } from './council.events';
import type { CouncilState } from './council.state';
import { councilView } from './council.view';

const VACATED = { resigned: 'resigned', replaced: 'was replaced', 'stepped-down': 'stepped down as chair' };

/** The council, declared once; its own dates are the end of its term and its evaluation (seed 001). */
export const councilDescriptor: AggregateDescriptor<CouncilCommand, CouncilEvent, CouncilState> = {
  category: COUNCIL_CATEGORY,
  kind: 'councils',
  decider: councilDecider,
  deadlines: { pending: councilDeadlines, commands: ['IssueCouncilReminders'] },
  view: councilView,
  summary: (state) => ({
    title: state.name,
    status: state.exists ? (state.chairPersonId ? 'constituted' : 'without chair') : 'unknown',
    dates: {},
  }),
  links: () => [],
  describe(event) {
    switch (event.type) {
      case 'CouncilCreated':
        return `Council "${event.data.name}" created`;
      case 'CouncilTermsSet':
        return `Terms of reference: ${event.data.ordinaryMeetingsPerYear} ordinary meetings a year${event.data.requestsLapseAfter ? `, a request for an extraordinary meeting stands for ${event.data.requestsLapseAfter}` : ''}`;
      case 'MemberAppointed':
        return event.data.replaces
          ? `${event.data.name} appointed for ${event.data.organisation}, replacing ${event.data.replaces.name}`
          : `${event.data.name} appointed for ${event.data.organisation}`;
      case 'MemberResigned':
        return `${event.data.personId} resigned from the seat of ${event.data.organisation}`;
      case 'ChairElected':
        return `${event.data.personId} elected chair${event.data.advice === 'region-seat' ? ' against the advice not to elect a member employed by the region' : ''}`;
      case 'SeatsSet':
        return `Seats: ${event.data.seats.map((s) => `${s.organisation} (${s.type})`).join(', ')}`;
      case 'CouncilEnded':
        return `${event.data.decidedBy} decided on ${event.data.decidedOn} to end the council on ${event.data.endsOn}`;
      case 'CouncilSucceeded':
        return `Succeeded by council ${event.data.successorId} from ${event.data.from}`;
      case 'ChairVacated':
        return `The chair is empty: ${event.data.personId} ${VACATED[event.data.reason]}`;
      case 'RemindersIssued':
        if (event.data.deadline === 'extraordinary-meeting')
          return `reminded ${event.data.recipients.join(', ')} that an extraordinary meeting must be called`;
        return `Secretariat reminded that the ${event.data.deadline === 'term-end' ? 'term ends' : 'evaluation is due'} at ${event.data.dueAt}`;
      case 'TermSet':
        return `Term set from ${event.data.startsOn} to ${event.data.endsOn}${event.data.evaluationDueBy ? `, evaluated by ${event.data.evaluationDueBy}` : ''}`;
      case 'CouncilContinued':
        return `${event.data.decidedBy} decided on ${event.data.decidedOn} to continue the council until ${event.data.until}`;
      case 'SecretaryAssigned':
        return `${event.data.name} assigned as secretary`;
      case 'MeetingPlanAdopted':
        return event.data.fallsShortBy > 0
          ? `Meeting plan for ${event.data.year} adopted with ${event.data.meetings.length} meetings, ${event.data.fallsShortBy} short of ${event.data.expectedMeetings}`
          : `Meeting plan for ${event.data.year} adopted with ${event.data.meetings.length} meetings`;
      case 'ExtraordinaryMeetingRequested':
        return `${event.data.personId} requested an extraordinary meeting: ${event.data.reason}`;
      case 'ExtraordinaryMeetingRequired':
        return `An extraordinary meeting is required, requested by ${event.data.requestedBy.join(', ')}`;
      case 'ExtraordinaryMeetingCalled':
        return `Extraordinary meeting called for ${event.data.startsAt}`;
      case 'ExtraordinaryMeetingRequestWithdrawn':
        return `${event.data.personId} withdrew the request for an extraordinary meeting`;
      case 'ExtraordinaryMeetingRequestsLapsed':
        return `Requests for an extraordinary meeting from ${event.data.personIds.join(', ')} lapsed: ${event.data.reason === 'meeting-held' ? `meeting ${event.data.meetingId} was held` : 'their period ran out'}`;
    }
  },
};
