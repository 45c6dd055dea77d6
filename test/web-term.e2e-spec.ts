/**
 * Issue 18 on the pages, in Chromium on the real stack (PostgreSQL, Redis): on the Rådet page the
 * secretary declares the seats with their type (a seat without a type is refused; a seat nobody
 * holds shows as vacant), sets the term (an evaluation outside it is refused), records seed 003's
 * continuation, the terms of reference, and seed 000's order (Kira, elected chair, steps down as
 * chair and stays a member; then her organisation names Sara) with the days they happened, and
 * the region's end (asked twice); an evaluator sees those entries "registreret senere" with both
 * times. The evaluation report is asked for the term, a calendar year and two dates, and with a
 * successor's predecessors, and shows issue 18.5's figures per year (lead time, early
 * involvement, own initiative, meetings against plan and minimum, attendance) in charts and
 * tables with decimal commas, each read against the API's own answer. Pages are saved under
 * test/screenshots/term-*.png, checked by axe; with WEB_DOCS_SCREENSHOTS=1 the report for the term
 * is copied to docs/ for the README.
 */
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSuite, SCREENSHOTS, signIn, unlabelledFields, type Browser } from './support/browser';
import { uniqueName } from './support/test-app';
import { councilDay } from './support/web-cases';
import { useWebCouncil, type People, type WebCouncil } from './support/web-council';

const suite = browserSuite('web term');

const PEOPLE = {
  anja: { name: 'Anja Holm', role: 'secretary' },
  kira: { name: 'Kira Madsen', role: 'member' },
  rani: { name: 'Rani Olsen', role: 'member' },
  eva: { name: 'eva', role: 'evaluator' },
} as const satisfies People<string>;
type Person = keyof typeof PEOPLE;

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const YEAR = new Date().getFullYear();
const da = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** How far Copenhagen's clock is ahead of UTC at noon of that day (one or two hours). */
function zoneOffsetMs(date: string): number {
  const at = new Date(`${date}T12:00:00Z`);
  const wall = at.toLocaleString('sv-SE', { timeZone: 'Europe/Copenhagen' }).replace(' ', 'T');
  return Date.parse(`${wall}Z`) - at.getTime();
}

interface CouncilBody {
  members: { personId: string; name: string; organisation: string }[];
  chair: { personId: string } | null;
  seats: { organisation: string; type: string | null; holder: { personId: string } | null }[];
  vacancies: string[];
  term?: { startsOn: string; endsOn: string; evaluationDueBy?: string };
  continuations?: { decidedBy: string; decidedOn: string; until: string }[];
  ended?: { decidedBy: string; decidedOn: string; endsOn: string };
  terms: { ordinaryMeetingsPerYear: number; requestsLapseAfter: string | null };
  revision: number;
}

interface YearBody {
  year: number;
  hearings: {
    received: number;
    leadTimeDays: { median: number | null; distribution: Record<string, number> };
    involvedBeforeFormalHearing: { cases: number; percent: number | null };
    ownInitiative: number;
  };
  meetings: { planned: number; held: number; minimum: number; shortOfMinimum: number };
}

interface ReportBody {
  includes?: string[];
  perYear: {
    years: YearBody[];
    attendance: { byMember: { personId: string; percentPresent: number | null }[] };
    casesByArea: { area: string; cases: number }[];
  };
}

suite('the council’s term and the evaluation report in Chromium', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;
  useWebCouncil(PEOPLE, 'term', { app: { runWorkers: false } }, (started) => {
    w = started;
    ({ browser, page } = started);
  });
  const api = (person: Person = 'anja') => w.api(person);
  const council = async () => (await api().get('').expect(200)).body as CouncilBody;
  const put = (path: string, body: object) =>
    w.t.http.put(`/api/councils/${w.councilId}${path}`).set(w.t.auth(w.tokens.anja)).send(body);

  it('lets the secretary keep the seats, the term, the region’s decisions and seed 000’s order, with their days', async () => {
    await w.signInAs('anja');
    await page.getByRole('navigation').getByRole('link', { name: 'Rådet' }).click();
    await page.getByRole('heading', { name: 'Pladser' }).waitFor();

    // The seats the members hold are not declared yet; a new seat without a type is refused.
    await page.locator('summary', { hasText: 'Gem pladserne' }).click();
    await page.getByRole('button', { name: 'Tilføj en plads' }).click();
    await page.locator('#seat-2-organisation').fill('Reden København (KFUK)');
    await page.locator('#seat-2-type').selectOption('ngo');
    await page.locator('#seat-0-type').selectOption('user-organisation');
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gem pladserne' }).click();
    await page.getByRole('alert').getByText('Plads 2, Type', { exact: false }).waitFor();
    expect((await council()).seats.every((s) => s.type === null)).toBe(true);

    await page.locator('#seat-1-type').selectOption('region');
    await page.getByRole('button', { name: 'Gem pladserne' }).click();
    const seats = page.getByTestId('seat-row');
    await seats.filter({ hasText: 'Reden København (KFUK)' }).getByText('ledig').waitFor();
    await seats.filter({ hasText: 'Organisation rani' }).getByText('regionens egen repræsentant').waitFor();
    await page.getByTestId('vacancies').getByText('1 ledig(e) plads(er): Reden København (KFUK).').waitFor();
    let now = await council();
    expect(now.seats).toEqual([
      {
        organisation: 'Organisation kira',
        type: 'user-organisation',
        holder: { personId: 'kira', name: 'Kira Madsen' },
      },
      { organisation: 'Organisation rani', type: 'region', holder: { personId: 'rani', name: 'Rani Olsen' } },
      { organisation: 'Reden København (KFUK)', type: 'ngo', holder: null },
    ]);
    expect(now.vacancies).toEqual(['Reden København (KFUK)']);

    // Seed 001: two years, evaluated before the term ends; an evaluation after it is refused.
    await page.locator('summary', { hasText: 'Fastsæt rådets periode' }).click();
    await page.locator('#term-starts-on').fill('2024-01-01');
    await page.locator('#term-ends-on').fill('2025-12-31');
    await page.locator('#term-evaluation-due-by').fill('2026-03-01');
    await page.getByRole('button', { name: 'Fastsæt rådets periode' }).click();
    await page.getByRole('alert').getByText('evaluationDueBy must fall within the term').waitFor();
    expect((await council()).term).toBeUndefined();
    await page.locator('#term-evaluation-due-by').fill('2025-10-31');
    await page.getByRole('button', { name: 'Fastsæt rådets periode' }).click();
    await page.getByTestId('term').getByText('1. jan. 2024 – 31. dec. 2025').waitFor();
    expect((await council()).term).toEqual({
      startsOn: '2024-01-01',
      endsOn: '2025-12-31',
      evaluationDueBy: '2025-10-31',
    });

    // Seed 003: "Regionsrådet besluttede den 19. august 2025 at videreføre rådet i 2026".
    await page.locator('summary', { hasText: 'Registrér at regionen viderefører rådet' }).click();
    await page.locator('#continuation-decided-on').fill('2025-08-19');
    await page.locator('#continuation-until').fill('2026-12-31');
    await page.getByRole('button', { name: 'Registrér at regionen viderefører rådet' }).click();
    await page
      .getByTestId('continuations')
      .getByText('Regionsrådet besluttede den 19. aug. 2025 at videreføre rådet til og med 31. dec. 2026.')
      .waitFor();
    await page.getByTestId('term').getByText('1. jan. 2024 – 31. dec. 2026').waitFor();
    now = await council();
    expect(now.continuations).toEqual([
      { decidedBy: 'Regionsrådet', decidedOn: '2025-08-19', until: '2026-12-31' },
    ]);
    expect(now.term?.endsOn).toBe('2026-12-31');

    await page.locator('summary', { hasText: 'Ret kommissoriets regler' }).click();
    await page.getByLabel('Ordinære møder om året (mindst)').fill('6');
    await page.getByLabel('En anmodning om ekstraordinært møde står').selectOption('P3M');
    await page.getByRole('button', { name: 'Ret kommissoriets regler' }).click();
    await page
      .getByTestId('term')
      .getByText('Mindst 6 ordinære møder om året. En anmodning om ekstraordinært møde står i tre måneder.')
      .waitFor();
    expect((await council()).terms).toEqual({ ordinaryMeetingsPerYear: 6, requestsLapseAfter: 'P3M' });

    // Seed 000, entered today with its days: Kira elected, steps down as chair (stays a member),
    // then her organisation names Sara, who takes the seat.
    await page.getByText('Registrér valgt formand', { exact: true }).first().click();
    await page.getByLabel('Valgt blandt medlemmerne').selectOption('kira');
    await page.locator('#chair-occurred-on').fill('2025-03-01');
    await page.getByRole('button', { name: 'Registrér valgt formand' }).click();
    await page.getByTestId('chair').getByText('Formand: Kira Madsen').waitFor();
    await page.getByRole('button', { name: 'Kira Madsen træder tilbage som formand' }).click();
    await page.locator('#step-down-on').fill('2025-09-01');
    await page
      .getByRole('button', {
        name: 'Bekræft: Kira Madsen træder tilbage som formand og bliver i rådet som medlem',
      })
      .click();
    await page.getByTestId('chair').getByText('ingen formand').waitFor();
    await page.getByTestId('member-row').filter({ hasText: 'Kira Madsen' }).waitFor();
    expect((await council()).members.map((m) => m.personId)).toContain('kira');

    await page.getByText('Udpeg et medlem', { exact: true }).first().click();
    await page.locator('#member-name').fill('Sara Holm');
    await page.locator('#member-organisation').fill('Organisation kira');
    await page.locator('#member-email').fill('sara@example.org');
    await page.locator('#member-occurred-on').fill('2025-09-15');
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Udpeg et medlem' }).click();
    await page
      .getByTestId('replaced')
      .getByText('Sara Holm erstatter Kira Madsen', { exact: false })
      .waitFor();
    const history = (await api().get('/history').expect(200)).body as {
      events: { type: string; occurredAt?: string; recordedLater?: true }[];
    };
    const order = history.events.filter((e) =>
      ['ChairElected', 'ChairVacated', 'MemberAppointed'].includes(e.type),
    );
    // Noon of each day in the council's zone (CET in March, CEST in September).
    expect(order.slice(-3).map((e) => [e.type, Date.parse(e.occurredAt ?? ''), e.recordedLater])).toEqual([
      ['ChairElected', Date.parse('2025-03-01T11:00:00Z'), true],
      ['ChairVacated', Date.parse('2025-09-01T10:00:00Z'), true],
      ['MemberAppointed', Date.parse('2025-09-15T10:00:00Z'), true],
    ]);
    await browser.screenshot('term-01-council');

    // The region ends the council: asked twice, then its last day is the term's end.
    const today = councilDay(0);
    await page.locator('summary', { hasText: 'Registrér at regionen nedlægger rådet' }).click();
    await page.locator('#end-decided-on').fill(today);
    await page.locator('#end-until').fill(`${YEAR}-12-31`);
    await page.getByRole('button', { name: 'Registrér at regionen nedlægger rådet' }).click();
    await page.getByTestId('confirm-end').waitFor();
    expect((await council()).ended).toBeUndefined();
    await page.getByRole('button', { name: 'Bekræft: rådet nedlægges' }).click();
    await page.getByTestId('ended').getByText('Regionsrådet besluttede den', { exact: false }).waitFor();
    now = await council();
    expect(now.ended).toEqual({ decidedBy: 'Regionsrådet', decidedOn: today, endsOn: `${YEAR}-12-31` });
    expect(now.term?.endsOn).toBe(`${YEAR}-12-31`);
    await browser.screenshot('term-02-council-ended');

    // The evaluator reads the timeline: what was entered after the fact says so, with both times.
    await w.signInAs('eva');
    const later = page.getByTestId('timeline-entry').filter({ has: page.getByTestId('recorded-later') });
    await later.first().waitFor();
    expect(await later.count()).toBeGreaterThanOrEqual(3);
    const elected = later.filter({ hasText: 'valgt som formand' }).first();
    const happened = await elected.locator('time').first().getAttribute('datetime');
    expect(Date.parse(happened ?? '')).toBe(Date.parse('2025-03-01T11:00:00Z'));
    await elected.getByText('registreret senere:', { exact: false }).waitFor();
    await browser.screenshot('term-03-timeline');
  }, 120_000);

  it('asks the report for the term, a year and two dates, and shows the figures per year as charts and tables', async () => {
    // Hearings of this year: a formal hearing given 14 days, an early involvement given 35, and a
    // statement on the council's own initiative (no lead time).
    const received = (hoursAgo: number) => Date.now() - hoursAgo * HOUR;
    const open = (id: string, at: number, days: number, extra: object) =>
      api()
        .post('/hearings', {
          id,
          title: `Sag ${id}`,
          issuingBody: 'Region Hovedstaden',
          receivedAt: new Date(at).toISOString(),
          responseDeadline: new Date(at + days * DAY).toISOString(),
          ...extra,
        })
        .expect(201);
    await open(uniqueName('formal'), received(1), 14, { areas: ['Indre By'] });
    await open(uniqueName('early'), received(2), 35, {
      origin: 'early-involvement',
      areas: ['Indre By', 'Vesterbro'],
    });
    await open(uniqueName('own'), received(3), 30, {
      origin: 'own-initiative',
      recipient: 'Psykiatri- og socialudvalget',
    });

    // Last year: three members seated the year before, a plan of three meetings, each held (an
    // item decided), Ida absent from the first: she was at two of three.
    const last = YEAR - 1;
    for (const [personId, name] of [
      ['bo', 'Bo Berg'],
      ['ida', 'Ida Bak'],
      ['lis', 'Lis Lund'],
    ])
      await api()
        .post('/members', {
          personId,
          name,
          organisation: `Organisation ${personId}`,
          email: `${personId}@example.org`,
          occurredAt: `${last - 1}-06-01T12:00:00+02:00`,
        })
        .expect(201);
    await api()
      .post('/meeting-plan', {
        year: last,
        meetings: ['03', '06', '09'].map((m) => ({
          startsAt: `${last}-${m}-10T14:00:00+01:00`,
          place: 'Online',
        })),
        occurredAt: `${last - 1}-11-20T12:00:00+01:00`,
      })
      .expect(201);
    const plan = (await api().get(`/meeting-plan?year=${last}`).expect(200)).body as {
      meetings: { id: string }[];
    }[];
    const meetings = plan[0].meetings.map((m) => m.id);
    for (const [i, meetingId] of meetings.entries()) {
      await api()
        .post(`/meetings/${meetingId}/agenda-items`, { id: 'punkt-1', title: 'Orientering' })
        .expect(201);
      await api()
        .post(`/meetings/${meetingId}/agenda-items/punkt-1/decision`, {
          decision: 'Taget til efterretning.',
          absent: i === 0 ? ['ida'] : [],
        })
        .expect(200);
    }
    // The term is last year and this one (a later term replaces the one set above).
    await put('/term', { startsOn: `${last}-01-01`, endsOn: `${YEAR}-12-31` }).expect(200);

    await w.signInAs('eva');
    await page.getByRole('navigation').getByRole('link', { name: 'Evalueringsrapport' }).click();
    await page.getByLabel(`Rådets periode (1. jan. ${last} – 31. dec. ${YEAR})`).waitFor();
    await page
      .getByTestId('report-period')
      .getByText(`Rapporten dækker 1. jan. ${last} – 31. dec. ${YEAR}.`)
      .waitFor();
    const termReport = (await api('eva').get('/evaluation-report').expect(200)).body as ReportBody;
    const yearTable = page.getByTestId('year-table');
    expect(await yearTable.locator('thead th').allTextContents()).toEqual([
      'Nøgletal',
      String(last),
      String(YEAR),
    ]);
    const row = async (label: string) =>
      yearTable
        .locator('tr', { has: page.locator('th', { hasText: label }) })
        .locator('td')
        .allTextContents();

    // Each figure as the API computed it, in Danish numbers; and the numbers the events make.
    const [lastYear, thisYear] = termReport.perYear.years;
    expect(thisYear.hearings).toMatchObject({
      received: 3,
      leadTimeDays: { median: 24.5 },
      involvedBeforeFormalHearing: { cases: 1, percent: 50 },
      ownInitiative: 1,
    });
    // The terms of reference set this year (six meetings) count from this year; last year had four.
    expect(lastYear.meetings).toMatchObject({ planned: 3, held: 3, minimum: 4, shortOfMinimum: 1 });
    expect(await row('Høringer modtaget')).toEqual(['0', '3']);
    expect(await row('Svarfrist, median (dage)')).toEqual(['–', '24,5']);
    expect(await row('Svarfrist 14-27 dage')).toEqual(['0', '1']);
    expect(await row('Svarfrist 28 dage eller mere')).toEqual(['0', '1']);
    expect(await row('Inddraget før formel høring')).toEqual(['0 (–)', '1 (50 %)']);
    expect(await row('Udtalelser på eget initiativ')).toEqual(['0', '1']);
    expect(await row('Møder holdt')).toEqual(['3', String(thisYear.meetings.held)]);
    expect(await row('Møder planlagt')).toEqual(['3', String(thisYear.meetings.planned)]);
    expect(await row('Mindst antal møder')).toEqual(['4', '6']);
    const ida = termReport.perYear.attendance.byMember.find((m) => m.personId === 'ida');
    expect(ida?.percentPresent).toBe(66.7);
    await page
      .getByTestId('attendance-table')
      .locator('tr', { hasText: 'Ida Bak' })
      .getByText(`${da.format(66.7)} %`)
      .waitFor();
    expect(termReport.perYear.casesByArea).toEqual([
      { area: 'Indre By', cases: 2 },
      { area: 'Vesterbro', cases: 1 },
    ]);

    // Every chart says its figures in words (decimal commas), and its text is 12 px or more as drawn.
    const charts = page.getByTestId('term-charts');
    const label = (title: string) =>
      charts.locator('figure', { hasText: title }).locator('svg').getAttribute('aria-label');
    expect(await label('Svarfrist givet rådet, median i dage pr. år')).toContain(`${YEAR} 24,5`);
    expect(await label('Fremmøde pr. medlem')).toContain('Ida Bak 66,7 %');
    expect(await label('Sager pr. område')).toContain('Indre By 2, Vesterbro 1');
    expect(await label('Møder holdt mod plan og minimum')).toContain(
      `${last}: holdt 3, ${last}: planlagt 3, ${last}: minimum 4`,
    );
    const drawn = await page.evaluate<number[]>(
      `[...document.querySelectorAll('[data-testid="term-charts"] svg text')].map((el) =>
        parseFloat(getComputedStyle(el).fontSize) * el.getScreenCTM().a)`,
    );
    expect(drawn.length).toBeGreaterThan(0);
    expect(Math.min(...drawn)).toBeGreaterThanOrEqual(12);
    await browser.screenshot('term-04-report-term');
    // The README's picture changes only when asked for, so a test run leaves the checkout clean.
    if (process.env.WEB_DOCS_SCREENSHOTS === '1')
      copyFileSync(
        join(SCREENSHOTS, 'term-04-report-term.png'),
        resolve(__dirname, '../docs/web-evaluator-term.png'),
      );

    // A calendar year: plain dates, read by the API in the council's zone.
    await page.getByLabel('Et kalenderår').check();
    await page.getByLabel('År', { exact: true }).selectOption(String(last));
    const [yearRequest] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/evaluation-report?')),
      page.getByRole('button', { name: 'Vis rapport' }).click(),
    ]);
    expect(new URL(yearRequest.url()).search).toBe(`?from=${last}-01-01&to=${last}-12-31`);
    await page
      .getByTestId('report-period')
      .getByText(`Rapporten dækker 1. jan. ${last} – 31. dec. ${last}.`)
      .waitFor();
    expect(await yearTable.locator('thead th').allTextContents()).toEqual(['Nøgletal', String(last)]);
    expect(await row('Møder holdt')).toEqual(['3']);

    // Any two dates: this year's first day to today.
    await page.getByLabel('To datoer').check();
    await page.getByLabel('Fra', { exact: true }).fill(`${YEAR}-01-01`);
    await page.getByLabel('Til og med').fill(councilDay(0));
    expect(await unlabelledFields(page)).toEqual([]);
    const [datesRequest] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/evaluation-report?')),
      page.getByRole('button', { name: 'Vis rapport' }).click(),
    ]);
    expect(new URL(datesRequest.url()).search).toBe(`?from=${YEAR}-01-01&to=${councilDay(0)}`);
    await page
      .getByTestId('report-period')
      .getByText(`Rapporten dækker 1. jan. ${YEAR}`, { exact: false })
      .waitFor();
    await yearTable.locator('thead th', { hasText: String(YEAR) }).waitFor();
    expect(await row('Høringer modtaget')).toEqual(['3']);
    await browser.screenshot('term-05-report-dates');
  }, 180_000);

  it('includes the predecessors’ history in a successor’s report when asked', async () => {
    const successor = uniqueName('oest');
    await w.t.http
      .post('/api/councils')
      .set(w.t.auth(w.t.token({ personId: 'admin-1', role: 'admin' })))
      .send({
        id: successor,
        name: 'Udsatterådet i Region Østdanmark',
        succeeds: [w.councilId],
        succeedsFrom: `${YEAR + 1}-01-01`,
      })
      .expect(201);
    const evaluator = w.t.token({ personId: 'eva-oest', role: 'evaluator', councilId: successor });
    await signIn(page, evaluator, 'eva-oest');
    await page.getByRole('navigation').getByRole('link', { name: 'Evalueringsrapport' }).click();
    await page.getByLabel('To datoer').check();
    await page.getByLabel('Fra', { exact: true }).fill(`${YEAR}-01-01`);
    await page.getByLabel('Til og med').fill(councilDay(0));
    await page.getByLabel(`Medtag historikken fra de råd, rådet efterfølger (${w.councilId})`).check();
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/evaluation-report?')),
      page.getByRole('button', { name: 'Vis rapport' }).click(),
    ]);
    expect(new URL(request.url()).searchParams.get('includePredecessors')).toBe('true');
    await page.getByTestId('report-period').getByText(`Med historikken fra ${w.councilId}.`).waitFor();
    const received = page
      .getByTestId('year-table')
      .locator('tr', { has: page.locator('th', { hasText: 'Høringer modtaget' }) })
      .locator('td');
    await received.getByText('3', { exact: true }).waitFor();
    await browser.screenshot('term-06-report-successor');

    // The timeline too: the predecessor's lines, each naming its council, not linked under this one.
    await page.goto('/#/timeline');
    const [asked] = await Promise.all([
      page.waitForRequest(
        (r) => r.url().includes('/timeline?') && r.url().includes('includePredecessors=true'),
      ),
      page.getByLabel(`Medtag historikken fra de råd, rådet efterfølger (${w.councilId})`).check(),
    ]);
    expect(new URL(asked.url()).searchParams.get('includePredecessors')).toBe('true');
    await page
      .getByTestId('timeline-case')
      .filter({ hasText: `(${w.councilId})` })
      .first()
      .waitFor();
  }, 90_000);
  it('opens a hearing received days ago and records a response sent earlier, each with its day', async () => {
    await w.signInAs('anja');
    await page.goto('/#/hearings/new');
    await page.locator('#hearing-title').fill('Høring vedr. akutpsykiatri');
    await page.locator('#issuing-body').fill('Region Hovedstaden');
    await page.getByLabel('Modtaget, hvis før i dag').fill(councilDay(-3));
    // Issue 19: the hearing's own reminders, starting from the council's (7 and 2 days before).
    await page.getByLabel('14 dage før').check();
    await page.getByLabel('2 dage før').uncheck();
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ny høring' }).click();
    await page.waitForURL(/#\/hearings\/(?!new)/);
    const hearingId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
    const hearing = async () =>
      (await api().get(`/hearings/${hearingId}`).expect(200)).body as {
        receivedAt: string;
        submission?: { submittedAt: string };
      };
    // Noon of that day in the council's zone.
    const noon = (date: string) => new Date(`${date}T12:00:00Z`).getTime() - zoneOffsetMs(date);
    expect(Date.parse((await hearing()).receivedAt)).toBe(noon(councilDay(-3)));
    expect((await api().get(`/hearings/${hearingId}`).expect(200)).body.reminderOffsets).toEqual([
      'P14D',
      'P7D',
    ]);

    // Drafted and signed off through the API; the secretary records the sending in the page.
    await api().post(`/hearings/${hearingId}/drafts`, { text: 'Rådet støtter forslaget.' }).expect(200);
    await api()
      .post('/members', {
        personId: 'tove',
        name: 'Tove Lund',
        organisation: 'Organisation tove',
        email: 'tove@example.org',
      })
      .expect(201);
    await api().post('/chair', { personId: 'tove' }).expect(200);
    await w.t.http
      .post(`/api/councils/${w.councilId}/hearings/${hearingId}/sign-off`)
      .set(w.t.auth(w.t.token({ personId: 'tove', role: 'chair', councilId: w.councilId })))
      .send({})
      .expect(200);
    await page.reload();
    const sentOn = page.getByLabel('Afgivet, hvis før i dag');
    await sentOn.fill(councilDay(-4));
    await page.getByRole('button', { name: 'Registrér aflevering' }).click();
    await page
      .getByRole('alert')
      .getByText('submittedAt must not be before the hearing was received')
      .waitFor();
    expect((await hearing()).submission).toBeFalsy();
    await sentOn.fill(councilDay(-1));
    await page.getByRole('button', { name: 'Registrér aflevering' }).click();
    await page.getByText('Afgivet høringssvar').first().waitFor();
    expect(Date.parse((await hearing()).submission?.submittedAt ?? '')).toBe(noon(councilDay(-1)));
    await browser.screenshot('term-07-hearing-sent-earlier');
  }, 60_000);
});
