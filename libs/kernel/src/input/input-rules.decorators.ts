import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { DURATION_RULE, isDuration } from './duration.rule';
import { ID_RULE, isId } from './id.rule';
import { isPlainDate, PLAIN_DATE_RULE } from './date.rule';
import { INSTANT_RULE, isInstant } from './instant.rule';
import { isMoney, MONEY_RULE } from './money.rule';
import { isText, TEXT_MAX_LENGTH } from './text.rule';

/**
 * The input rules as class-validator decorators, the only ones DTOs use for ids, times, texts,
 * amounts and durations, so the edge and the deciders refuse the same input with the same words.
 * `each` checks every element of an array.
 */
type Each = Pick<ValidationOptions, 'each'>;

const rule = (name: string, test: (value: unknown) => boolean, what: string, options: Each = {}) =>
  ValidateBy(
    {
      name,
      validator: {
        validate: test,
        defaultMessage: () => `${options.each ? 'each of ' : ''}$property must be ${what}`,
      },
    },
    options,
  );

export const IsId = (options: Each = {}) => rule('isId', isId, ID_RULE, options);

export const IsInstant = (options: Each = {}) => rule('isInstant', isInstant, INSTANT_RULE, options);

/** An instant, or a plain date the reader places in the council's time zone. */
export const IsInstantOrDate = (options: Each = {}) =>
  rule(
    'isInstantOrDate',
    (value) => isInstant(value) || isPlainDate(value),
    `${INSTANT_RULE}, or ${PLAIN_DATE_RULE}`,
    options,
  );

export const IsMoney = (options: Each = {}) => rule('isMoney', isMoney, MONEY_RULE, options);

export const IsDuration = (options: Each = {}) => rule('isDuration', isDuration, DURATION_RULE, options);

const trim = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/** Trimmed on the way in (what a decider records), then not blank and at most `max` long. */
export const IsText = (max = TEXT_MAX_LENGTH, options: Each = {}) =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(trim) : trim(value))),
    rule(
      'isText',
      (value) => isText(value, max),
      `a text that is not blank, at most ${max} characters`,
      options,
    ),
  );
