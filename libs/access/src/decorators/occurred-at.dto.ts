import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '@app/kernel';

/**
 * The one way a write takes business time: a DTO that records something that happened extends
 * this, and `@CommandContext()` moves the value into the command's metadata (`occurredAt`), so
 * no controller or decider reads it from the body. Past or now, never before the case or the
 * council began: the command executor refuses otherwise.
 */
export class OccurredAtDto {
  @ApiPropertyOptional({
    description: 'When it happened, if earlier than now (entered after the fact); RFC 3339 with offset',
    example: '2022-01-20T15:00:00+01:00',
  })
  @IsOptional()
  @IsInstant()
  occurredAt?: string;
}

/** The DTO's own fields without `occurredAt`, which travels in the metadata, not in the event. */
export function withoutOccurredAt<T extends OccurredAtDto>(dto: T): Omit<T, 'occurredAt'> {
  const { occurredAt: _occurredAt, ...rest } = dto;
  return rest;
}
