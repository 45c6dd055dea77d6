import { useApp } from '../session/app-context';

/**
 * When an event happened (business time, docs/business-time.md) and, for one written down more
 * than a day later (`recordedLater`), when it was recorded: "registreret senere" with both times.
 */
export function EventTime({
  entry,
}: {
  entry: { recordedAt: string; occurredAt?: string; recordedLater?: true };
}) {
  const { t, fmt } = useApp();
  const happened = entry.occurredAt ?? entry.recordedAt;
  return (
    <>
      <time dateTime={happened}>{fmt.dateTime(happened)}</time>
      {entry.recordedLater && (
        <span class="muted" data-testid="recorded-later">
          {' '}
          ({t('recordedLater')} <time dateTime={entry.recordedAt}>{fmt.dateTime(entry.recordedAt)}</time>)
        </span>
      )}
    </>
  );
}
