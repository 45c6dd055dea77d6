import type { Documents } from '@app/access';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseHistory, HistoryEntry } from '../case/case-history.service';
import type { CaseChain, ChainLink, ChainNode } from '../chain/case-chain.service';
import type { TimelineEntry, TimelinePage } from '../timeline/timeline.service';

const ANY_JSON = {
  type: 'object',
  additionalProperties: true,
  description: "The event's data, shaped by its type",
} as const;

/** docs/business-time.md: written down more than a day after it happened. */
const RECORDED_LATER = {
  type: Boolean,
  enum: [true],
  description: 'Present when recorded more than a day after it happened (occurredAt); both times are given',
} as const;

export class ActorResponse {
  @ApiProperty() personId!: string;
  @ApiProperty({ description: 'The role the person acted in' }) role!: string;
}

export class TimelineEntryResponse {
  @ApiProperty({ description: 'Global position in the log' }) position!: number;
  @ApiProperty({ description: 'The kind of case, e.g. hearings' }) kind!: string;
  @ApiProperty({ description: 'The case id' }) id!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ description: "The event's revision in its case stream" }) revision!: number;
  @ApiProperty() type!: string;
  @ApiProperty(ANY_JSON) data!: unknown;
  @ApiProperty({ type: ActorResponse }) actor!: ActorResponse;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When it happened, if not when recorded' })
  occurredAt?: string;
  @ApiProperty({ description: 'One line saying what happened' }) description!: string;
  @ApiPropertyOptional(RECORDED_LATER)
  recordedLater?: true;
  @ApiPropertyOptional({
    description: 'With includePredecessors=true (issue 18.3): the council the event belongs to',
  })
  councilId?: string;
}

/** `GET …/timeline`. */
export class TimelinePageResponse {
  @ApiProperty({ type: [TimelineEntryResponse] }) events!: TimelineEntryResponse[];
  @ApiProperty({ type: Number, nullable: true, description: 'Pass as `after` for the next page' })
  next!: number | null;
  @ApiPropertyOptional({ format: 'date-time', description: 'Echoed when read as of a moment' })
  asOf?: string;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: "As of a moment: the last global position of the council's log then (to cite)",
  })
  position?: number | null;
}

export class HistoryEntryResponse {
  @ApiProperty({ description: 'The event id' }) id!: string;
  @ApiProperty() type!: string;
  @ApiProperty(ANY_JSON) data!: unknown;
  @ApiProperty() revision!: number;
  @ApiProperty() position!: number;
  @ApiProperty({ type: ActorResponse }) actor!: ActorResponse;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) occurredAt?: string;
  @ApiProperty() description!: string;
  @ApiPropertyOptional(RECORDED_LATER)
  recordedLater?: true;
  @ApiPropertyOptional({
    description:
      'Issue 18.3: for a case carried over, the predecessor council this event was recorded in (revision and position are of its stream there)',
  })
  carriedFrom?: string;
}

/** `GET …/:kind/:id/history` and `GET …/history`. */
export class CaseHistoryResponse {
  @ApiProperty() kind!: string;
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The revision of the last event shown: what to cite' }) revision!: number;
  @ApiPropertyOptional({ format: 'date-time', description: 'Echoed when read as of a moment' })
  asOf?: string;
  @ApiPropertyOptional({ enum: ['recorded', 'occurred'], description: 'The clock `asOf` was read on' })
  time?: 'recorded' | 'occurred';
  @ApiProperty({ type: [HistoryEntryResponse], description: 'In stream order' })
  events!: HistoryEntryResponse[];
}

export class CaseRefResponse {
  @ApiProperty() kind!: string;
  @ApiProperty() id!: string;
}

export class ChainNodeResponse {
  @ApiProperty() kind!: string;
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'False when a link names a case this council has no record of' })
  found!: boolean;
  @ApiPropertyOptional({
    description:
      'Issue 18.3: the predecessor council the case was found in, reached through a case carried over from it',
  })
  councilId?: string;
  @ApiPropertyOptional({ description: 'Issue 18.3: the predecessor council the case was carried over from' })
  carriedFrom?: string;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional() status?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Named dates that matter to an evaluator (received, deadline, submitted …)',
  })
  dates?: Record<string, string | undefined>;
}

export class ChainLinkResponse {
  @ApiProperty({ type: CaseRefResponse }) from!: CaseRefResponse;
  @ApiProperty({ enum: ['derivedFrom', 'implements', 'overlaps', 'drawsOn'] })
  relation!: ChainLink['relation'];
  @ApiProperty({ type: CaseRefResponse }) to!: CaseRefResponse;
  @ApiPropertyOptional() itemId?: string;
}

/** `GET …/:kind/:id/chain`. */
export class CaseChainResponse {
  @ApiProperty({ type: ChainNodeResponse }) root!: ChainNodeResponse;
  @ApiProperty({ type: [ChainLinkResponse], description: 'Transitively, what the case came from' })
  cameFrom!: ChainLinkResponse[];
  @ApiProperty({ type: [ChainLinkResponse], description: 'Transitively, what came of it' })
  ledTo!: ChainLinkResponse[];
  @ApiProperty({ type: [ChainNodeResponse] }) nodes!: ChainNodeResponse[];
  @ApiPropertyOptional({ format: 'date-time', description: 'Echoed when read as of a moment' })
  asOf?: string;
  @ApiPropertyOptional({ enum: ['recorded', 'occurred'], description: 'The clock `asOf` was read on' })
  time?: 'recorded' | 'occurred';
}

/** What the routes return is what these classes document (checked by `tsc`). */
export type TimelineEntryResponseDocumentsView = Documents<TimelineEntryResponse, TimelineEntry>;
export type TimelinePageResponseDocumentsView = Documents<TimelinePageResponse, TimelinePage>;
export type HistoryEntryResponseDocumentsView = Documents<HistoryEntryResponse, HistoryEntry>;
export type CaseHistoryResponseDocumentsView = Documents<CaseHistoryResponse, CaseHistory>;
export type ChainNodeResponseDocumentsView = Documents<ChainNodeResponse, ChainNode>;
export type ChainLinkResponseDocumentsView = Documents<ChainLinkResponse, ChainLink>;
export type CaseChainResponseDocumentsView = Documents<CaseChainResponse, CaseChain>;
