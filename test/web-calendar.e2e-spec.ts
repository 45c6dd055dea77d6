/**
 * What the API gained before the pages offered it, in Chromium on the real stack (PostgreSQL,
 * Redis): the secretary invites members appointed after a hearing opened (one who lost her seat
 * meanwhile shows the API's refusal); a follow-up's plan revision adds a phase and a milestone and
 * drops what nothing has happened to (a phase that ends before it starts is refused), and the
 * revision lists what it added and dropped. Every step is read back from the API; every date is
 * typed in the council's zone. Pages are saved under test/screenshots/calendar-*.png.
 */
import type { Page } from 'playwright-core';
import { browserSuite, unlabelledFields, type Browser } from './support/browser';
import { uniqueName } from './support/test-app';
import { isoIn } from './support/web-cases';
import { STANDARD_PEOPLE, startWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web calendar');

const PEOPLE = STANDARD_PEOPLE;
type Person = keyof typeof PEOPLE;

suite('the web app’s invitations, plan changes and budget calendar in Chromium', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // No deadline fires here, so no workers: the suite stays short.
    w = await startWebCouncil(PEOPLE, { app: { runWorkers: false } });
    ({ browser, page } = w);
  }, 120_000);

  afterEach(async () => {
    await browser?.screenshot('calendar-last').catch(() => undefined);
  });

  afterAll(() => w?.close());

  const api = () => w.api('anja');
  const appoint = (personId: string, name: string, organisation: string) =>
    api()
      .post('/members', { personId, name, organisation, email: `${personId}@example.org` })
      .expect(201);

  it('lets the secretary invite members appointed after the hearing opened, and shows the API’s refusal of one who left', async () => {
    const id = uniqueName('h');
    await api()
      .post('/hearings', {
        id,
        title: 'Høring om botilbud',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    await appoint('dora', 'Dora Dam', 'Organisation dora');
    await appoint('eva', 'Eva Eng', 'Organisation eva');
    const invited = async () =>
      ((await api().get(`/hearings/${id}`).expect(200)).body as { invited: string[] }).invited;

    await w.signInAs('anja');
    await page.goto(`/#/hearings/${id}`);
    const panel = page.locator('form', {
      has: page.getByRole('heading', { name: 'Medlemmer, der ikke er inviteret' }),
    });
    await panel.getByLabel('Dora Dam (Organisation dora)').check();
    await panel.getByLabel('Eva Eng (Organisation eva)').check();
    expect(await panel.getByRole('checkbox').count()).toBe(2);
    expect(await unlabelledFields(page)).toEqual([]);

    // Meanwhile Frank takes Eva's organisation's seat: she is no longer a member, and the API says so.
    await appoint('frank', 'Frank Friis', 'Organisation eva');
    await panel.getByRole('button', { name: 'Invitér til at give input' }).click();
    await panel.getByRole('alert').getByText('not current members of the council: eva').first().waitFor();
    await panel
      .getByRole('alert')
      .getByText(/^personIds:/)
      .waitFor();
    expect(await invited()).toEqual(['kira', 'rani']);
    await browser.screenshot('calendar-01-invitation-refused');

    // The refusal read the council again: Eva is gone from the list and Frank is in it.
    await panel.getByLabel('Frank Friis (Organisation eva)').check();
    expect(await panel.getByLabel('Eva Eng (Organisation eva)').count()).toBe(0);
    expect(await panel.getByLabel('Dora Dam (Organisation dora)').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Invitér til at give input' }).press('Enter');
    const cards = page.getByTestId('input-card');
    await cards.filter({ hasText: 'Frank Friis' }).waitFor();
    await cards.filter({ hasText: 'Dora Dam' }).getByText('Intet input endnu').waitFor();
    expect(await invited()).toEqual(['kira', 'rani', 'dora', 'frank']);
    // Everyone current is invited now, so there is no one left to offer.
    expect(await panel.count()).toBe(0);
    await browser.screenshot('calendar-02-invited');
  }, 30_000);
});
