/**
 * Issue 18.3 and 19.2 on the pages, in Chromium on the real stack: Region Østdanmark's council
 * succeeds a predecessor from today (seed 003 item 4). On its Rådet page the successor's secretary
 * carries the predecessor's open hearing over: a case id the predecessor does not have is refused
 * in Danish; the open hearing is carried, the page links it at its address in the successor, and
 * it opens there; the predecessor reads it as carried over. Pages are checked by axe and saved
 * under test/screenshots/carry-over-*.png.
 */
import type { Page } from 'playwright-core';
import { browserSuite, signIn, unlabelledFields, type Browser } from './support/browser';
import { uniqueName } from './support/test-app';
import { useWebCouncil, type People, type WebCouncil } from './support/web-council';

const suite = browserSuite('web carry-over');

const PEOPLE = {
  anja: { name: 'Anja Holm', role: 'secretary' },
  kira: { name: 'Kira Madsen', role: 'member' },
} as const satisfies People<string>;
type Person = keyof typeof PEOPLE;

const DAY = 86_400_000;
/** Today's date in Copenhagen (the councils' zone), as a plain date. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

suite('carrying a predecessor’s open case over from the Rådet page in Chromium', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;
  useWebCouncil(PEOPLE, 'carry-over', { app: { runWorkers: false } }, (started) => {
    w = started;
    ({ browser, page } = started);
  });

  it('lets the successor’s secretary carry an open hearing over and open it in the successor', async () => {
    const hearingId = uniqueName('h-psykiatriplan');
    await w
      .api('anja')
      .post('/hearings', {
        id: hearingId,
        title: 'Høring om psykiatriplanen',
        issuingBody: 'Region Hovedstaden',
        receivedAt: new Date(Date.now() - 3 * DAY).toISOString(),
        responseDeadline: new Date(Date.now() + 30 * DAY).toISOString(),
      })
      .expect(201);
    await w.api('kira').post(`/hearings/${hearingId}/inputs`, { text: 'Husk de unge.' }).expect(200);

    // A council that succeeds none is offered nothing to carry over.
    await w.signInAs('anja');
    await page.getByRole('navigation').getByRole('link', { name: 'Rådet' }).click();
    await page.locator('summary', { hasText: 'Ret kommissoriets regler' }).waitFor();
    expect(await page.locator('summary', { hasText: 'Overfør en åben sag' }).count()).toBe(0);

    const successor = uniqueName('oest');
    await w.t.http
      .post('/api/councils')
      .set(w.t.auth(w.t.token({ personId: 'admin-1', role: 'admin' })))
      .send({
        id: successor,
        name: 'Udsatterådet i Region Østdanmark',
        succeeds: [w.councilId],
        succeedsFrom: today(),
      })
      .expect(201);
    const sara = w.t.token({ personId: 'sara', role: 'secretary', councilId: successor });
    const inSuccessor = (path: string) =>
      w.t.http.get(`/api/councils/${successor}${path}`).set(w.t.auth(sara));
    await w.t.http
      .post(`/api/councils/${successor}/secretaries`)
      .set(w.t.auth(sara))
      .send({ personId: 'sara', name: 'Sara Holt', email: 'sara@example.org' })
      .expect(201);

    await signIn(page, sara, 'Sara Holt');
    await page.getByRole('navigation').getByRole('link', { name: 'Rådet' }).click();
    await page.locator('summary', { hasText: 'Overfør en åben sag fra et forgængerråd' }).click();
    expect(await page.locator('#carry-from option').allTextContents()).toEqual([w.councilId]);
    await page.locator('#carry-kind').selectOption('hearings');
    expect(await unlabelledFields(page)).toEqual([]);

    // A case the predecessor does not have: refused in Danish, nothing written.
    await page.locator('#carry-case-id').fill('h-nowhere');
    await page.getByRole('button', { name: 'Overfør sagen' }).click();
    await page
      .getByRole('alert')
      .getByText(`${w.councilId} har ingen høring h-nowhere`, { exact: false })
      .waitFor();
    await inSuccessor('/hearings/h-nowhere').expect(404);
    await browser.screenshot('carry-over-01-refused');

    await page.locator('#carry-case-id').fill(hearingId);
    await page.getByRole('button', { name: 'Overfør sagen' }).click();
    const carried = page.getByTestId('carried-over');
    await carried.getByText(`Overført fra ${w.councilId}.`, { exact: false }).waitFor();
    const here = (await inSuccessor(`/hearings/${hearingId}`).expect(200)).body as {
      carriedFrom?: { councilId: string };
    };
    expect(here.carriedFrom?.councilId).toBe(w.councilId);
    const there = (await w.api('anja').get(`/hearings/${hearingId}`).expect(200)).body as {
      carriedOverTo?: string;
    };
    expect(there.carriedOverTo).toBe(successor);
    await browser.screenshot('carry-over-02-carried');

    await carried.getByRole('link', { name: hearingId }).click();
    await page.waitForURL((url) => url.hash === `#/hearings/${hearingId}`);
    await page.getByRole('heading', { name: 'Høring om psykiatriplanen' }).waitFor();
    await page.getByText('Husk de unge.').first().waitFor();
    await browser.screenshot('carry-over-03-hearing-in-successor');
  }, 120_000);
});
