import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Issue 18.3: the link back from a case carried over to a successor council (kernel carry-over.ts). */
export class CarriedFromResponse {
  @ApiProperty({ description: 'The predecessor council the case was carried over from' })
  councilId!: string;
  @ApiProperty({ description: "The case's stream in the predecessor, where its history stays" })
  streamId!: string;
  @ApiProperty({ description: 'Revision of the last event copied from that stream' })
  revision!: number;
  @ApiPropertyOptional({ description: "That event's chain hash, to check the copy against the predecessor" })
  hash?: string;
}
