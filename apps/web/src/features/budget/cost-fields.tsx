import type { CostLineInput } from '../../api/api-types';
import { useApp } from '../../session/app-context';
import { Field } from '../../ui/fields';

/** Seed 002's table "Initiativets konsekvenser – økonomi, personale og tid", one row a year. */
export const COST_KEYS = ['salary', 'operations', 'establishment', 'fte'] as const;
type CostKey = (typeof COST_KEYS)[number];

/** What the fields hold, as typed: a year's row of strings, empty where nothing is typed. */
export type CostDraft = Record<number, Partial<Record<CostKey, string>>>;

/** The years a cycle's proposal costs money in: its budget year and the three after (seed 002). */
export function cycleYears(cycle: { year: number }, lines: CostLineInput[] = []): number[] {
  const years = new Set([0, 1, 2, 3].map((i) => cycle.year + i));
  for (const l of lines) years.add(l.year);
  return [...years].sort((a, b) => a - b);
}

export function costDraftOf(lines: CostLineInput[]): CostDraft {
  return Object.fromEntries(
    lines.map((l) => [l.year, Object.fromEntries(COST_KEYS.map((k) => [k, String(l[k])]))]),
  );
}

/** The rows with anything typed, as the API takes them (the totals are the API's to compute). */
export function costLinesOf(draft: CostDraft, years: number[]): CostLineInput[] {
  return years
    .filter((year) => COST_KEYS.some((k) => draft[year]?.[k]))
    .map((year) => ({
      year,
      ...(Object.fromEntries(COST_KEYS.map((k) => [k, Number(draft[year][k] || 0)])) as Record<
        CostKey,
        number
      >),
    }));
}

export function CostFields({
  idPrefix,
  years,
  value,
  onValue,
}: {
  idPrefix: string;
  years: number[];
  value: CostDraft;
  onValue(next: CostDraft): void;
}) {
  const { t } = useApp();
  const set = (year: number, key: CostKey, v: string) =>
    onValue({ ...value, [year]: { ...value[year], [key]: v } });
  return (
    <fieldset>
      <legend>{t('costsPerYear')}</legend>
      {years.map((year) => (
        <div class="two" key={year}>
          {COST_KEYS.map((key) => (
            <Field
              key={key}
              id={`${idPrefix}${key}-${year}`}
              type="number"
              // Money is million DKK with one decimal; full-time equivalents too (seed 002).
              step="0.1"
              min="0"
              label={`${t(key)} ${year}`}
              value={value[year]?.[key] ?? ''}
              onValue={(v) => set(year, key, v)}
            />
          ))}
        </div>
      ))}
    </fieldset>
  );
}
