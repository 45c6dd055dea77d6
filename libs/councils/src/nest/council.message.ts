import { AggregateMessage } from '@app/event-store';
import type { CouncilCommand } from '../council/council.commands';

export class CouncilMessage extends AggregateMessage<CouncilCommand> {}
