/**
 * Issue 19, item 1 in Chromium on the real stack (PostgreSQL, a real SMTP server on loopback):
 * a member asks for a link on the sign-in page, follows the mailed link in a new tab and is
 * signed in by the session cookie; the secretary, signed in the same way, invites a member from
 * the Rådet page (a write riding on the cookie, with the browser's own `Origin`); signing out
 * ends the session for good. Pages are saved under test/screenshots/sign-in-*.png.
 */
import type { Page } from 'playwright-core';
import { bodyText, SmtpTestServer } from '@app/notifications/testing/smtp-test-server';
import { browserSuite, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { STANDARD_PEOPLE, startWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web sign-in');
type Person = keyof typeof STANDARD_PEOPLE;

suite('sign-in by an e-mailed link in Chromium', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  const smtp = new SmtpTestServer();
  const saved = process.env.SMTP_URL;

  beforeAll(async () => {
    process.env.SMTP_URL = await smtp.start();
    w = await startWebCouncil(STANDARD_PEOPLE, { app: { runWorkers: false } });
    ({ browser } = w);
  }, 120_000);

  afterAll(async () => {
    await w?.close();
    await smtp.stop();
    if (saved === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = saved;
  });

  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
  const linkIn = (text: string) => /(http\S+\/#\/log-ind\/[A-Za-z0-9_-]+)/.exec(text)?.[1];

  /** Asks for a link on the sign-in page, then follows it in a new tab as from a mail program. */
  async function signInByMail(page: Page, address: string, name: string): Promise<Page> {
    const before = mailsTo(address).length;
    await page.goto('/');
    await page.getByLabel('E-mail').fill(address);
    await page.getByRole('button', { name: 'Send mig et link' }).click();
    await page.getByTestId('link-sent').waitFor();
    const mail = await eventually(() => mailsTo(address)[before], { what: `the mail to ${address}` });
    const link = linkIn(bodyText(mail));
    if (!link) throw new Error(`no link in ${bodyText(mail)}`);
    const tab = await browser.context.newPage();
    await tab.goto(link);
    await tab.getByTestId('who-am-i').getByText(name).waitFor();
    // The used secret is gone from the address bar.
    expect(tab.url()).not.toContain('log-ind');
    return tab;
  }

  it('signs a member in by the mailed link, and signing out ends the session', async () => {
    await w.page.goto('/');
    await w.page.getByLabel('E-mail').waitFor();
    await browser.screenshot('sign-in-page');
    const tab = await signInByMail(w.page, 'kira@example.org', 'Kira Madsen');
    // A fresh load of the pages is still signed in: the cookie carries the session.
    await tab.reload();
    await tab.getByTestId('who-am-i').getByText('Kira Madsen').waitFor();
    await tab.getByRole('button', { name: 'Log ud' }).click();
    await tab.getByLabel('E-mail').waitFor();
    await tab.reload();
    await tab.getByLabel('E-mail').waitFor();
    await tab.close();
  });

  it('refuses a link followed twice, saying so on the page', async () => {
    const before = mailsTo('rani@example.org').length;
    await w.page.goto('/');
    await w.page.getByLabel('E-mail').fill('rani@example.org');
    await w.page.getByRole('button', { name: 'Send mig et link' }).click();
    const mail = await eventually(() => mailsTo('rani@example.org')[before], { what: 'the mail to rani' });
    const link = linkIn(bodyText(mail))!;
    const first = await browser.context.newPage();
    await first.goto(link);
    await first.getByTestId('who-am-i').getByText('Rani Olsen').waitFor();
    await first.getByRole('button', { name: 'Log ud' }).click();
    await first.goto(link);
    await first
      .getByRole('alert')
      .getByText(/already been used/)
      .waitFor();
    await first.close();
  });

  it('lets the secretary, signed in by mail, invite a member from the Rådet page', async () => {
    const tab = await signInByMail(w.page, 'anja@example.org', 'Anja Holm');
    const before = mailsTo('kira@example.org').length;
    await tab.goto('/#/council');
    await tab.getByRole('button', { name: 'Send Kira Madsen et login-link' }).click();
    await tab.getByText('Der er sendt et login-link til Kira Madsen.').waitFor();
    const invitation = await eventually(() => mailsTo('kira@example.org')[before], {
      what: 'the invitation',
    });
    expect(bodyText(invitation)).toContain('Du er inviteret til Udsatterådets sider som medlem.');
    await tab.close();
  });
});
