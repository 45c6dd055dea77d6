import { ApiProperty } from '@nestjs/swagger';

/** What every write answers: the case it wrote to and the stream revision it now has. */
export class WriteAnswer {
  @ApiProperty({ description: 'The id of the case (or the created sub-resource) the write concerns' })
  id!: string;

  @ApiProperty({ description: "The case stream's revision after the write; send it as If-Match next time" })
  revision!: number;
}
