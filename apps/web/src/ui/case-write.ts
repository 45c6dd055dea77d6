import type { RequestOptions } from '../api/api-client';

/**
 * The `If-Match` of a write on a case: the revision the page read it at (every case read carries
 * its `revision`). Someone else's write in between makes the API refuse with a 409, and the page
 * says who changed what, instead of overwriting it silently (issue 19).
 */
export function asRead(casePath: string, revision: number): Pick<RequestOptions, 'ifMatch'> {
  return { ifMatch: { revision, casePath } };
}
