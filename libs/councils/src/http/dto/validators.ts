import { applyDecorators } from '@nestjs/common';
import { IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** Ids become part of stream ids and URLs: letters, digits, `.`, `_`, `-`. */
export const IsPlainId = (options: { each?: boolean } = {}) =>
  applyDecorators(
    IsString(options),
    Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, {
      ...options,
      message: '$property must be 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit',
    }),
  );

/** ISO 8601 with an explicit offset: a bare local time is ambiguous across daylight saving. */
export const IsInstant = () =>
  applyDecorators(
    IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 time' }),
    Matches(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/, {
      message: '$property must be an ISO 8601 time with an offset, e.g. 2022-01-20T14:00:00+01:00',
    }),
  );

export const IsText = (max = 20_000) => applyDecorators(IsString(), IsNotEmpty(), MaxLength(max));
