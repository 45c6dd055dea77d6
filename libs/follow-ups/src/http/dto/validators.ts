import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDuration } from '@app/kernel';

/** Conventions: times are ISO 8601 with an offset, so "1 July" is never read in the server's zone. */
export const IsIsoTime = () =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(/(Z|[+-]\d\d:?\d\d)$/, { message: '$property must be an ISO 8601 time with an offset' }),
  );

export const IsIsoDuration = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isIsoDuration',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDuration(value),
        defaultMessage: () => '$property must be an ISO 8601 duration such as P3M',
      },
    },
    options,
  );

/** Client-chosen ids end up in stream ids and URLs: keep them plain. */
export const IsPlainId = () =>
  Matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, {
    message: '$property must be 1-100 letters, digits, dots, dashes or underscores',
  });
