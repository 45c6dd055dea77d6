import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** Times carry an explicit offset (conventions): a bare local time is ambiguous across DST. */
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

export const IsIsoTime = () =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(WITH_OFFSET, {
      message: ({ property }) => `${property} must be an ISO 8601 time with an offset`,
    }),
  );
