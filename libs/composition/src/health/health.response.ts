import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const UP_DOWN = ['up', 'down'];

/** The deadline jobs Redis should hold, against the log (absent when Redis does not answer). */
export class DeadlineHealthResponse {
  @ApiProperty({ enum: ['ok', 'missing'] }) status!: 'ok' | 'missing';
  @ApiProperty({ type: 'integer', minimum: 0 }) missingJobs!: number;
}

/**
 * `GET /health`: 200 with `ok` when both answer (`degraded` when deadline jobs are missing),
 * 503 with `unavailable` otherwise.
 */
export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded', 'unavailable'] }) status!: 'ok' | 'degraded' | 'unavailable';
  @ApiProperty({ enum: UP_DOWN }) eventStore!: 'up' | 'down';
  @ApiProperty({ enum: UP_DOWN }) redis!: 'up' | 'down';
  @ApiProperty({ description: 'The store and schema in use, never a password' }) store!: string;
  @ApiPropertyOptional({ type: DeadlineHealthResponse }) deadlines?: DeadlineHealthResponse;
}
