/**
 * Issue 15 item 1: the served OpenAPI document is complete enough to generate clients from.
 * Linted with redocly's recommended rules (0 errors), and checked for what the lint does not
 * know: every operation's answers carry schemas, errors are problem details, creates say where.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { startTestApp, type TestApp } from './support/test-app';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: Json;
  const operations: { method: string; path: string; operation: Json }[] = [];

  beforeAll(async () => {
    t = await startTestApp({ runWorkers: false });
    document = (await t.http.get('/docs-json').expect(200)).body;
    for (const [path, item] of Object.entries(document.paths as Json)) {
      for (const [method, operation] of Object.entries(item as Json))
        operations.push({ method, path, operation });
    }
  }, 90_000);
  afterAll(() => t?.close());

  it("has no errors under redocly's recommended rules", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'openapi.json',
      config,
    });
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it('declares a schema for every success answer', () => {
    const missing = operations
      .filter(
        ({ operation }) =>
          Object.entries(operation.responses as Json).some(
            ([status, response]) =>
              status.startsWith('2') &&
              !Object.values((response as Json).content ?? {}).every((c) => (c as Json).schema),
          ) ||
          // 204 No Content is the one success with no body to describe (RFC 9110 section 15.3.5);
          // a redirect's answer is its Location (the OpenID Connect round trip, docs/sign-in.md).
          (!Object.keys(operation.responses).some(
            (s) => s.startsWith('2') && operation.responses[s].content,
          ) &&
            !operation.responses['204'] &&
            operation.responses['302']?.headers?.Location?.required !== true),
      )
      .map(({ method, path }) => `${method} ${path}`);
    expect(missing).toEqual([]);
  });

  it('declares every error as RFC 9457 problem details', () => {
    expect(document.components.schemas.ProblemDetails.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']),
    );
    const wrong = operations.flatMap(({ method, path, operation }) =>
      Object.entries(operation.responses as Json)
        .filter(([status]) => Number(status) >= 400)
        .filter(
          ([, response]) =>
            (response as Json).content?.['application/problem+json']?.schema?.$ref !==
              '#/components/schemas/ProblemDetails' && path !== '/health',
        )
        .map(([status]) => `${method} ${path} ${status}`),
    );
    expect(wrong).toEqual([]);
  });

  it('answers a create with 201 and Location, any other POST with 200 (202 and 204 only where named)', () => {
    const posts = operations.filter(({ method }) => method === 'post');
    expect(posts.length).toBeGreaterThan(30);
    const successes = (operation: Json) => Object.keys(operation.responses).filter((s) => s.startsWith('2'));
    const wrong = posts
      .filter(({ operation }) => {
        const answers = successes(operation);
        if (answers.length !== 1) return true;
        if (answers[0] === '201') return operation.responses['201'].headers?.Location?.required !== true;
        return answers[0] !== '200';
      })
      .map(({ path }) => path);
    // The documented exceptions (docs/api-contract.md): a mail sent after the answer is 202, and
    // signing out has nothing to answer, 204.
    expect(wrong).toEqual([
      '/api/sign-in',
      '/api/sign-out',
      '/api/councils/{councilId}/members/{personId}/invitation',
    ]);
  });

  it('declares bearer security at the root and marks the public routes', () => {
    expect(document.security).toEqual([{ bearer: [] }]);
    const open = operations.filter(({ operation }) => operation.security?.length === 0);
    expect(open.map(({ method, path }) => `${method} ${path}`).sort()).toEqual([
      'get /api/sign-in/methods',
      'get /api/sign-in/oidc',
      'get /api/sign-in/oidc/callback',
      'get /api/sign-in/session',
      'get /health',
      'post /api/sign-in',
      'post /api/sign-in/complete',
      'post /api/sign-out',
    ]);
  });

  it('declares the ETag of a case read and If-Match on writes that take it', () => {
    const read = document.paths['/api/councils/{councilId}/hearings/{hearingId}'].get;
    expect(read.responses['200'].headers.ETag).toBeDefined();
    const write = document.paths['/api/councils/{councilId}/hearings/{hearingId}/drafts'].post;
    expect(write.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'If-Match', in: 'header', required: false })]),
    );
  });

  it("is where the web app's API types come from: the committed file is current (npm run api:types)", async () => {
    const rendered = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [
          require.resolve('./support/ts-cache-register.js'),
          'scripts/api-types/render-api-types.main.ts',
        ].flatMap((arg, i) => (i === 0 ? ['-r', arg] : [arg])),
        { maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      );
      child.stdin!.end(JSON.stringify(document));
    });
    expect(rendered).toBe(readFileSync('apps/web/src/api/openapi.d.ts', 'utf8'));
  }, 60_000);
});
