import type { components } from '../../api/openapi';
import { BarChart } from '../../charts/bar-chart';
import { numberFormat } from '../../format/number-format';
import { word } from '../../i18n/language';
import { useApp } from '../../session/app-context';

type PerYearFigures = components['schemas']['PerYearFiguresResponse'];
type Year = PerYearFigures['years'][number];

/** The report's lead-time bands (libs/history yearly-figures), shortest first. */
const BANDS = ['under 7 days', '7-13 days', '14-27 days', '28 days or more'];

/**
 * Issue 18.5 and seeds 003/004 on a page: per year of the period, how long the hearings gave the
 * council and whether it answered in time, how often it was involved before a formal hearing,
 * what it said on its own initiative, meetings held against the plan and the minimum, action
 * points done by their due date; attendance per member and organisation, and cases by area.
 * Every chart says its figures in its label, and every figure is in a table too.
 */
export function TermCharts({ perYear }: { perYear: PerYearFigures }) {
  const { t, personName } = useApp();
  const years = perYear.years;
  const each = (pick: (y: Year) => number | null): [string, number][] =>
    years.flatMap((y) => {
      const v = pick(y);
      return v === null ? [] : [[String(y.year), v] as [string, number]];
    });
  const several = (parts: [string, (y: Year) => number][]): [string, number][] =>
    years.flatMap((y) => parts.map(([label, pick]) => [`${y.year}: ${label}`, pick(y)] as [string, number]));
  const band = (b: string) => word(t, 'band', b);
  return (
    <section aria-labelledby="term-figures-title">
      <h2 id="term-figures-title">{t('termFiguresTitle')}</h2>
      <div class="charts" data-testid="term-charts">
        <BarChart title={t('chartLeadTimeMedian')} bars={each((y) => y.hearings.leadTimeDays.median)} />
        <BarChart
          title={t('chartLeadTimeBands')}
          bars={several(BANDS.map((b) => [band(b), (y) => y.hearings.leadTimeDays.distribution[b] ?? 0]))}
        />
        <BarChart
          title={t('chartAnsweredPerYear')}
          bars={several([
            [word(t, 'figure', 'answeredOnTime'), (y) => y.hearings.answeredOnTime],
            [word(t, 'figure', 'answeredLate'), (y) => y.hearings.answeredLate],
          ])}
        />
        <BarChart
          title={t('chartInvolvedEarly')}
          unit=" %"
          bars={each((y) => y.hearings.involvedBeforeFormalHearing.percent)}
        />
        <BarChart title={t('chartOwnInitiative')} bars={each((y) => y.hearings.ownInitiative)} />
        <BarChart
          title={t('chartMeetingsPerYear')}
          bars={several([
            [t('meetingsHeld'), (y) => y.meetings.held],
            [t('meetingsPlanned'), (y) => y.meetings.planned],
            [t('meetingsMinimum'), (y) => y.meetings.minimum],
          ])}
        />
        <BarChart
          title={t('chartActionPoints')}
          bars={several([
            [t('actionPointsDue'), (y) => y.actionPoints.due],
            [t('actionPointsDoneByDue'), (y) => y.actionPoints.doneByDue],
          ])}
        />
        <BarChart
          title={t('chartAttendanceByMember')}
          unit=" %"
          bars={perYear.attendance.byMember.flatMap((m) =>
            m.percentPresent === null ? [] : [[personName(m.personId), m.percentPresent] as [string, number]],
          )}
        />
        <BarChart
          title={t('chartAttendanceByOrganisation')}
          unit=" %"
          bars={perYear.attendance.byOrganisation.flatMap((o) =>
            o.percentPresent === null ? [] : [[o.organisation, o.percentPresent] as [string, number]],
          )}
        />
        <BarChart title={t('chartCasesByArea')} bars={perYear.casesByArea.map((a) => [a.area, a.cases])} />
      </div>
      <YearTable years={years} />
      <AttendanceTable perYear={perYear} />
      <p class="muted small">{t('termFiguresNote')}</p>
    </section>
  );
}

/** Every figure per year, a column a year: what the charts draw, as text. */
function YearTable({ years }: { years: Year[] }) {
  const { t, language } = useApp();
  const n = numberFormat(language);
  const rows: [string, (y: Year) => string][] = [
    [t('rowReceived'), (y) => n(y.hearings.received)],
    [t('rowLeadTimeMedian'), (y) => n(y.hearings.leadTimeDays.median)],
    ...BANDS.map((b): [string, (y: Year) => string] => [
      t('rowLeadTimeBand', { band: word(t, 'band', b) }),
      (y) => n(y.hearings.leadTimeDays.distribution[b] ?? 0),
    ]),
    [t('rowAnsweredOnTime'), (y) => n(y.hearings.answeredOnTime)],
    [t('rowAnsweredLate'), (y) => n(y.hearings.answeredLate)],
    [
      t('rowInvolvedEarly'),
      (y) =>
        `${n(y.hearings.involvedBeforeFormalHearing.cases)} (${
          y.hearings.involvedBeforeFormalHearing.percent === null
            ? '–'
            : `${n(y.hearings.involvedBeforeFormalHearing.percent)} %`
        })`,
    ],
    [t('rowOwnInitiative'), (y) => n(y.hearings.ownInitiative)],
    [t('rowMeetingsHeld'), (y) => n(y.meetings.held)],
    [t('rowMeetingsPlanned'), (y) => n(y.meetings.planned)],
    [t('rowMeetingsMinimum'), (y) => n(y.meetings.minimum)],
    [t('rowMeetingsShort'), (y) => n(y.meetings.shortOfMinimum)],
    [t('rowActionPointsDue'), (y) => n(y.actionPoints.due)],
    [t('rowActionPointsDone'), (y) => n(y.actionPoints.doneByDue)],
  ];
  return (
    <div class="table-scroll">
      <table data-testid="year-table">
        <caption>{t('yearTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figureColumn')}</th>
            {years.map((y) => (
              <th scope="col" key={y.year}>
                {y.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {years.map((y) => (
                <td key={y.year}>{cell(y)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AttendanceTable({ perYear }: { perYear: PerYearFigures }) {
  const { t, personName, language } = useApp();
  const n = numberFormat(language);
  const pct = (p: number | null) => (p === null ? '–' : `${n(p)} %`);
  const { byMember, byOrganisation } = perYear.attendance;
  return (
    <div class="table-scroll">
      <table data-testid="attendance-table">
        <caption>{t('attendanceCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('attendanceWho')}</th>
            <th scope="col">{t('organisation')}</th>
            <th scope="col">{t('attendanceMeetings')}</th>
            <th scope="col">{t('attendancePresent')}</th>
            <th scope="col">{t('attendancePercent')}</th>
          </tr>
        </thead>
        <tbody>
          {byMember.map((m) => (
            <tr key={m.personId}>
              <th scope="row">{personName(m.personId)}</th>
              <td>{m.organisation ?? '–'}</td>
              <td>{n(m.meetings)}</td>
              <td>{n(m.present)}</td>
              <td>{pct(m.percentPresent)}</td>
            </tr>
          ))}
          {byOrganisation.map((o) => (
            <tr key={`org-${o.organisation}`}>
              <th scope="row">{t('attendanceAllOf', { organisation: o.organisation })}</th>
              <td>{o.organisation}</td>
              <td>{n(o.meetings)}</td>
              <td>{n(o.present)}</td>
              <td>{pct(o.percentPresent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
