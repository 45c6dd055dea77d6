import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * A NUL byte cannot be stored in a PostgreSQL text or jsonb value, and a lone UTF-16 surrogate
 * is no Unicode text at all (it cannot be written as UTF-8): either one reaching the store is a
 * server fault. Refused here, before any guard, pipe or decider sees the request.
 */
// eslint-disable-next-line no-control-regex -- finding the NUL byte is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Keys that name an object's prototype machinery. class-transformer drops them without a word,
 * so they slipped past the "unknown keys are a 400" rule; refused like any other unknown key.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const UNSTORABLE_MESSAGE = 'must not contain a NUL byte or a lone surrogate';

/** A Map, not an object: a field named `__proto__` must be a key, not the prototype. */
type Fields = Map<string, string[]>;

function note(fields: Fields, field: string, message: string): void {
  fields.set(field, [...(fields.get(field) ?? []), message]);
}

/** Every string and key of a parsed JSON body or query, named as the validation pipe names fields. */
function inspect(value: unknown, path: string, fields: Fields): void {
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) note(fields, path, `${path} ${UNSTORABLE_MESSAGE}`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    const field = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) note(fields, field, `property ${key} should not exist`);
    else if (UNSTORABLE.test(key)) note(fields, field, `a key ${UNSTORABLE_MESSAGE}`);
    else inspect((value as Record<string, unknown>)[key], field, fields);
  }
}

function inspectPath(path: string, fields: Fields): void {
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      note(fields, 'path', 'the path is not valid percent-encoded UTF-8');
      continue;
    }
    if (UNSTORABLE.test(decoded)) note(fields, 'path', `the path ${UNSTORABLE_MESSAGE}`);
  }
}

/**
 * The one place raw input is checked on every route: path segments, query and JSON body. Runs
 * after the body parser, so the 400 names the body's field the way the validation pipe does.
 */
export function rawInputMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const fields: Fields = new Map();
  inspectPath(req.path, fields);
  inspect(req.query, '', fields);
  inspect(req.body, '', fields);
  if (fields.size === 0) return next();
  next(new BadRequestException({ message: 'Validation failed', fields: Object.fromEntries(fields) }));
}
