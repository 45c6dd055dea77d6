import { AggregateMessage } from '@app/event-store';
import type { HearingCommand } from '../domain/hearing.commands';

/** The one bus message for every hearing command (conventions: one per aggregate kind). */
export class HearingMessage extends AggregateMessage<HearingCommand> {}

export const hearingStreamId = (hearingId: string): string => `hearing-${hearingId}`;
