import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where `npm run build:web` put the pages: `WEB_DIR` when set, else `dist/web` of the checkout.
 * From source this file sits in apps/web/serve, once built in dist/apps/web/serve; both find it.
 */
export function webAppDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const up = resolve(__dirname, '../../..');
  const candidates = [env.WEB_DIR, join(up, 'dist/web'), join(up, 'web')].filter((d): d is string => !!d);
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/**
 * The pages' own policy: everything from this origin, nothing inline. Helmet's default adds
 * `upgrade-insecure-requests`, which breaks the pages on a plain-HTTP local install.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_PAGES = /^\/(api|docs|health)(\/|$|-json)/;

/** A file named by its content's hash (apps/web/build.mjs): the same name is the same bytes forever. */
const HASHED = /\.[0-9a-f]{12}\.(js|css)$/;
const A_YEAR = 'public, max-age=31536000, immutable';

/**
 * Issue 19, item 8: the pages' files go out compressed (brotli where the browser takes it, else
 * gzip; `compression` picks by Accept-Encoding). Only the pages' own files: the API's answers
 * and its event stream keep their own rules.
 */
const compressPages = compression({
  filter: (req, res) => !NOT_PAGES.test(req.path) && compression.filter(req, res),
});

/**
 * Issue 9: the API process serves the web app at `/`. Static files first, then index.html for
 * any other page path (the pages route by hash, but a typed path should still land on them);
 * `/api`, `/docs` and `/health` stay the API's. Does nothing when the app has not been built.
 */
export function serveWebApp(app: NestExpressApplication, dir = webAppDir()): boolean {
  if (!dir) return false;
  const index = join(dir, 'index.html');
  app.use(compressPages);
  app.useStaticAssets(dir, {
    index: false,
    maxAge: 0,
    setHeaders: (res, path) => {
      if (path.endsWith('.html')) res.setHeader('Content-Security-Policy', PAGE_POLICY);
      // Anything not hashed (index.html) is asked for again each time, so a new build shows at once.
      res.setHeader('Cache-Control', HASHED.test(path) ? A_YEAR : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_PAGES.test(req.path) || !req.accepts('html'))
      return next();
    res.setHeader('Content-Security-Policy', PAGE_POLICY);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
