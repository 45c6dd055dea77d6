import {
  type ArgumentMetadata,
  BadRequestException,
  HttpException,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { ID_RULE, isId } from '@app/kernel';

/** Flatten nested class-validator errors to `{ "material.0.url": ["url must be a URL address"] }`. */
export function fieldMessages(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    Object.assign(fields, fieldMessages(error.children ?? [], path));
  }
  return fields;
}

/**
 * The edge refuses what it does not understand: unknown fields are an error (not silently
 * dropped), and the 400 names every field at fault so a form can show each message.
 */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      // `code` as every domain error carries it, so a client tells a 400 apart by one field.
      new BadRequestException({
        code: 'invalid_input',
        message: 'Validation failed',
        fields: fieldMessages(errors),
      }),
  });
}

/**
 * A validator that throws on input it did not expect is still the client's bad input, not a
 * server fault: class-validator's `IsNumber({ maxDecimalPlaces })` throws a TypeError on a number
 * JSON spells with an exponent (`-5e-324`), which was a 500 (found by test/bad-input.e2e-spec.ts).
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Every path parameter names a council, a case or a part of one: the id rule holds for it
    // as for the ids a body gives, so `…/hearings/a~b` is refused, not looked up.
    if (metadata.type === 'param' && typeof value === 'string' && !isId(value)) {
      const field = metadata.data ?? 'path';
      throw new BadRequestException({
        message: 'Validation failed',
        fields: { [field]: [`${field} must be ${ID_RULE}`] },
      });
    }
    // Every body is a DTO class: an array or a bare value would pass class-validator unchecked
    // (it validates the elements, not the shape), so `[]` sent to `DELETE …/chair` was a 200.
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (metadata.type === 'body' && value !== undefined && !isObject) {
      throw new BadRequestException({
        message: 'Validation failed',
        fields: { body: ['the body must be a JSON object'] },
      });
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof HttpException) throw error;
      throw new BadRequestException({
        code: 'invalid_input',
        message: 'Validation failed: the input could not be checked',
      });
    }
  }
}
