import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** ISO 8601 with an offset: a committee meeting at 15:00 in Copenhagen is not 15:00 UTC. */
export const IsIsoTime = () =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: '$property must be an ISO 8601 time with an offset' }),
  );

/** Ids end up in stream ids and scheduler job ids: keep them plain. */
export const IsPlainId = (options: { each?: boolean } = {}) =>
  Matches(/^[A-Za-z0-9_-]{1,100}$/, {
    ...options,
    message: '$property must be letters, digits, - or _ (at most 100)',
  });
