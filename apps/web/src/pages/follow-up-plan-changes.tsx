import type { FollowUp } from '../api/api-types';
import { zonedToIso } from '../format/zoned-time';
import { useApp } from '../session/app-context';
import { CheckList, Field } from '../ui/fields';

/** A phase and a milestone a revision may add, as typed: days in the council's zone. */
export interface NewItems {
  phaseName: string;
  phaseStart: string;
  phaseEnd: string;
  milestoneName: string;
  milestoneDue: string;
}

export const NO_NEW_ITEMS: NewItems = {
  phaseName: '',
  phaseStart: '',
  phaseEnd: '',
  milestoneName: '',
  milestoneDue: '',
};

/**
 * What the revision adds, for the request: a half-filled one is sent as it is, so the API says
 * what is missing. Ids are left to the API, which never reuses one (decide-plan-revision.ts).
 */
export function additions(n: NewItems, timeZone: string) {
  const day = (value: string) => (value ? zonedToIso(value, timeZone) : undefined);
  const phase = n.phaseName || n.phaseStart || n.phaseEnd;
  const milestone = n.milestoneName || n.milestoneDue;
  return {
    ...(phase && {
      addPhases: [{ name: n.phaseName, plannedStart: day(n.phaseStart), plannedEnd: day(n.phaseEnd) }],
    }),
    ...(milestone && { addMilestones: [{ name: n.milestoneName, due: day(n.milestoneDue) }] }),
  };
}

export function NewItemFields({ value, onValue }: { value: NewItems; onValue(next: NewItems): void }) {
  const { t, council } = useApp();
  const field = (key: keyof NewItems, label: string, type?: string) => (
    <Field
      id={`plan-${key}`}
      type={type}
      label={type ? `${label} (${council.timeZone})` : label}
      value={value[key]}
      onValue={(v) => onValue({ ...value, [key]: v })}
    />
  );
  return (
    <div class="two">
      <fieldset>
        <legend>{t('addPhase')}</legend>
        {field('phaseName', t('newPhaseName'))}
        {field('phaseStart', t('newPhaseStart'), 'date')}
        {field('phaseEnd', t('newPhaseEnd'), 'date')}
      </fieldset>
      <fieldset>
        <legend>{t('addMilestone')}</legend>
        {field('milestoneName', t('newMilestoneName'))}
        {field('milestoneDue', t('newMilestoneDue'), 'date')}
      </fieldset>
    </div>
  );
}

/**
 * Only what nothing has happened to may go: a phase not started, a milestone not recorded (the
 * rest is history and the API keeps it). Values are `phase:<id>` and `milestone:<id>`.
 */
export function DropChoices({
  followUp,
  value,
  onValue,
}: {
  followUp: FollowUp;
  value: string[];
  onValue(next: string[]): void;
}) {
  const { t } = useApp();
  const options: [string, string][] = [
    ...followUp.phases
      .filter((p) => !p.startedOn)
      .map((p): [string, string] => [`phase:${p.id}`, t('dropPhase', { name: p.name })]),
    ...followUp.milestones
      .filter((m) => !m.completedOn)
      .map((m): [string, string] => [`milestone:${m.id}`, t('dropMilestone', { name: m.name })]),
  ];
  if (!options.length) return null;
  return <CheckList legend={t('dropFromPlan')} options={options} value={value} onValue={onValue} />;
}

/** `dropPhases` and `dropMilestones` of the request, from the ticked choices. */
export function drops(chosen: string[]) {
  const ids = (kind: string) =>
    chosen.filter((c) => c.startsWith(`${kind}:`)).map((c) => c.slice(kind.length + 1));
  return {
    ...(ids('phase').length && { dropPhases: ids('phase') }),
    ...(ids('milestone').length && { dropMilestones: ids('milestone') }),
  };
}
