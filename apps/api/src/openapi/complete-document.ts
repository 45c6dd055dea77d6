import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  ReferenceObject,
  RequestBodyObject,
  ResponsesObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PUBLIC_EXTENSION } from '@app/access';
import { PROBLEM_CONTENT_TYPE } from '@app/access';

export const BEARER = 'bearer';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const WRITES = new Set(['put', 'post', 'delete', 'patch']);

/** Why each status can answer; each is an RFC 9457 problem details body (`ProblemDetails`). */
const ERRORS: Record<number, string> = {
  400: 'The input breaks a rule: each field at fault is named in `fields`',
  401: 'No bearer token, or one that is expired or not ours',
  403: "The caller's role or council may not do this; nothing changed",
  404: 'No such case in this council (or no such route)',
  409: "The case's state does not allow this, or If-Match names a revision that is no longer current",
  413: 'The request body is larger than the API takes',
  429: 'Too many requests from this caller; retry after a while',
  503: 'The event store or Redis does not answer; retry later',
};

function problem(status: number) {
  return {
    description: ERRORS[status],
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  };
}

/**
 * What the decorators leave to one place, so no route can forget it: the server, bearer security
 * at the root (a `@Public` route declares none), every path parameter of the route's template
 * (a controller's `:councilId` that the method does not read is still in its URL), a read's 304,
 * and the error answers each kind of route can give, all with the one problem details schema.
 */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  document.servers = [{ url: '/', description: 'This server' }];
  document.security = [{ [BEARER]: [] }];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const extensions = operation as unknown as Record<string, unknown>;
      const isPublic = extensions[PUBLIC_EXTENSION] === true;
      delete extensions[PUBLIC_EXTENSION];
      if (isPublic) operation.security = [];
      else delete operation.security;
      declarePathParameters(path, operation);
      // Express answers a conditional GET whose If-None-Match still holds with an empty 304.
      if (method === 'get')
        operation.responses['304'] ??= { description: 'Not modified since the ETag sent' };
      if (method === 'get' && CASE_READ.test(path)) declareAsOf(operation);
      // A public route still refuses bad input, a spent link (401), a cross-site cookie (403)...
      if (path !== '/health') declareErrors(operation, method, path);
      optionalBodyWhenNothingRequired(document, operation);
    }
  }
  return document;
}

/** A case read (`GET …/councils/{councilId}` or `…/<kind>/{id}`) also answers `?asOf=` (history lib). */
const CASE_READ = /^\/api\/councils\/\{councilId\}(\/[a-z][a-z-]*\/\{[^}]+\})?$/;

function declareAsOf(operation: OperationObject): void {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  parameters.push(
    {
      name: 'asOf',
      in: 'query',
      required: false,
      description: 'The case as it stood at this instant (ISO 8601 with an offset)',
      schema: { type: 'string', example: '2026-01-28T12:00:00Z' },
    },
    {
      name: 'time',
      in: 'query',
      required: false,
      description: 'Which clock `asOf` reads: when events were recorded, or when they happened',
      schema: { type: 'string', enum: ['recorded', 'occurred'], default: 'recorded' },
    },
  );
  operation.parameters = parameters;
}

function declarePathParameters(path: string, operation: OperationObject): void {
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const declared = new Set(parameters.filter((p) => p.in === 'path').map((p) => p.name));
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
    if (declared.has(name)) continue;
    parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
  }
  operation.parameters = parameters;
}

/**
 * Nest marks every `@Body()` required; a body whose fields are all optional (a resignation's
 * `occurredAt`, say) may be left out, and clients do leave it out, so the document says so.
 */
function optionalBodyWhenNothingRequired(document: OpenAPIObject, operation: OperationObject): void {
  const body = operation.requestBody as RequestBodyObject | undefined;
  const ref = (body?.content?.['application/json']?.schema as ReferenceObject | undefined)?.$ref;
  if (!body || !ref?.startsWith('#/components/schemas/')) return;
  const schema = document.components?.schemas?.[ref.slice('#/components/schemas/'.length)] as
    SchemaObject | undefined;
  if (schema && !schema.required?.length) body.required = false;
}

function declareErrors(operation: OperationObject, method: string, path: string): void {
  const statuses = [400, 401, 403, 429, 503];
  if (path.includes('{')) statuses.push(404);
  if (WRITES.has(method)) statuses.push(409);
  if (operation.requestBody) statuses.push(413);
  const responses: ResponsesObject = operation.responses;
  for (const status of statuses.sort()) responses[status] ??= problem(status);
}
