import { parseTypedNumber } from '../../format/number-format';
import { zonedToIso } from '../../format/zoned-time';
import type { MessageKey } from '../../i18n/dictionary';
import { useApp } from '../../session/app-context';
import { Field, Select } from '../../ui/fields';

/** A new follow-up's milestones, indicators and grants, as typed (days in the council's zone). */
export interface PlanRows {
  milestones: { name: string; due: string }[];
  indicators: {
    name: string;
    unit: string;
    comparator: string;
    target: string;
    period: string;
    periodStartsOn: string;
    baseline: string;
  }[];
  grants: { year: string; amount: string }[];
}

export const NO_PLAN_ROWS: PlanRows = { milestones: [], indicators: [], grants: [] };
const NO_INDICATOR: PlanRows['indicators'][number] = {
  name: '',
  unit: '',
  comparator: 'at-least',
  target: '',
  period: 'P1Y',
  periodStartsOn: '',
  baseline: '',
};

/** The API's comparators (IndicatorDto) and the periods a target is set for in the seeds (600 a year). */
const COMPARATORS = ['at-least', 'at-most', 'exactly'] as const;
const PERIODS = ['P1M', 'P3M', 'P6M', 'P1Y'] as const;

/**
 * The rows for the request, as the API's FollowUpPlanDto takes them: a row is sent as typed, so
 * the API says in its words what is missing or wrong (a number that is not one goes as NaN and is
 * refused); empty optional parts are left out, and no grants means the API's default.
 */
export function planRowsBody(rows: PlanRows, timeZone: string) {
  const day = (value: string) => (value ? zonedToIso(value, timeZone) : undefined);
  const number = (value: string) => (value.trim() === '' ? undefined : parseTypedNumber(value));
  return {
    ...(rows.milestones.length > 0 && {
      milestones: rows.milestones.map((m) => ({ name: m.name, due: day(m.due) })),
    }),
    ...(rows.indicators.length > 0 && {
      indicators: rows.indicators.map((i) => ({
        name: i.name,
        unit: i.unit,
        comparator: i.comparator,
        target: number(i.target),
        ...(i.period && { period: i.period }),
        ...(i.period && i.periodStartsOn && { periodStartsOn: day(i.periodStartsOn) }),
        ...(i.baseline.trim() !== '' && { baseline: number(i.baseline) }),
      })),
    }),
    ...(rows.grants.length > 0 && {
      grants: rows.grants.map((g) => ({ year: Number(g.year), amount: parseTypedNumber(g.amount) })),
    }),
  };
}

export function NewPlanRows({
  idPrefix,
  value,
  onValue,
  grantsHint,
}: {
  idPrefix: string;
  value: PlanRows;
  onValue(next: PlanRows): void;
  grantsHint?: string;
}) {
  const { t, council } = useApp();
  const zoned = (label: string) => `${label} (${council.timeZone})`;
  const id = (name: string, i: number) => `${idPrefix}fu-${name}-${i}`;
  const set = <K extends keyof PlanRows>(key: K, i: number, row: Partial<PlanRows[K][number]>) =>
    onValue({ ...value, [key]: value[key].map((r, j) => (j === i ? { ...r, ...row } : r)) });
  const add = <K extends keyof PlanRows>(key: K, row: PlanRows[K][number]) =>
    onValue({ ...value, [key]: [...value[key], row] });
  const remove = (key: keyof PlanRows, i: number) =>
    onValue({ ...value, [key]: value[key].filter((_, j) => j !== i) });
  const Remove = ({ what, i }: { what: keyof PlanRows; i: number }) => (
    <button type="button" class="link" onClick={() => remove(what, i)}>
      {t(
        `remove${what === 'milestones' ? 'Milestone' : what === 'indicators' ? 'Indicator' : 'Grant'}N` as MessageKey,
        { n: String(i + 1) },
      )}
    </button>
  );
  return (
    <>
      <fieldset>
        <legend>{t('planMilestones')}</legend>
        {value.milestones.map((m, i) => (
          <div class="two" key={i}>
            <Field
              id={id('milestone-name', i)}
              label={t('milestoneNameN', { n: String(i + 1) })}
              value={m.name}
              onValue={(v) => set('milestones', i, { name: v })}
            />
            <Field
              id={id('milestone-due', i)}
              type="date"
              label={zoned(t('milestoneDueN', { n: String(i + 1) }))}
              value={m.due}
              onValue={(v) => set('milestones', i, { due: v })}
            />
            <Remove what="milestones" i={i} />
          </div>
        ))}
        <button type="button" class="link" onClick={() => add('milestones', { name: '', due: '' })}>
          {t('planAddMilestone')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('planIndicators')}</legend>
        {value.indicators.map((ind, i) => (
          <fieldset key={i}>
            <legend>{t('indicatorN', { n: String(i + 1) })}</legend>
            <div class="two">
              <Field
                id={id('indicator-name', i)}
                label={t('indicatorName')}
                value={ind.name}
                onValue={(v) => set('indicators', i, { name: v })}
              />
              <Field
                id={id('indicator-unit', i)}
                label={t('indicatorUnit')}
                value={ind.unit}
                onValue={(v) => set('indicators', i, { unit: v })}
              />
            </div>
            <div class="two">
              <Select
                id={id('indicator-comparator', i)}
                label={t('indicatorComparator')}
                value={ind.comparator}
                onValue={(v) => set('indicators', i, { comparator: v })}
                options={COMPARATORS.map((c): [string, string] => [c, t(`comparator.${c}` as MessageKey)])}
              />
              <Field
                id={id('indicator-target', i)}
                inputMode="decimal"
                label={t('indicatorTarget')}
                value={ind.target}
                onValue={(v) => set('indicators', i, { target: v })}
              />
            </div>
            <div class="two">
              <Select
                id={id('indicator-period', i)}
                label={t('indicatorPeriod')}
                value={ind.period}
                onValue={(v) => set('indicators', i, { period: v })}
                options={[
                  ['', t('indicatorPeriodNone')],
                  ...PERIODS.map((p): [string, string] => [p, t(`every.${p}` as MessageKey)]),
                ]}
              />
              {ind.period && (
                <Field
                  id={id('indicator-period-start', i)}
                  type="date"
                  label={zoned(t('indicatorPeriodStart'))}
                  value={ind.periodStartsOn}
                  onValue={(v) => set('indicators', i, { periodStartsOn: v })}
                />
              )}
            </div>
            <Field
              id={id('indicator-baseline', i)}
              inputMode="decimal"
              label={t('indicatorBaseline')}
              value={ind.baseline}
              onValue={(v) => set('indicators', i, { baseline: v })}
            />
            <Remove what="indicators" i={i} />
          </fieldset>
        ))}
        <button type="button" class="link" onClick={() => add('indicators', NO_INDICATOR)}>
          {t('planAddIndicator')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('planGrants')}</legend>
        {grantsHint && <p class="muted small">{grantsHint}</p>}
        {value.grants.map((g, i) => (
          <div class="two" key={i}>
            <Field
              id={id('grant-year', i)}
              type="number"
              label={t('grantYearN', { n: String(i + 1) })}
              value={g.year}
              onValue={(v) => set('grants', i, { year: v })}
            />
            <Field
              id={id('grant-amount', i)}
              inputMode="decimal"
              label={t('grantAmountN', { n: String(i + 1) })}
              value={g.amount}
              onValue={(v) => set('grants', i, { amount: v })}
            />
            <Remove what="grants" i={i} />
          </div>
        ))}
        <button
          type="button"
          class="link"
          onClick={() => add('grants', { year: String(new Date().getFullYear() + 1), amount: '' })}
        >
          {t('planAddGrant')}
        </button>
      </fieldset>
    </>
  );
}
