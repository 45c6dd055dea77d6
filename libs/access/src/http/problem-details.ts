import type { Response } from 'express';

/**
 * RFC 9457 problem details, the body of every error answer. `type` is `about:blank` (RFC 9457
 * section 4.2.1: the status and its title say it all); the extension members are the ones clients
 * read: `code`, a stable machine word for the refusal, and `fields`, each input at fault with its
 * messages, so a form can show each one beside its field.
 */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface Problem {
  type: 'about:blank';
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  fields?: Record<string, string[]>;
}

const TITLES: Record<number, [title: string, code: string]> = {
  400: ['Bad Request', 'invalid_input'],
  401: ['Unauthorized', 'unauthorized'],
  403: ['Forbidden', 'forbidden'],
  404: ['Not Found', 'not_found'],
  409: ['Conflict', 'conflict'],
  412: ['Precondition Failed', 'precondition_failed'],
  413: ['Content Too Large', 'payload_too_large'],
  415: ['Unsupported Media Type', 'unsupported_media_type'],
  428: ['Precondition Required', 'precondition_required'],
  429: ['Too Many Requests', 'too_many_requests'],
  500: ['Internal Server Error', 'internal_error'],
  503: ['Service Unavailable', 'unavailable'],
};

export function problemOf(
  status: number,
  details: { detail: string; code?: string; instance?: string; fields?: Record<string, string[]> },
): Problem {
  const [title, code] = TITLES[status] ?? [status >= 500 ? 'Server Error' : 'Client Error', 'error'];
  return {
    type: 'about:blank',
    title,
    status,
    detail: details.detail,
    ...(details.instance && { instance: details.instance }),
    code: details.code ?? code,
    ...(details.fields && Object.keys(details.fields).length > 0 && { fields: details.fields }),
  };
}

/** For Express middleware that answers before Nest (and its exception filter) sees the request. */
export function sendProblem(res: Response, status: number, detail: string, code?: string): void {
  res
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .json(problemOf(status, { detail, code, instance: res.req?.originalUrl }));
}
