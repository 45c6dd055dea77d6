/**
 * Issue 19, items 1 and 2, in Chromium on the real stack (PostgreSQL, Redis, a real SMTP server
 * on loopback): a member signed in twice by mailed links lists her sessions from the header's
 * "Mine sessioner", the one of this browser marked, and "Log ud alle steder" (asked twice) ends
 * both, the earlier one too; a member elected chair sees the chair's pages on the next load in
 * the same session, and a member's again after she steps down; the admin rebuilds the reminders from the log and reads what the
 * rebuild did. Pages are saved (and checked with axe) under test/screenshots/sessions-*.png.
 */
import type { Page } from 'playwright-core';
import { bodyText, SmtpTestServer } from '@app/notifications/testing/smtp-test-server';
import { browserSuite, signIn, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { STANDARD_PEOPLE, startWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web sessions');
type Person = keyof typeof STANDARD_PEOPLE;

suite('one’s sessions and the admin’s rebuild of reminders in Chromium', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  const smtp = new SmtpTestServer();
  const saved = process.env.SMTP_URL;

  beforeAll(async () => {
    process.env.SMTP_URL = await smtp.start();
    w = await startWebCouncil(STANDARD_PEOPLE, { app: { runWorkers: false } });
    ({ browser } = w);
  }, 120_000);

  afterEach(async () => {
    await browser?.screenshot('sessions-last').catch(() => undefined);
  });

  afterAll(async () => {
    await w?.close();
    await smtp.stop();
    if (saved === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = saved;
  });

  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
  const linkIn = (text: string) => /(http\S+\/#\/log-ind\/[A-Za-z0-9_-]+)/.exec(text)?.[1];

  async function signInByMail(page: Page, address: string, name: string): Promise<void> {
    const before = mailsTo(address).length;
    await page.goto('/');
    await page.locator('[data-testid="who-am-i"], #token').first().waitFor();
    const signedIn = page.getByRole('button', { name: 'Log ud' });
    // Leaving the page signed in (not signing out) keeps that session live beside the new one.
    if (await signedIn.isVisible()) await page.context().clearCookies();
    await page.goto('/');
    await page.getByLabel('E-mail').fill(address);
    await page.getByRole('button', { name: 'Send mig et link' }).click();
    await page.getByTestId('link-sent').waitFor();
    const mail = await eventually(() => mailsTo(address)[before], { what: `the mail to ${address}` });
    const link = linkIn(bodyText(mail));
    if (!link) throw new Error(`no link in ${bodyText(mail)}`);
    await page.goto(link);
    await page.getByTestId('who-am-i').getByText(name).waitFor();
  }

  const sessionCookie = async (page: Page) =>
    (await page.context().cookies()).find((c) => c.name === 'council_session')?.value;
  const whoIs = async (cookie: string) =>
    (await w.t.http.get('/api/sign-in/session').set('Cookie', `council_session=${cookie}`).expect(200))
      .body as { personId?: string };

  it('lists a member’s sessions, this one marked, and signs her out everywhere when asked twice', async () => {
    const page = w.page;
    await signInByMail(page, 'kira@example.org', 'Kira Madsen');
    const first = (await sessionCookie(page))!;
    await signInByMail(page, 'kira@example.org', 'Kira Madsen');
    const second = (await sessionCookie(page))!;
    expect(second).not.toEqual(first);
    expect((await whoIs(first)).personId).toBe('kira');

    await page.getByRole('link', { name: 'Mine sessioner' }).click();
    await page.getByRole('heading', { name: 'Mine sessioner' }).waitFor();
    const rows = page.getByTestId('sessions').locator('tbody tr');
    await eventually(async () => ((await rows.count()) === 2 ? true : undefined), { what: 'two sessions' });
    await expect(page.locator('tbody tr[aria-current="true"]').count()).resolves.toBe(1);
    await page.locator('tbody tr[aria-current="true"]').getByText('denne browser').waitFor();
    await browser.screenshot('sessions-list');

    await page.getByRole('button', { name: 'Log ud alle steder' }).click();
    await page.getByTestId('end-all-sessions').waitFor();
    // Asked, nothing ended yet.
    expect((await whoIs(first)).personId).toBe('kira');
    await browser.screenshot('sessions-confirm');
    await page.getByRole('button', { name: 'Bekræft: log ud alle steder' }).click();
    await page.getByText('Du er logget ud alle steder (2 sessioner afsluttet).').waitFor();
    await page.getByLabel('E-mail').waitFor();
    expect(await whoIs(first)).toEqual({});
    expect(await whoIs(second)).toEqual({});
    await page.reload();
    await page.getByLabel('E-mail').waitFor();
  });

  it('says in Danish when the session was ended elsewhere before the button was pressed', async () => {
    const page = w.page;
    await signInByMail(page, 'rani@example.org', 'Rani Olsen');
    await page.goto('/#/sessions');
    await page.getByTestId('sessions').locator('tbody tr').first().waitFor();
    // Another device ends them all (a cookie write, so from the pages' origin) while this page is open.
    const cookie = (await sessionCookie(page))!;
    const ended = await w.t.http
      .post('/api/sign-in/sessions/end-all')
      .set('Cookie', `council_session=${cookie}`)
      .set('Origin', new URL(page.url()).origin)
      .expect(200);
    expect(ended.body).toEqual({ ended: 1 });
    await page.getByRole('button', { name: 'Log ud alle steder' }).click();
    await page.getByRole('button', { name: 'Bekræft: log ud alle steder' }).click();
    await page.getByText(/API’et godtager ikke længere dit token/).waitFor();
    await page.getByLabel('E-mail').waitFor();
  });

  it('shows the chair’s pages on the next load after an election, and a member’s after she steps down, in one session', async () => {
    const page = w.page;
    await signInByMail(page, 'kira@example.org', 'Kira Madsen');
    const cookie = (await sessionCookie(page))!;
    const who = page.getByTestId('who-am-i');
    await who.getByText('Kira Madsen · medlem · Udsatterådet').waitFor();
    // The secretary records the members' election; the same session, loaded again, is the chair's.
    await w.api('anja').post('/chair', { personId: 'kira' }).expect(200);
    await page.reload();
    await who.getByText('Kira Madsen · formand · Udsatterådet').waitFor();
    await browser.screenshot('sessions-elected-chair');
    // Seed 000: she steps down as chair and stays a member; the session goes on, as hers.
    await w.t.http
      .delete(`/api/councils/${w.councilId}/chair`)
      .set(w.t.auth(w.tokens.anja))
      .send({})
      .expect(200);
    await page.reload();
    await who.getByText('Kira Madsen · medlem · Udsatterådet').waitFor();
    expect(await sessionCookie(page)).toBe(cookie);
  });

  it('offers no session page to a pasted token', async () => {
    await signIn(w.page, w.tokens.anja, 'Anja Holm');
    await w.page.getByRole('link', { name: 'Rådet', exact: true }).waitFor();
    expect(await w.page.getByRole('link', { name: 'Mine sessioner' }).count()).toBe(0);
  });

  it('lets the admin rebuild the reminders from the log and shows what the rebuild did', async () => {
    const page = w.page;
    await signIn(page, w.t.token({ personId: 'admin-1', role: 'admin' }), 'admin-1');
    await page.getByRole('button', { name: 'Genopbyg påmindelser fra loggen' }).click();
    const result = page.getByTestId('reconcile-result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toMatch(/Genopbygget: \d+ tilføjet, \d+ fjernet, .* (\d+) sager gennemgået\./);
    // The council the suite made is in the log, so the rebuild read at least its stream.
    expect(Number(/(\d+) sager gennemgået/.exec(text)![1])).toBeGreaterThan(0);
    expect(text).toMatch(/Alle planlagte job findes nu i køen\.|planlagte job mangler stadig/);
    await browser.screenshot('sessions-admin-reconcile');
  });
});
