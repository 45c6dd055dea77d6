/**
 * Issue 18.4: the areas a case concerns, typed as one comma-separated field. Each area once (the
 * report counts cases by area, so "indre by, indre by" must not count twice); blanks dropped.
 */
export function areasOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a.length > 0),
    ),
  ];
}
