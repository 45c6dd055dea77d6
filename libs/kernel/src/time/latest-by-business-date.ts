/**
 * "The latest value" means one thing everywhere (issue 21.6): the one with the latest business
 * date (a status report's `asOf`), not the one entered last, so an older report typed in late
 * does not hide a newer value. Between equal dates the one entered later wins (a correction).
 * `items` are in the order they were entered; an item without a readable date is passed over.
 */
export function latestByBusinessDate<T>(
  items: readonly T[],
  dateOf: (item: T) => string | undefined,
): T | undefined {
  let best: { item: T; at: number } | undefined;
  for (const item of items) {
    const at = Date.parse(dateOf(item) ?? '');
    if (Number.isNaN(at)) continue;
    if (best === undefined || at >= best.at) best = { item, at };
  }
  return best?.item;
}
