import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

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
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new BadRequestException({ message: 'Validation failed', fields: fieldMessages(errors) }),
  });
}
