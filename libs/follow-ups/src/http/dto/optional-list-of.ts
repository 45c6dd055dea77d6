import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';

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
