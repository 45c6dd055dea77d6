import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** Conventions: times carry an explicit offset, so "1 July" is never read in the server's zone. */
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

/** A request field that must be an ISO 8601 time with its offset (`Z`, `+02:00` or `+0200`). */
export const IsIsoTime = () =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(WITH_OFFSET, { message: '$property must be an ISO 8601 time with an offset' }),
  );
