/**
 * The meetings' work in the pages, in Chromium on the real stack (PostgreSQL, Redis): the
 * secretary puts an item on a held meeting's agenda (the case it is about chosen from the
 * council's hearings), records each decision with the absent members, and approves the minutes
 * (refused while an item has no decision); she enters a year's meeting plan (a meeting outside
 * the year is refused; two meetings are accepted and said to fall short of four), whose meetings
 * are listed and open their pages; members ask for an extraordinary meeting (the third makes it
 * required) and the chair calls it (refused while he is not the chair in office). Every step is read back from the API; every date is
 * typed in the council's zone. Pages are saved under test/screenshots/meetings-*.png.
 */
import type { Page } from 'playwright-core';
import { browserSuite, unlabelledFields, type Browser } from './support/browser';
import { uniqueName } from './support/test-app';
import { councilDay, councilTime, isoIn } from './support/web-cases';
import { useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web meetings');

const PEOPLE = {
  anja: { name: 'Anja Holm', role: 'secretary' },
  kira: { name: 'Kira Madsen', role: 'member' },
  rani: { name: 'Rani Olsen', role: 'member' },
  dora: { name: 'Dora Dam', role: 'member' },
  ole: { name: 'Ole Lund', role: 'chair' },
} as const;
type Person = keyof typeof PEOPLE;

interface MeetingBody {
  agenda: {
    id: string;
    title: string;
    caseId: string | null;
    documentId: string | null;
    summary: string | null;
    economy: string | null;
    refersTo: { kind: string; id: string } | null;
    decision: string | null;
    absent: string[];
  }[];
  minutes: { approved: boolean; approvedBy: string | null };
}

suite('the web app’s meetings in Chromium', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;

  // No deadline fires here, so no workers: the suite stays short.
  useWebCouncil(PEOPLE, 'meetings', { app: { runWorkers: false } }, (started) => {
    w = started;
    ({ browser, page } = started);
  });

  const api = () => w.api('anja');

  it('lets the secretary set a held meeting’s agenda, record its decisions and approve its minutes', async () => {
    const hearingId = uniqueName('h');
    await api()
      .post('/hearings', {
        id: hearingId,
        title: 'Høring om hjemløsestrategi',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    const meetingId = uniqueName('m');
    await api()
      .post('/meetings', { id: meetingId, startsAt: isoIn(-1), place: 'Online' })
      .expect(201);
    await api()
      .post(`/meetings/${meetingId}/agenda-items`, { id: 'eventuelt', title: 'Eventuelt' })
      .expect(201);
    // Issue 17: the secretary does not approve the minutes herself; she records that the next
    // meeting, held since, approved them.
    const nextId = uniqueName('m');
    await api()
      .post('/meetings', { id: nextId, startsAt: isoIn(-0.5), place: 'Online' })
      .expect(201);
    const meeting = async () => (await api().get(`/meetings/${meetingId}`).expect(200)).body as MeetingBody;

    await w.signInAs('anja');
    await page.goto(`/#/meetings/${meetingId}`);
    await page.locator('summary', { hasText: 'Tilføj et punkt til dagsordenen' }).click();
    await page.getByLabel('Punktets overskrift').fill('Høringssvar om hjemløsestrategi');
    await page.getByLabel('Sags-ID').fill('22002345');
    await page.getByLabel('Dok-ID').fill('EMN-2022-01234');
    await page
      .getByLabel('Sagen punktet handler om')
      .selectOption({ label: 'Høring: Høring om hjemløsestrategi' });
    await page.getByLabel('Resumé').fill('Regionen har sendt strategien i høring.');
    await page.getByLabel('Indstilling').fill('Rådet afgiver høringssvar.');
    await page.getByLabel('Økonomi').fill('Ingen udgifter.');
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tilføj et punkt til dagsordenen' }).click();
    const items = page.getByTestId('agenda-item');
    const strategy = items.filter({ hasText: 'Høringssvar om hjemløsestrategi' });
    await strategy.getByText('Sags-ID 22002345 · Dok-ID EMN-2022-01234').waitFor();
    await page.locator('details[open]').waitFor({ state: 'detached' });
    const added = (await meeting()).agenda[1];
    expect(added).toMatchObject({
      title: 'Høringssvar om hjemløsestrategi',
      caseId: '22002345',
      documentId: 'EMN-2022-01234',
      summary: 'Regionen har sendt strategien i høring.',
      economy: 'Ingen udgifter.',
      refersTo: { kind: 'hearing', id: hearingId },
    });
    expect(await strategy.getByRole('link', { name: 'Høring: Høring om hjemløsestrategi' }).count()).toBe(1);

    await strategy.locator('summary', { hasText: 'Registrér beslutningen' }).click();
    await strategy
      .getByLabel('Beslutning om Høringssvar om hjemløsestrategi')
      .fill('Rådet godkendte høringssvaret.');
    await strategy.getByLabel('Dora Dam (Organisation dora)').check();
    expect(await unlabelledFields(page)).toEqual([]);
    await strategy.getByRole('button', { name: 'Registrér beslutningen' }).press('Enter');
    await strategy.getByTestId('decision').getByText('Rådet godkendte høringssvaret.').waitFor();
    await strategy.getByText('Fraværende: Dora Dam').waitFor();
    await page.locator('details[open]').waitFor({ state: 'detached' });
    expect((await meeting()).agenda[1]).toMatchObject({
      decision: 'Rådet godkendte høringssvaret.',
      absent: ['dora'],
    });
    await browser.screenshot('meetings-01-decided');

    // "Eventuelt" has no decision yet: the API refuses the minutes and names it.
    await page.getByRole('button', { name: 'Registrér mødets godkendelse af referatet' }).click();
    await page.getByRole('button', { name: 'Ja, godkend referatet' }).click();
    await page.getByRole('alert').getByText('items without a decision: eventuelt').waitFor();
    expect((await meeting()).minutes.approved).toBe(false);
    await browser.screenshot('meetings-02-minutes-refused');

    const other = items.filter({ hasText: 'Eventuelt' });
    await other.locator('summary', { hasText: 'Registrér beslutningen' }).click();
    await other.getByLabel('Beslutning om Eventuelt').fill('Intet til referat.');
    await other.getByRole('button', { name: 'Registrér beslutningen' }).click();
    await other.getByTestId('decision').getByText('Intet til referat.').waitFor();
    await page.locator('details[open]').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Registrér mødets godkendelse af referatet' }).click();
    await page.getByRole('button', { name: 'Ja, godkend referatet' }).click();
    await page.getByText(/^Referatet er godkendt/).waitFor();
    // Approved minutes are the record: only a correction with a reason is offered, besides a
    // follow-up of each decision (issue 19).
    expect(await page.locator('summary').allTextContents()).toEqual([
      'Opret en opfølgning af beslutningen om Eventuelt',
      'Opret en opfølgning af beslutningen om Høringssvar om hjemløsestrategi',
      'Ret en beslutning i referatet',
    ]);
    expect((await meeting()).minutes).toMatchObject({
      approved: true,
      approvedBy: 'anja',
      approvedByMeeting: { meetingId: nextId },
    });
    await browser.screenshot('meetings-03-minutes-approved');
  }, 60_000);
  it('enters a year’s meeting plan (a meeting outside the year is refused), says it falls short of four, and lists its meetings', async () => {
    const year = new Date().getFullYear() + 1;
    const plan = async () =>
      (await api().get(`/meeting-plan?year=${year}`).expect(200)).body as {
        meetings: { id: string; startsAt: string; place?: string }[];
        fallsShortBy: number;
      }[];

    await w.signInAs('anja');
    await page.getByRole('navigation').getByRole('link', { name: 'Møder' }).click();
    await page.getByRole('heading', { name: 'Rådets møder' }).waitFor();
    await page.locator('summary', { hasText: 'Vedtag en mødeplan for et år' }).click();
    await page.getByLabel('År').fill(String(year));
    await page.getByLabel('Møde 1: tidspunkt (Europe/Copenhagen)').fill(`${year}-03-10T16:00`);
    await page.getByLabel('Møde 1: sted').fill('Regionsgården, Hillerød');
    // A meeting of the year after: the API refuses it and names the field.
    await page.getByLabel('Møde 2: tidspunkt (Europe/Copenhagen)').fill(`${year + 1}-01-15T16:00`);
    await page.getByLabel('Møde 2: sted').fill('Online');
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vedtag en mødeplan for et år' }).click();
    await page.getByRole('alert').getByText(`is not in ${year}`).first().waitFor();
    expect(await plan()).toEqual([]);
    await browser.screenshot('meetings-04-plan-refused');

    await page.getByLabel('Møde 2: tidspunkt (Europe/Copenhagen)').fill(`${year}-06-09T16:00`);
    await page.getByRole('button', { name: 'Vedtag en mødeplan for et år' }).click();
    await page
      .getByTestId('meeting-plan')
      .getByText('2 ordinære møder: 2 færre end de 4, rådet skal holde om året.')
      .waitFor();
    await page.locator('details[open]').waitFor({ state: 'detached' });
    const [adopted] = await plan();
    expect(adopted.fallsShortBy).toBe(2);
    // Typed as the council's wall clock (winter and summer time), stored as that instant.
    expect(adopted.meetings.map((m) => [councilTime(m.startsAt), m.place])).toEqual([
      [`${year}-03-10 16:00:00`, 'Regionsgården, Hillerød'],
      [`${year}-06-09 16:00:00`, 'Online'],
    ]);
    const rows = page.getByTestId('meeting-row').filter({ hasText: 'Regionsgården, Hillerød' });
    expect(await rows.count()).toBe(1);
    await browser.screenshot('meetings-05-plan');

    await rows.getByRole('link').click();
    await page.getByRole('heading', { name: /^Rådsmøde 10\. mar\. \d{4}, 16[.:]00$/ }).waitFor();
    expect(page.url()).toContain(`#/meetings/${adopted.meetings[0].id}`);
    await page.getByText('Dagsordenen er ikke lagt endnu.').waitFor();
    // Ahead of the meeting, its agenda is set but nothing is decided or approved.
    expect(await page.getByRole('button', { name: 'Godkend referatet' }).count()).toBe(0);
    await page.getByText('Beslutningerne registreres og referatet godkendes, når mødet er holdt.').waitFor();
  }, 60_000);
  it('lets members ask for an extraordinary meeting until the third makes it required, and the chair call it', async () => {
    const council = async () =>
      (await api().get('').expect(200)).body as {
        extraordinaryMeeting: { required: boolean; requestedBy: string[] };
      };
    const state = page.getByTestId('extraordinary-state');
    const request = async (reason: string) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Møder' }).click();
      await page.locator('summary', { hasText: 'Bed om et ekstraordinært møde' }).click();
      await page.getByLabel('Begrundelse for mødet').fill(reason);
      expect(await unlabelledFields(page)).toEqual([]);
      await page.getByRole('button', { name: 'Bed om et ekstraordinært møde' }).click();
    };

    await w.signInAs('kira');
    await request('Flexklinikken lukker');
    await state.getByText('Anmodet af Kira Madsen (1 af 3).').waitFor();
    await page.getByText('Du har bedt om et ekstraordinært møde.').waitFor();
    expect((await council()).extraordinaryMeeting).toEqual({ required: false, requestedBy: ['kira'] });

    await w.api('rani').post('/extraordinary-meeting-requests', { reason: 'Enig med Kira' }).expect(200);
    await w.signInAs('dora');
    await page.getByRole('navigation').getByRole('link', { name: 'Møder' }).click();
    await state.getByText('Anmodet af Kira Madsen, Rani Olsen (2 af 3).').waitFor();
    await request('Også enig');
    await state.getByText('Tre medlemmer har bedt om et ekstraordinært møde: det skal indkaldes.').waitFor();
    // Required now: no one is offered to ask again.
    expect(await page.locator('summary', { hasText: 'Bed om et ekstraordinært møde' }).count()).toBe(0);
    expect((await council()).extraordinaryMeeting).toEqual({
      required: true,
      requestedBy: ['kira', 'rani', 'dora'],
    });
    await browser.screenshot('meetings-06-required');

    // Ole holds a chair's token, but the council has not elected him: the API does not take the
    // token, and the session ends saying why, as for an expired one.
    await api()
      .post('/members', {
        personId: 'ole',
        name: 'Ole Lund',
        organisation: 'Organisation ole',
        email: 'ole@example.org',
      })
      .expect(201);
    await page.goto('/');
    await page.locator('#token, [data-testid="who-am-i"]').first().waitFor();
    const signOut = page.getByRole('button', { name: 'Log ud' });
    if (await signOut.isVisible()) await signOut.click();
    await page.getByLabel('Adgangstoken').fill(w.tokens.ole);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page
      .getByRole('alert')
      .getByText(/API’et godtager ikke længere dit token.*403: ole does not hold the chair/)
      .waitFor();
    await browser.screenshot('meetings-07-chair-not-elected');

    await api().post('/chair', { personId: 'ole' }).expect(200);
    await w.signInAs('ole');
    await page.getByRole('navigation').getByRole('link', { name: 'Møder' }).click();
    await page.locator('summary', { hasText: 'Indkald et ekstraordinært møde' }).click();
    await page.getByLabel('Tidspunkt (Europe/Copenhagen)').fill(`${councilDay(14)}T17:00`);
    await page.getByLabel('Sted').fill('Regionsgården, mødelokale 2');
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Indkald et ekstraordinært møde' }).click();
    const called = page.getByTestId('meeting-row').filter({ hasText: 'Regionsgården, mødelokale 2' });
    await called.getByRole('link', { name: /^Ekstraordinært rådsmøde / }).waitFor();
    await state.getByText('Ingen har bedt om et ekstraordinært møde.').waitFor();
    await page.locator('details[open]').waitFor({ state: 'detached' });
    expect((await council()).extraordinaryMeeting).toEqual({ required: false, requestedBy: [] });
    const meetings = (await api().get('/meetings').expect(200)).body as {
      id: string;
      kind: string;
      startsAt: string;
      place: string | null;
    }[];
    const meeting = meetings.find((m) => m.place === 'Regionsgården, mødelokale 2');
    expect(meeting?.kind).toBe('extraordinary');
    expect(councilTime(meeting?.startsAt ?? '')).toBe(`${councilDay(14)} 17:00:00`);
    await browser.screenshot('meetings-08-called');
  }, 60_000);
});
