import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { cookieValue, SESSION_COOKIE } from '@app/access';
import { sendProblem } from '@app/access';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: a cookie goes along with any request the browser makes, a bearer
 * token only with the ones our pages make. So a state-changing request that rides on the session
 * cookie (no `Authorization` header) must name our pages' origin in `Origin`, which browsers set
 * on every cross-origin and same-origin POST and which a page cannot forge. The cookie is also
 * `SameSite=Strict`; this check covers browsers and subdomains that `SameSite` does not.
 * `publicOrigin` is PUBLIC_URL's origin; unset, the request's own `Host`.
 */
export function csrfGuard(publicOrigin: string | undefined): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE.has(req.method) || req.headers.authorization) return next();
    if (!cookieValue(req.headers.cookie, SESSION_COOKIE)) return next();
    const origin = req.headers.origin;
    const expected = publicOrigin ?? `${req.protocol}://${req.headers.host ?? ''}`;
    if (origin === expected) return next();
    sendProblem(
      res,
      403,
      `a request with the session cookie must come from ${expected} (Origin: ${origin ?? 'none'})`,
      'cross_site_request',
    );
  };
}
