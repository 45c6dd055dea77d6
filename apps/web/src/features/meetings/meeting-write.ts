/**
 * A write on the meeting the page shows: `<meeting><path>` with the revision the page read as
 * `If-Match` (issue 19: never a silent overwrite); the page reloads the meeting after it.
 */
export interface MeetingWrite {
  (path: string, body: object, method?: 'POST' | 'PUT' | 'PATCH'): Promise<unknown>;
}
