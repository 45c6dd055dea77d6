import type { Documents } from '@app/access';
import { ApiProperty } from '@nestjs/swagger';
import type { DeadlineRebuild } from '@app/scheduling';

export class ReconcileResultResponse {
  @ApiProperty({ description: 'Jobs BullMQ did not have and now has' }) added!: number;
  @ApiProperty({ description: 'Jobs no longer wanted and removed' }) removed!: number;
  @ApiProperty({ description: 'Reminders past their time that nobody missed' }) skipped!: number;
  @ApiProperty({ description: 'Missed reminders added to run now, marked late' }) late!: number;
  @ApiProperty({ description: 'Stale jobs left alone because they were running' }) busy!: number;
  @ApiProperty({ description: 'Jobs failed for good and sent round again' }) retried!: number;
  @ApiProperty({ description: 'Streams left as they were (an older version than one applied)' })
  outdated!: number;
  @ApiProperty({ description: 'Streams reconciled' }) streams!: number;
}

export class DeadlineAuditResponse {
  @ApiProperty({ enum: ['ok', 'missing'] }) status!: 'ok' | 'missing';
  @ApiProperty({ description: 'Whether a full reconcile has run since Redis last lost its keys' })
  rebuilt!: boolean;
  @ApiProperty({ description: 'Jobs the index says were scheduled' }) indexedJobs!: number;
  @ApiProperty({ description: 'Of those, jobs BullMQ no longer has' }) missingJobs!: number;
  @ApiProperty({ format: 'date-time' }) checkedAt!: string;
}

/** `POST /api/admin/deadlines/reconcile`: what the rebuild did, and the state after it. */
export class DeadlineRebuildResponse {
  @ApiProperty({ type: ReconcileResultResponse }) result!: ReconcileResultResponse;
  @ApiProperty({ type: DeadlineAuditResponse }) health!: DeadlineAuditResponse;
}

/** What the route returns is what these classes document (checked by `tsc`). */
export type DeadlineRebuildResponseDocumentsView = Documents<DeadlineRebuildResponse, DeadlineRebuild>;
