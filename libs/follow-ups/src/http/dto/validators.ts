import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  Matches,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { isIsoDuration } from '@app/kernel';

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
export const IsPlainId = (options: { each?: boolean } = {}) =>
  Matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, {
    ...options,
    message: '$property must be 1-100 letters, digits, dots, dashes or underscores',
  });

/**
 * An optional list of nested objects, each checked as `of`, at most `max` long (OpenAPI included).
 * `of` is the class itself, so it must be declared before the DTO that lists it.
 */
export const OptionalListOf = (of: new () => object, max: number, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [of], ...(description !== undefined && { description }) }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(() => of),
  );
