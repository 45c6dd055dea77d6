import { useApp } from '../session/app-context';
import { Field } from './fields';

/**
 * Issue 18.1: the optional day a thing happened, for a record made after the fact (seed 000's
 * meeting, seed 003's decisions). Empty is today; the form sends it with `occurredAtOf`.
 */
export function OccurredOnField({
  id,
  value,
  onValue,
  label,
}: {
  id: string;
  value: string;
  onValue(value: string): void;
  /** What happened, where "the day it happened" would be vague ("Modtaget, hvis før i dag"). */
  label?: string;
}) {
  const { t } = useApp();
  return (
    <Field
      id={id}
      type="date"
      label={label ?? t('occurredOn')}
      hint={t('occurredOnHint')}
      value={value}
      onValue={onValue}
    />
  );
}
