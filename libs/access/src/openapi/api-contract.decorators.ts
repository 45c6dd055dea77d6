import { applyDecorators, HttpCode, type Type, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { HeadersObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { LocationInterceptor, LocationMetadata, type LocationOf } from './location.interceptor';

/**
 * The three kinds of route and their status rule (docs/api-contract.md): a POST that makes a
 * case or a sub-resource with its own id is a create, 201 with `Location`; any other write is an
 * action on an existing case, 200; a read is 200. Writes and reads of one case carry the stream
 * revision as `ETag`. The error answers every route shares are added to the document in one place
 * (apps/api `completeDocument`).
 */
interface Described {
  summary: string;
  description?: string;
}

const ETAG: HeadersObject = {
  ETag: {
    description: "The case stream's revision, as a strong entity tag; send it back as If-Match",
    schema: { type: 'string' },
  },
};

const LOCATION: HeadersObject = {
  Location: {
    description: 'The URL of what was made (or of the case that shows it, for a part without its own)',
    required: true,
    schema: { type: 'string' },
  },
};

export function ApiCreate<A>(
  options: Described & { type: Type<A>; location: LocationOf<A> },
): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary: options.summary, description: options.description }),
    HttpCode(201),
    ApiCreatedResponse({ type: options.type, headers: { ...LOCATION, ...ETAG } }),
    LocationMetadata(options.location as LocationOf<never>),
    UseInterceptors(LocationInterceptor),
  );
}

export function ApiAction(options: Described & { type: Type<unknown> }): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary: options.summary, description: options.description }),
    HttpCode(200),
    ApiOkResponse({ type: options.type, headers: ETAG }),
  );
}

/** `etag`: the read is of one case, so its answer carries the revision as `ETag`. */
export function ApiRead(
  options: Described & { type: Type<unknown> | [Type<unknown>]; etag?: boolean },
): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiOkResponse({ type: options.type, ...(options.etag && { headers: ETAG }) }),
  );
}

/**
 * A compile-time proof that what a route returns (`View`) is what its response class documents
 * (`Documented`): `export type X = Documents<HearingResponse, HearingBody>` fails the type check
 * when the view drops or retypes a documented field.
 */
export type Documents<Documented, View extends Documented> = View;
