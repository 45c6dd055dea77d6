import { word } from '../i18n/language';
import { useApp } from '../session/app-context';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A case's state as the API gives it, for any kind: status and title first, then every plain
 * field (times in the council's zone), then how many entries each list has. The kinds' views
 * differ; this way a new kind needs nothing here.
 */
export function CaseFacts({ value }: { value: Record<string, unknown> }) {
  const { t, fmt } = useApp();
  const plain: [string, string][] = [];
  const lists: [string, number][] = [];
  for (const [key, v] of Object.entries(value)) {
    if (key === 'status' || key === 'title' || key === 'exists') continue;
    if (typeof v === 'string') plain.push([key, ISO_TIME.test(v) ? fmt.dateTime(v) : v]);
    else if (typeof v === 'number' || typeof v === 'boolean') plain.push([key, String(v)]);
    else if (Array.isArray(v)) lists.push([key, v.length]);
  }
  return (
    <div data-testid="as-of-state">
      {typeof value.title === 'string' && <p class="strong">{value.title}</p>}
      {typeof value.status === 'string' && (
        <p>
          {t('status')}:{' '}
          <span class="badge" data-testid="as-of-status">
            {word(t, 'status', value.status)}
          </span>
        </p>
      )}
      <dl class="facts small">
        {plain.map(([k, v]) => (
          <>
            <dt key={`dt-${k}`}>{k}</dt>
            <dd key={`dd-${k}`}>{v}</dd>
          </>
        ))}
        {lists.map(([k, n]) => (
          <>
            <dt key={`dt-${k}`}>{k}</dt>
            <dd key={`dd-${k}`}>{n}</dd>
          </>
        ))}
      </dl>
    </div>
  );
}
