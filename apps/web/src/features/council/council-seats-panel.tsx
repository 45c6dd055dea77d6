import { useState } from 'preact/hooks';
import type { Council } from '../../api/api-types';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';
import { Field, Select } from '../../ui/fields';
import { ActionStatus } from '../../ui/status';
import { useAction } from '../../ui/use-async';
import type { CouncilWrite } from './council-panels';

type SeatType = NonNullable<Council['seats'][number]['type']>;
/** Issue 18.2: user organisations, NGOs, professionals and the region's own representatives. */
const SEAT_TYPES = [
  'user-organisation',
  'ngo',
  'professional',
  'region',
] as const satisfies readonly SeatType[];

/**
 * Seed 001: ten organisations appoint one member each. Every seat with its type and holder; a
 * declared seat nobody holds is a vacancy, and says so.
 */
export function SeatsSection({
  council,
  write,
  keeps,
}: {
  council: Council;
  write: CouncilWrite;
  keeps: boolean;
}) {
  const { t } = useApp();
  return (
    <section aria-labelledby="seats-title">
      <h2 id="seats-title">{t('seatsTitle')}</h2>
      {council.seats.length === 0 ? (
        <p class="muted">{t('seatsEmpty')}</p>
      ) : (
        <div class="table-scroll">
          <table data-testid="seats">
            <thead>
              <tr>
                <th scope="col">{t('organisation')}</th>
                <th scope="col">{t('seatType')}</th>
                <th scope="col">{t('seatHolder')}</th>
              </tr>
            </thead>
            <tbody>
              {council.seats.map((s) => (
                <tr key={s.organisation} data-testid="seat-row">
                  <th scope="row">{s.organisation}</th>
                  <td>{s.type ? word(t, 'seatType', s.type) : t('seatTypeUndeclared')}</td>
                  <td>{s.holder ? s.holder.name : <span class="badge danger">{t('seatVacant')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p data-testid="vacancies">
        {council.vacancies.length === 0
          ? t('noVacancies')
          : t('vacancies', { n: council.vacancies.length, organisations: council.vacancies.join(', ') })}
      </p>
      {keeps && <SeatsPanel council={council} write={write} />}
    </section>
  );
}

interface SeatRow {
  organisation: string;
  type: SeatType | '';
}

/** The whole list is sent each time (the API's list replaces the last); held, undeclared seats are offered too. */
function SeatsPanel({ council, write }: { council: Council; write: CouncilWrite }) {
  const { t } = useApp();
  const [rows, setRows] = useState<SeatRow[]>(() =>
    council.seats.map((s) => ({ organisation: s.organisation, type: s.type ?? '' })),
  );
  const action = useAction();
  // The form's fields exist only while it is open: its "Organisation" fields would otherwise sit
  // beside the appointment form's, and a label would name two fields on the page.
  const [open, setOpen] = useState(false);
  const set = (i: number, next: Partial<SeatRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...next } : r)));
  return (
    <details class="card" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('setSeats')}</summary>
      {open && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const seats = rows
              .filter((r) => r.organisation.trim())
              .map((r) => ({ organisation: r.organisation.trim(), type: r.type }));
            void action.run(() => write('/seats', { seats }, 'PUT'));
          }}
        >
          <p class="muted small">{t('setSeatsHint')}</p>
          {rows.map((r, i) => (
            <fieldset key={i} data-testid="seat-edit">
              <legend>{t('seatN', { n: i + 1 })}</legend>
              <div class="inline">
                <Field
                  id={`seat-${i}-organisation`}
                  label={t('organisation')}
                  value={r.organisation}
                  onValue={(organisation) => set(i, { organisation })}
                />
                <Select
                  id={`seat-${i}-type`}
                  label={t('seatType')}
                  value={r.type}
                  onValue={(type) => set(i, { type: type as SeatType | '' })}
                  options={[
                    ['', t('chooseSeatType')],
                    ...SEAT_TYPES.map((s): [string, string] => [s, word(t, 'seatType', s)]),
                  ]}
                />
                <button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  {t('removeSeat', { n: i + 1 })}
                </button>
              </div>
            </fieldset>
          ))}
          <button type="button" onClick={() => setRows([...rows, { organisation: '', type: '' }])}>
            {t('addSeat')}
          </button>
          <button type="submit" class="primary" disabled={action.busy}>
            {t('setSeats')}
          </button>
          <ActionStatus action={action} />
        </form>
      )}
    </details>
  );
}
