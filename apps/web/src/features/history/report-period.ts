/**
 * Issue 18.7: the period a person asks the report for. The council's current term (no period:
 * the API's default, all time before a term exists), a calendar year, or any two days; days are
 * plain dates the API reads in the council's time zone, `to` included.
 */
export type PeriodChoice =
  { kind: 'term' } | { kind: 'year'; year: number } | { kind: 'dates'; from: string; to: string };

export function reportQuery(choice: PeriodChoice, includePredecessors: boolean): string {
  const params: [string, string][] = [];
  if (choice.kind === 'year') params.push(['from', `${choice.year}-01-01`], ['to', `${choice.year}-12-31`]);
  if (choice.kind === 'dates') params.push(['from', choice.from], ['to', choice.to]);
  if (includePredecessors) params.push(['includePredecessors', 'true']);
  return params.length ? `?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : '';
}

/** The file name a download gets: the period as asked for. */
export function periodName(choice: PeriodChoice): string {
  if (choice.kind === 'year') return String(choice.year);
  if (choice.kind === 'dates') return `${choice.from}-${choice.to}`;
  return 'term';
}
