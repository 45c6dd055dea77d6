/**
 * `GET /api/councils/:councilId/<kind>/:<param>` as Express records the matched route. The id
 * parameter may be named anything (`:id`, `:hearingId`); the segment before it names the kind.
 */
const CASE_ROUTE = /^(?:\/[^/]+)*\/councils\/:councilId\/([a-z][a-z-]*)\/:([A-Za-z_][A-Za-z0-9_]*)$/;

export function matchCaseRoute(routePath: unknown): { kind: string; idParam: string } | undefined {
  if (typeof routePath !== 'string') return undefined;
  const match = CASE_ROUTE.exec(routePath);
  return match ? { kind: match[1], idParam: match[2] } : undefined;
}
