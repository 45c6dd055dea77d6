/**
 * The evaluation report's figures as the charts can draw them: any object whose values are all
 * numbers (per year, per status, per outcome …) becomes one bar chart; a list of objects with a
 * label and a number (e.g. `{ year, amount }`) too; lone numbers go in a table. Walking the JSON
 * keeps the page working while the report (issue 7) grows sections.
 */
export interface Figures {
  charts: { title: string; bars: [string, number][] }[];
  numbers: [string, number][];
}

const LABEL_KEYS = [
  'year',
  'label',
  'name',
  'status',
  'outcome',
  'verdict',
  'organisation',
  'personId',
  'kind',
];

function asBars(list: unknown[]): [string, number][] | undefined {
  const bars: [string, number][] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) return undefined;
    const entries = Object.entries(item as Record<string, unknown>);
    const labelKey = LABEL_KEYS.find((k) => k in (item as object));
    const numeric = entries.filter(([k, v]) => typeof v === 'number' && k !== labelKey);
    if (!labelKey || numeric.length !== 1) return undefined;
    bars.push([String((item as Record<string, unknown>)[labelKey]), numeric[0][1] as number]);
  }
  return bars.length ? bars : undefined;
}

export function reportFigures(report: unknown): Figures {
  const figures: Figures = { charts: [], numbers: [] };
  const walk = (value: unknown, path: string[]) => {
    const title = path.join(' › ');
    if (typeof value === 'number') figures.numbers.push([title, value]);
    else if (Array.isArray(value)) {
      const bars = asBars(value);
      if (bars) figures.charts.push({ title, bars });
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length > 1 && entries.every(([, v]) => typeof v === 'number') && path.length > 0)
        figures.charts.push({ title, bars: entries as [string, number][] });
      else for (const [k, v] of entries) walk(v, [...path, k]);
    }
  };
  walk(report, []);
  return figures;
}
