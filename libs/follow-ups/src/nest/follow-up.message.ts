import { AggregateMessage } from '@app/event-store';
import type { FollowUpCommand } from '../domain/follow-up.commands';

/** The one bus message for the follow-up aggregate (its stream: `CaseLocator`, category `followUp`). */
export class FollowUpMessage extends AggregateMessage<FollowUpCommand> {}

export const FOLLOW_UP_CATEGORY = 'followUp';
