import type { FollowUp } from '../../api/api-types';
import { zonedToIso } from '../../format/zoned-time';
import { useApp } from '../../session/app-context';
import { CheckList, Field } from '../../ui/fields';

/** The phases and milestones a revision adds (several in one revision), as typed: days in the council's zone. */
export interface NewItems {
  phases: { name: string; start: string; end: string }[];
  milestones: { name: string; due: string }[];
}

const NO_PHASE = { name: '', start: '', end: '' };
const NO_MILESTONE = { name: '', due: '' };

export const NO_NEW_ITEMS: NewItems = { phases: [NO_PHASE], milestones: [NO_MILESTONE] };

/**
 * What the revision adds, for the request: a half-filled row is sent as it is, so the API says
 * what is missing; an empty row is not sent. Ids are left to the API, which never reuses one
 * (decide-plan-revision.ts).
 */
export function additions(n: NewItems, timeZone: string) {
  const day = (value: string) => (value ? zonedToIso(value, timeZone) : undefined);
  const phases = n.phases
    .filter((p) => p.name || p.start || p.end)
    .map((p) => ({ name: p.name, plannedStart: day(p.start), plannedEnd: day(p.end) }));
  const milestones = n.milestones
    .filter((m) => m.name || m.due)
    .map((m) => ({ name: m.name, due: day(m.due) }));
  return {
    ...(phases.length && { addPhases: phases }),
    ...(milestones.length && { addMilestones: milestones }),
  };
}

export function NewItemFields({ value, onValue }: { value: NewItems; onValue(next: NewItems): void }) {
  const { t, council } = useApp();
  // The first row keeps the plain labels; later ones are numbered so each field has its own name.
  const numbered = (label: string, i: number) => (i === 0 ? label : `${label} (${i + 1})`);
  const zoned = (label: string) => `${label} (${council.timeZone})`;
  const setPhase = (i: number, key: keyof NewItems['phases'][number], v: string) =>
    onValue({ ...value, phases: value.phases.map((p, j) => (j === i ? { ...p, [key]: v } : p)) });
  const setMilestone = (i: number, key: keyof NewItems['milestones'][number], v: string) =>
    onValue({ ...value, milestones: value.milestones.map((m, j) => (j === i ? { ...m, [key]: v } : m)) });
  return (
    <div class="two">
      <fieldset>
        <legend>{t('addPhase')}</legend>
        {value.phases.map((p, i) => (
          <div key={i}>
            <Field
              id={`plan-phaseName-${i}`}
              label={numbered(t('newPhaseName'), i)}
              value={p.name}
              onValue={(v) => setPhase(i, 'name', v)}
            />
            <Field
              id={`plan-phaseStart-${i}`}
              type="date"
              label={zoned(numbered(t('newPhaseStart'), i))}
              value={p.start}
              onValue={(v) => setPhase(i, 'start', v)}
            />
            <Field
              id={`plan-phaseEnd-${i}`}
              type="date"
              label={zoned(numbered(t('newPhaseEnd'), i))}
              value={p.end}
              onValue={(v) => setPhase(i, 'end', v)}
            />
          </div>
        ))}
        <button
          type="button"
          class="link"
          onClick={() => onValue({ ...value, phases: [...value.phases, NO_PHASE] })}
        >
          {t('addAnotherPhase')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('addMilestone')}</legend>
        {value.milestones.map((m, i) => (
          <div key={i}>
            <Field
              id={`plan-milestoneName-${i}`}
              label={numbered(t('newMilestoneName'), i)}
              value={m.name}
              onValue={(v) => setMilestone(i, 'name', v)}
            />
            <Field
              id={`plan-milestoneDue-${i}`}
              type="date"
              label={zoned(numbered(t('newMilestoneDue'), i))}
              value={m.due}
              onValue={(v) => setMilestone(i, 'due', v)}
            />
          </div>
        ))}
        <button
          type="button"
          class="link"
          onClick={() => onValue({ ...value, milestones: [...value.milestones, NO_MILESTONE] })}
        >
          {t('addAnotherMilestone')}
        </button>
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
