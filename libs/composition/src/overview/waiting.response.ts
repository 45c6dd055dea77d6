import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Documents } from '@app/access';
import { WAITING_WHATS, type WaitingRow, type WaitingWhat } from '@app/hearings';

/** One thing the caller owes: her input, her approval, or (holding the chair) the sign-off. */
export class WaitingItemResponse {
  @ApiProperty({ enum: ['hearing'] }) kind!: 'hearing';
  @ApiProperty({ description: 'The case it belongs to (a hearing id)' }) caseId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({
    enum: WAITING_WHATS,
    description:
      "input: the caller's input to a hearing she was invited to; approval: her answer to the draft sent for approval; sign-off: the chair's sign-off of that draft",
  })
  what!: WaitingWhat;
  @ApiProperty({
    format: 'date-time',
    description: 'The input deadline, the approval deadline or the response deadline',
  })
  dueAt!: string;
}

export type WaitingItemBody = Documents<WaitingItemResponse, WaitingRow>;

export class NextMeetingResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ type: String, nullable: true }) place!: string | null;
}

/** `GET …/waiting`: what the member's first page draws, in one answer (issue 14, item 4). */
export class WaitingResponse {
  @ApiProperty({ type: [WaitingItemResponse], description: 'Soonest first' })
  items!: WaitingItemResponse[];
  @ApiPropertyOptional({
    type: NextMeetingResponse,
    description: 'The next meeting not cancelled and with its date set, absent when none is planned',
  })
  nextMeeting?: NextMeetingResponse;
}
