import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { OccurredAtDto } from '@app/access';
import { IsId } from '@app/kernel';

/** The later meeting that approved the minutes under its item "approval of the previous minutes". */
export class ApprovingMeetingDto {
  @ApiProperty({ example: 'm-2026-03-05', description: 'A meeting of the council, held after this one' })
  @IsId()
  meetingId!: string;

  @ApiPropertyOptional({
    description: 'Its agenda item that approved them; by default its item of kind previous-minutes-approval',
  })
  @IsOptional()
  @IsId()
  itemId?: string;
}

/**
 * Issue 17: the chair in office approves the minutes with no fields; a secretary records that the
 * next meeting approved them by naming it (`byMeeting`), as she may not approve them herself.
 */
export class ApproveMinutesDto extends OccurredAtDto {
  @ApiPropertyOptional({
    type: ApprovingMeetingDto,
    description:
      'The meeting that approved the minutes (required of a secretary); its start is the approval time unless occurredAt says otherwise',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApprovingMeetingDto)
  byMeeting?: ApprovingMeetingDto;
}
