/**
 * The administration the API offered before the pages did, in Chromium on the real stack
 * (PostgreSQL, Redis): an admin creates a council (the same id with other details shows the
 * API's refusal); the secretary appoints a member to a seat that is held and sees whom it
 * replaced, is refused a member who already holds another seat, records the elected chair (only
 * current members offered), a resignation, and a new secretary. Each step is then read back from
 * the API. Pages are saved under test/screenshots/admin-*.png.
 */
import type { Page } from 'playwright-core';
import { browserUnavailable, signIn, unlabelledFields, type Browser } from './support/browser';
import { uniqueName, type TestApp } from './support/test-app';
import { startWebCouncil, type WebCouncil } from './support/web-council';

const skipped = browserUnavailable();
if (skipped) console.warn(`web admin browser suite skipped: ${skipped}`);
const suite = skipped ? describe.skip : describe;

const PEOPLE = {
  anja: { name: 'Anja Holm', role: 'secretary' },
  kira: { name: 'Kira Madsen', role: 'member' },
  rani: { name: 'Rani Olsen', role: 'member' },
} as const;
type Person = keyof typeof PEOPLE;

interface CouncilBody {
  name: string;
  members: { personId: string; name: string; organisation: string; email: string }[];
  chair: { personId: string } | null;
  secretaries: { personId: string; name: string; email: string }[];
}

suite('the web app’s council administration in Chromium', () => {
  let w: WebCouncil<Person>;
  let t: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // No deadline fires here, so no workers: the suite stays short.
    w = await startWebCouncil(PEOPLE, { app: { runWorkers: false } });
    ({ t, browser, page } = w);
  }, 120_000);

  afterEach(async () => {
    await browser?.screenshot('admin-last').catch(() => undefined);
  });

  afterAll(() => w?.close());

  const api = (person: Person) => w.api(person);
  const signInAs = (person: Person) => w.signInAs(person);
  const council = async () => (await api('anja').get('').expect(200)).body as CouncilBody;

  it('lets an admin create a council, and shows the API’s refusal of the same id with other details', async () => {
    const id = uniqueName('nord');
    await signIn(page, t.token({ personId: 'admin-1', role: 'admin' }), 'admin-1');
    await page.getByRole('heading', { name: 'Opret et råd' }).waitFor();
    await page.getByLabel('Rådets id').fill(id);
    await page.getByLabel('Rådets navn').fill('Udsatterådet Nord');
    await page.getByLabel('Påmindelser før frister').fill('P14D, P3D');
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opret rådet' }).click();
    await page.getByTestId('council-created').getByText(`--council ${id}`).waitFor();
    await browser.screenshot('admin-01-new-council');

    const secretary = t.auth(t.token({ personId: 'sec-nord', role: 'secretary', councilId: id }));
    const created = (await t.http.get(`/api/councils/${id}`).set(secretary).expect(200)).body as {
      name: string;
      timeZone: string;
      reminderOffsets: string[];
    };
    expect(created).toMatchObject({
      name: 'Udsatterådet Nord',
      timeZone: 'Europe/Copenhagen',
      reminderOffsets: ['P14D', 'P3D'],
    });

    // The same id for another council: a collision the API refuses in its own words.
    await page.getByLabel('Rådets navn').fill('Et andet råd');
    await page.getByRole('button', { name: 'Opret rådet' }).click();
    await page.getByRole('alert').getByText(`council ${id} already exists with other details`).waitFor();
    expect(await page.getByTestId('council-created').count()).toBe(0);
    const unchanged = (await t.http.get(`/api/councils/${id}`).set(secretary).expect(200)).body as {
      name: string;
    };
    expect(unchanged.name).toBe('Udsatterådet Nord');
  }, 30_000);

  it('lets the secretary appoint (replacing a seat’s holder), elect a chair, record a resignation and add a secretary', async () => {
    await signInAs('anja');
    await page.getByRole('navigation').getByRole('link', { name: 'Rådet' }).click();
    const rows = page.getByTestId('member-row');
    await rows.filter({ hasText: 'Kira Madsen' }).getByText('kira@example.org').waitFor();
    await rows.filter({ hasText: 'Rani Olsen' }).getByText('Organisation rani').waitFor();
    await page.getByTestId('chair').getByText('ingen formand').waitFor();

    // Keyboard: the appointment form opens from its summary with Enter.
    await page.getByText('Udpeg et medlem', { exact: true }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Person-id').first().fill('bo');
    await page.getByLabel('Navn').first().fill('Bo Berg');
    await page.getByLabel('Organisation').fill('Organisation kira');
    await page.getByText('Pladsen for Organisation kira har i dag Kira Madsen').waitFor();
    await page.getByLabel('E-mail').first().fill('bo@example.org');
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Udpeg et medlem' }).click();
    await page
      .getByTestId('replaced')
      .getByText('Bo Berg erstatter Kira Madsen på pladsen for Organisation kira.')
      .waitFor();
    await rows.filter({ hasText: 'Bo Berg' }).waitFor();
    expect(await rows.filter({ hasText: 'Kira Madsen' }).count()).toBe(0);
    let now = await council();
    expect(now.members.map((m) => m.personId).sort()).toEqual(['bo', 'rani']);
    expect(now.members.find((m) => m.personId === 'bo')).toMatchObject({
      organisation: 'Organisation kira',
      email: 'bo@example.org',
    });

    // One person, one seat: Rani already holds another organisation's, and the API says so.
    await page.getByLabel('Person-id').first().fill('rani');
    await page.getByLabel('Navn').first().fill('Rani Olsen');
    await page.getByLabel('Organisation').fill('Organisation ny');
    await page.getByLabel('E-mail').first().fill('rani@example.org');
    await page.getByRole('button', { name: 'Udpeg et medlem' }).click();
    await page.getByRole('alert').getByText('rani already holds the seat of Organisation rani').waitFor();
    expect((await council()).members.map((m) => m.organisation).sort()).toEqual([
      'Organisation kira',
      'Organisation rani',
    ]);

    // The chair is elected among the current members only: Kira, replaced, is not offered.
    await page.getByText('Registrér valgt formand', { exact: true }).first().click();
    const candidates = page.getByLabel('Valgt blandt medlemmerne').locator('option');
    expect((await candidates.allTextContents()).sort()).toEqual([
      'Bo Berg (Organisation kira)',
      'Rani Olsen (Organisation rani)',
    ]);
    await page.getByLabel('Valgt blandt medlemmerne').selectOption('rani');
    await page.getByRole('button', { name: 'Registrér valgt formand' }).click();
    await page.getByTestId('chair').getByText('Formand: Rani Olsen').waitFor();
    expect((await council()).chair?.personId).toBe('rani');
    await browser.screenshot('admin-02-council');

    // Rani resigns: asked twice; her seat and the chair are empty after.
    const ranis = rows.filter({ hasText: 'Rani Olsen' });
    await ranis.getByRole('button', { name: 'Rani Olsen træder ud' }).click();
    await ranis.getByRole('button', { name: 'Bekræft: Rani Olsen træder ud af rådet' }).click();
    await page.getByTestId('chair').getByText('ingen formand').waitFor();
    expect(await ranis.count()).toBe(0);
    now = await council();
    expect(now.members.map((m) => m.personId)).toEqual(['bo']);
    expect(now.chair).toBeNull();

    await page.getByText('Tilføj en sekretær', { exact: true }).first().click();
    await page.locator('#secretary-person-id').fill('mette');
    await page.locator('#secretary-name').fill('Mette Lund');
    await page.locator('#secretary-email').fill('mette@example.org');
    await page.getByRole('button', { name: 'Tilføj en sekretær' }).click();
    await page.getByTestId('secretaries').getByText('Mette Lund').waitFor();
    expect((await council()).secretaries).toContainEqual({
      personId: 'mette',
      name: 'Mette Lund',
      email: 'mette@example.org',
    });
    expect(await unlabelledFields(page)).toEqual([]);
    await browser.screenshot('admin-03-council-after');
  }, 30_000);
});
