import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsIn, IsOptional } from 'class-validator';
import { IsInstant, IsId, IsText } from '@app/kernel';
import { MEETING_KINDS, type MeetingKind } from '../../meeting/meeting.events';

export class CallMeetingDto {
  @ApiPropertyOptional({ description: 'Client-chosen id, so a retried call creates nothing twice' })
  @IsOptional()
  @IsId()
  id?: string;

  @ApiPropertyOptional({
    enum: MEETING_KINDS,
    default: 'extraordinary',
    description:
      'Extraordinary (called by the chair in office) unless given, joint when `jointWith` is given; any other kind is a meeting the secretary adds outside the yearly plan',
  })
  @IsOptional()
  @IsIn(MEETING_KINDS)
  kind?: MeetingKind;

  @ApiPropertyOptional({ example: '2026-03-05T15:00:00+01:00', description: 'Left out when dateToFollow' })
  @IsOptional()
  @IsInstant()
  startsAt?: string;

  @ApiPropertyOptional({ example: '2026-03-05T17:00:00+01:00' })
  @IsOptional()
  @IsInstant()
  endsAt?: string;

  @ApiPropertyOptional({ description: '"Dato og tidspunkt følger": the meeting is dated later with PATCH' })
  @IsOptional()
  @Equals(true)
  dateToFollow?: true;

  @ApiPropertyOptional({ example: 'Online' })
  @IsOptional()
  @IsText(500)
  place?: string;

  @ApiPropertyOptional({
    example: 'https://teams.microsoft.com/l/meetup-join/…',
    description: 'Link of an online meeting',
  })
  @IsOptional()
  @IsText(2000)
  online?: string;

  @ApiPropertyOptional({
    example: 'Udvalget for social og psykiatri',
    description: 'The committee of a dialogue meeting',
  })
  @IsOptional()
  @IsText(500)
  committee?: string;

  @ApiPropertyOptional({
    example: 'Temadag om bostøtte og psykiatri',
    description:
      'What the meeting is for: a dialogue meeting’s subject, an annual meeting’s or theme day’s theme',
  })
  @IsOptional()
  @IsText(2000)
  purpose?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['udsatte-hovedstaden'],
    description:
      'A joint meeting (kind joint): the other councils at it. Each gets its own copy of the meeting, on its list; 404 naming a council that does not exist.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsId({ each: true })
  jointWith?: string[];
}
