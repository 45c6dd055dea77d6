import { AggregateMessage } from '@app/event-store';
import type { FollowUpCommand } from '../domain/follow-up.commands';

/** The one bus message for the follow-up aggregate (stream `followUp-<id>`). */
export class FollowUpMessage extends AggregateMessage<FollowUpCommand> {}

export const FOLLOW_UP_CATEGORY = 'followUp';
export const followUpStreamId = (id: string) => `${FOLLOW_UP_CATEGORY}-${id}`;
