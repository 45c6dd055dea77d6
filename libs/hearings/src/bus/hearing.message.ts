import { AggregateMessage } from '@app/event-store';
import type { HearingCommand } from '../domain/hearing.commands';

/** The one bus message for every hearing command (docs/conventions.md: one per aggregate kind). */
export class HearingMessage extends AggregateMessage<HearingCommand> {}

/** The hearing's stream category; `CaseLocator` makes the stream id from it, the council and the id. */
export const HEARING_CATEGORY = 'hearing';
