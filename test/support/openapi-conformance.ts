/**
 * Every exchange of an end-to-end suite checked against the OpenAPI document the app serves
 * (issue 15 item 1): the route and method are documented, the status is one the operation
 * declares, the body matches the schema declared for that status and content type, required
 * response headers (a create's `Location`) are sent, and a request the API accepted (2xx)
 * matches the document's parameters and body (and a read's query names only declared
 * parameters): a document that refuses what the API takes is as wrong as one that promises what
 * it does not send. `startTestApp` installs it on every app;
 * `close()` fails the suite on any violation.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { NextFunction, Request, Response } from 'express';

type Json = Record<string, unknown>;
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Json }[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Json }> };
  responses: Record<
    string,
    { headers?: Record<string, { required?: boolean }>; content?: Record<string, { schema?: Json }> }
  >;
}
interface Route {
  template: string;
  pattern: RegExp;
  names: string[];
  literals: number;
  item: Record<string, Operation>;
}

const DOC_ID = 'openapi';

/** OpenAPI 3.0 schema -> JSON Schema: `nullable` becomes a `null` alternative, refs point into the document. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out.$ref = `${DOC_ID}${value}`;
    else if (key !== 'nullable') out[key] = toJsonSchema(value);
  }
  return (node as Json).nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

export class OpenApiConformance {
  readonly violations: string[] = [];
  exchanges = 0;
  private routes: Route[] = [];
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly params = new Ajv({ strict: false, allErrors: true, coerceTypes: 'array' });
  private readonly compiled = new Map<string, ValidateFunction>();

  /** Load the document (from `/docs-json`); exchanges before this are not checked. */
  use(document: Json): void {
    const components = toJsonSchema(document.components);
    for (const ajv of [this.ajv, this.params]) {
      addFormats(ajv);
      ajv.addSchema({ $id: DOC_ID, components }, DOC_ID);
    }
    this.routes = Object.entries(document.paths as Record<string, Route['item']>).map(([template, item]) => {
      const names: string[] = [];
      const source = template
        .split('/')
        .map((segment) => {
          const param = /^\{(.+)\}$/.exec(segment);
          if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(param[1]);
          return '([^/]+)';
        })
        .join('/');
      const literals = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      return { template, pattern: new RegExp(`^${source}$`), names, literals, item };
    });
    // The most literal template wins: `/councils/{c}/history` before `/councils/{c}/{kind}/{id}`.
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  /** Express middleware: records each answer and checks it once it is sent. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    let body: unknown;
    const send = res.send.bind(res);
    res.send = ((chunk?: unknown) => {
      body ??= chunk;
      return send(chunk);
    }) as Response['send'];
    res.on('finish', () => {
      try {
        this.check(req, res, body);
      } catch (error) {
        this.violations.push(`${req.method} ${req.originalUrl}: checker failed: ${String(error)}`);
      }
    });
    next();
  };

  private schema(key: string, schema: Json, params = false): ValidateFunction {
    const cacheKey = `${params ? 'p' : 'b'}:${key}`;
    let validate = this.compiled.get(cacheKey);
    if (!validate) {
      validate = (params ? this.params : this.ajv).compile(toJsonSchema(schema) as Json);
      this.compiled.set(cacheKey, validate);
    }
    return validate;
  }

  private check(req: Request, res: Response, raw: unknown): void {
    if (this.routes.length === 0) return;
    const path = req.originalUrl.split('?')[0];
    if (!path.startsWith('/api/') && path !== '/health') return;
    const method = req.method.toLowerCase();
    const status = res.statusCode;
    const where = `${req.method} ${req.originalUrl} -> ${status}`;
    const route = this.routes.find((r) => r.pattern.test(path) && r.item[method]);
    const fail = (message: string) => this.violations.push(`${where}: ${message}`);
    if (!route) {
      if (status !== 404) fail('no documented operation for this method and path');
      return;
    }
    this.exchanges++;
    const operation = route.item[method];
    const key = `${method} ${route.template}`;
    const declared = operation.responses[String(status)] ?? operation.responses.default;
    if (!declared) {
      fail(`status not declared (declared: ${Object.keys(operation.responses).join(', ')})`);
      return;
    }
    for (const [name, header] of Object.entries(declared.headers ?? {})) {
      if (header.required && res.getHeader(name) === undefined) fail(`required header ${name} missing`);
    }
    const type = String(res.getHeader('content-type') ?? '')
      .split(';')[0]
      .trim();
    const text = typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : undefined;
    if (type && text !== undefined && text !== '') {
      const content = declared.content?.[type];
      if (!content) fail(`content type ${type} not declared for ${status}`);
      else if (content.schema && /json/.test(type)) {
        const validate = this.schema(`${key} ${status} ${type}`, content.schema);
        if (!validate(JSON.parse(text))) fail(`response body: ${this.ajv.errorsText(validate.errors)}`);
      }
    }
    if (status >= 200 && status < 300) this.checkRequest(req, route, operation, key, fail);
  }

  private checkRequest(
    req: Request,
    route: Route,
    operation: Operation,
    key: string,
    fail: (message: string) => void,
  ): void {
    const values = route.pattern.exec(req.originalUrl.split('?')[0])!.slice(1);
    const parameters = operation.parameters ?? [];
    const query = new URL(req.originalUrl, 'http://x').searchParams;
    // A read's query is its input; a write ignores its query string, so only reads are held to it.
    for (const name of req.method === 'GET' ? new Set(query.keys()) : []) {
      if (!parameters.some((p) => p.in === 'query' && p.name === name))
        fail(`query parameter ${name} not declared`);
    }
    for (const parameter of parameters) {
      const value =
        parameter.in === 'path'
          ? decodeURIComponent(values[route.names.indexOf(parameter.name)] ?? '')
          : parameter.in === 'query'
            ? (query.get(parameter.name) ?? undefined)
            : parameter.in === 'header'
              ? req.get(parameter.name)
              : undefined;
      if (value === undefined) {
        if (parameter.required) fail(`required ${parameter.in} parameter ${parameter.name} missing`);
        continue;
      }
      if (!parameter.schema) continue;
      const holder = { value };
      const validate = this.schema(
        `${key} ${parameter.in} ${parameter.name}`,
        {
          type: 'object',
          properties: { value: parameter.schema },
        },
        true,
      );
      if (!validate(holder))
        fail(`${parameter.in} parameter ${parameter.name}: ${this.params.errorsText(validate.errors)}`);
    }
    const body = req.body as unknown;
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    // An operation without a body ignores one (an empty `{}` from a form, say).
    if (!operation.requestBody) return;
    const schema = operation.requestBody.content['application/json']?.schema;
    if (!schema) return;
    if (!hasBody) {
      if (operation.requestBody.required) fail('required request body missing');
      return;
    }
    const validate = this.schema(`${key} request`, schema);
    if (!validate(body)) fail(`request body: ${this.ajv.errorsText(validate.errors)}`);
  }
}
