/** Every write answers the id it concerns and the stream revision after it (for `If-Match`). */
export interface WriteResult {
  id: string;
  revision: number;
}
