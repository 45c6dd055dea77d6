import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/language';
import { CheckList } from './fields';

/**
 * How long before a deadline a reminder goes, chosen as "7 dage før" rather than typed as the
 * ISO 8601 duration the API takes (`P7D`, issue 19). Longest first, as the API lists them.
 */
export const OFFSET_DAYS = [14, 7, 3, 2, 1] as const;

export function ReminderOffsetChoices(props: {
  t: Translate;
  value: string[];
  onValue(next: string[]): void;
}) {
  const { t } = props;
  const options = OFFSET_DAYS.map((d): [string, string] => [
    `P${d}D`,
    t(d === 1 ? 'offsetDay' : 'offsetDays', { n: d }),
  ]);
  return (
    <CheckList
      legend={t('reminderOffsetsLabel')}
      options={options}
      // Kept in the order offered, whatever order they were ticked in.
      value={props.value}
      onValue={(next) => props.onValue(options.map(([p]) => p).filter((p) => next.includes(p)))}
    />
  );
}

/** `P7D` as "7 dage før"; an offset in other units is shown as the API wrote it. */
export function offsetWords(offset: string, t: Translate): string {
  const days = /^P(\d+)D$/.exec(offset);
  if (!days) return offset;
  const n = Number(days[1]);
  return t(n === 1 ? 'offsetDay' : 'offsetDays', { n });
}

/**
 * A case's own reminder offsets (issue 19: every action on a page), starting from the council's:
 * `body` is what the form sends, nothing while they are the council's, so the case keeps following
 * the council's default as the API resolves it.
 */
export function useCaseReminderOffsets(councilOffsets: string[]) {
  const [offsets, setOffsets] = useState<string[]>(councilOffsets);
  const own = offsets.join() !== councilOffsets.join();
  return { offsets, setOffsets, body: own ? { reminderOffsets: offsets } : {} };
}
