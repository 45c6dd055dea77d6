import type { Request } from 'express';

/** Where the pages are, when PUBLIC_URL does not say: the request's own origin (a first run). */
export function pageOrigin(req: Request): string {
  return `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}
