import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * RFC 9457 problem details: the one body of every error answer (`application/problem+json`).
 * `code` and `fields` are the extension members clients read: a stable word for the refusal, and
 * each input at fault with its messages.
 */
export class ProblemDetails {
  @ApiProperty({ description: 'A URI naming the problem type; `about:blank` means the status says it' })
  type!: string;

  @ApiProperty({ description: "The status's short, human-readable summary", example: 'Bad Request' })
  title!: string;

  @ApiProperty({ description: 'The HTTP status code', example: 400 })
  status!: number;

  @ApiProperty({ description: 'What went wrong in this request, for a person to read' })
  detail!: string;

  @ApiPropertyOptional({ description: 'The request path the problem occurred on' })
  instance?: string;

  @ApiProperty({ description: 'A stable machine word for the refusal', example: 'invalid_input' })
  code!: string;

  @ApiPropertyOptional({
    description: 'Each input at fault (a dotted path, or a header name) with its messages',
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { responseDeadline: ['responseDeadline must be in the future'] },
  })
  fields?: Record<string, string[]>;
}
