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

/** A list row's or view's successor it was carried over to (one wording for every kind of case). */
export const ApiCarriedOverTo = (): PropertyDecorator =>
  ApiProperty({
    type: String,
    nullable: true,
    description: 'Issue 18.3: the successor it was carried over to',
  });

/** A list row's or view's predecessor it was carried over from. */
export const ApiCarriedFrom = (): PropertyDecorator =>
  ApiProperty({
    type: String,
    nullable: true,
    description: 'Issue 18.3: the predecessor it was carried over from',
  });
