import { ApiProperty } from '@nestjs/swagger';

const UP_DOWN = ['up', 'down'];

/** `GET /health`: 200 with `ok` when both answer, 503 with `unavailable` otherwise. */
export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status!: 'ok' | 'unavailable';
  @ApiProperty({ enum: UP_DOWN }) eventStore!: 'up' | 'down';
  @ApiProperty({ enum: UP_DOWN }) redis!: 'up' | 'down';
}
