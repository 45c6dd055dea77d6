/**
 * `GET /api/councils/:councilId/<kind>/:<param>` as Express records the matched route. The id
 * parameter may be named anything (`:id`, `:hearingId`); the segment before it names the kind.
 */
const CASE_ROUTE = /^(?:\/[^/]+)*\/councils\/:councilId\/([a-z][a-z-]*)\/:([A-Za-z_][A-Za-z0-9_]*)$/;

/** `GET /api/councils/:councilId`: the council itself, whose stream is `council-<councilId>`. */
const COUNCIL_ROUTE = /^(?:\/[^/]+)*\/councils\/:councilId$/;

export function matchCaseRoute(routePath: unknown): { kind: string; idParam: string } | undefined {
  if (typeof routePath !== 'string') return undefined;
  if (COUNCIL_ROUTE.test(routePath)) return { kind: 'councils', idParam: 'councilId' };
  const match = CASE_ROUTE.exec(routePath);
  return match ? { kind: match[1], idParam: match[2] } : undefined;
}
