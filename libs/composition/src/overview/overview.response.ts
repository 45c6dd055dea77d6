import { ApiProperty } from '@nestjs/swagger';
import { BudgetCycleResponse, BudgetProposalListItemResponse } from '@app/budget';
import { MeetingListItemResponse } from '@app/councils';
import { FollowUpListItemResponse } from '@app/follow-ups';
import { HearingResponse } from '@app/hearings';

/** Issue 19, item 8: what the overview and "Venter på mig" draw, in one answer. */
export class OverviewResponse {
  @ApiProperty({
    type: [HearingResponse],
    description: 'Every hearing still open, as GET …/hearings/{id} has it',
  })
  openHearings!: HearingResponse[];
  @ApiProperty({ type: [BudgetProposalListItemResponse] }) proposals!: BudgetProposalListItemResponse[];
  @ApiProperty({ type: [BudgetCycleResponse] }) cycles!: BudgetCycleResponse[];
  @ApiProperty({ type: [FollowUpListItemResponse] }) followUps!: FollowUpListItemResponse[];
  @ApiProperty({ type: [MeetingListItemResponse] }) meetings!: MeetingListItemResponse[];
}
