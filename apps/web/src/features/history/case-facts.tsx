import { da, type MessageKey } from '../../i18n/dictionary';
import { Fragment } from 'preact';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { offsetWords } from '../../ui/reminder-offsets';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/**
 * Ids say nothing to a reader; the page's heading already names the case; `asOf` and `time` echo
 * the question (the moment is shown above the facts).
 */
const HIDDEN = new Set(['id', 'councilId', 'status', 'title', 'exists', 'revision', 'asOf', 'time']);

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
    else if (key === 'origin' && typeof v === 'string') plain.push([key, word(t, 'origin', v)]);
    else if (typeof v === 'string') plain.push([key, ISO_TIME.test(v) ? fmt.dateTime(v) : v]);
    else if (typeof v === 'boolean') plain.push([key, t(v ? 'yes' : 'no')]);
    else if (typeof v === 'number') plain.push([key, String(v)]);
    else if (key === 'reminderOffsets' && Array.isArray(v))
      plain.push([key, v.map((o) => offsetWords(String(o), t)).join(', ')]);
    else if (key === 'inputs' && Array.isArray(v))
      // Invitations without an answer are listed as missing: only what was given counts.
      lists.push([
        key,
        v.filter((i: { status?: string }) => i.status === 'given' || i.status === 'late').length,
      ]);
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
      <CaseContent value={value} />
    </div>
  );
}

interface AsOfHearing {
  inputs?: { personId: string; status: string; text?: string }[];
  currentDraft?: { version: number; text: string };
  approval?: { answers: { personId: string; answer: string; comment?: string }[] };
}

/**
 * "Sagen, som den stod" shows the case's content, not only counts (issue 19): the inputs given,
 * the draft, and who had approved or objected at that moment.
 */
function CaseContent({ value }: { value: Record<string, unknown> }) {
  const { t, personName } = useApp();
  const h = value as AsOfHearing;
  const given = (h.inputs ?? []).filter((i) => i.text && (i.status === 'given' || i.status === 'late'));
  return (
    <>
      {given.length > 0 && (
        <section data-testid="as-of-inputs">
          <h4>{t('inputs')}</h4>
          <ul>
            {given.map((i) => (
              <li key={i.personId}>
                <strong>{personName(i.personId)}:</strong> {i.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {h.currentDraft && (
        <section data-testid="as-of-draft">
          <h4>{t('draftVersion', { version: h.currentDraft.version })}</h4>
          <p class="input-text">{h.currentDraft.text}</p>
        </section>
      )}
      {h.approval && h.approval.answers.length > 0 && (
        <section data-testid="as-of-approvals">
          <h4>{t('approvals')}</h4>
          <ul>
            {h.approval.answers.map((a) => (
              <li key={a.personId}>
                {personName(a.personId)}: {word(t, 'answer', a.answer)}
                {a.comment && (
                  <>
                    {': '}
                    <q>{a.comment}</q>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
