import { da, type MessageKey } from '../i18n/dictionary';
import { Fragment } from 'preact';
import { word } from '../i18n/language';
import { useApp } from '../session/app-context';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Ids say nothing to a reader; the page's heading already names the case. */
const HIDDEN = new Set(['id', 'councilId', 'status', 'title', 'exists', 'revision']);

/**
 * A case's state as the API gives it, for any kind: status and title first, then every plain
 * field (times in the council's zone), then how many entries each list has. The kinds' views
 * differ; this way a new kind needs nothing here.
 */
export function CaseFacts({ value }: { value: Record<string, unknown> }) {
  const { t, fmt, personName } = useApp();
  const label = (key: string) => (key in da ? t(key as MessageKey) : key);
  const plain: [string, string][] = [];
  const lists: [string, number][] = [];
  for (const [key, v] of Object.entries(value)) {
    if (HIDDEN.has(key)) continue;
    if (typeof v === 'string' && /PersonId$|By$/.test(key)) plain.push([key, personName(v)]);
    else if (typeof v === 'string') plain.push([key, ISO_TIME.test(v) ? fmt.dateTime(v) : v]);
    else if (typeof v === 'boolean') plain.push([key, t(v ? 'yes' : 'no')]);
    else if (typeof v === 'number') plain.push([key, String(v)]);
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
        {[...plain, ...lists].map(([k, v]) => (
          <Fragment key={k}>
            <dt>{label(k)}</dt>
            <dd>{v}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
