/**
 * Issue 19, item 5 on the real stack (PostgreSQL, Redis, Chromium): every page prints without
 * its menu and buttons, and the sent høringssvar is a document. `GET …/response.docx` is the Word
 * file (the council's name, the date it was sent, the recipient, the text and the approvals;
 * refused before it is sent); the hearing's page calls it "Afgivet høringssvar", not "Udkast 1",
 * and prints to a PDF through Chromium.
 */
import type { Page } from 'playwright-core';
import { browserSuite } from './support/browser';
import { binaryBody, docxText, unzipEntry } from './support/docx-text';
import { uniqueName } from './support/test-app';
import { isoIn, seatChair } from './support/web-cases';
import { STANDARD_PEOPLE, useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web documents');
type Person = keyof typeof STANDARD_PEOPLE;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What is left on screen under the print stylesheet: visible buttons, menus and forms. */
async function printedControls(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  try {
    let visible = 0;
    for (const selector of ['nav', 'button', 'form', '.button', 'select'])
      for (const el of await page.locator(selector).all()) if (await el.isVisible()) visible++;
    return visible;
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

suite('documents and print', () => {
  let w: WebCouncil<Person>;
  useWebCouncil(STANDARD_PEOPLE, 'documents', { app: { runWorkers: false } }, (ready) => (w = ready));
  const hearingId = uniqueName('h');
  const title = 'Høring vedr. samarbejdsaftaler om borgere med psykisk sygdom';
  const docxPath = () => `/api/councils/${w.councilId}/hearings/${hearingId}/response.docx`;

  it('makes the sent høringssvar a Word document with the council, date, recipient and approvals', async () => {
    const anja = w.api('anja');
    await anja
      .post('/hearings', {
        id: hearingId,
        title,
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    await w.api('kira').post(`/hearings/${hearingId}/inputs`, { text: 'Flere sengepladser' }).expect(200);
    await anja
      .post(`/hearings/${hearingId}/drafts`, {
        text: 'Rådet støtter aftalerne.\nRådet ønsker flere sengepladser.',
      })
      .expect(200);
    await anja.post(`/hearings/${hearingId}/approval-request`, { approvalDeadline: isoIn(5) }).expect(200);
    await w.api('kira').post(`/hearings/${hearingId}/approvals`, { approve: true }).expect(200);
    await w
      .api('rani')
      .post(`/hearings/${hearingId}/approvals`, { approve: false, comment: 'Mangler økonomi' })
      .expect(200);
    // Not sent yet: there is no høringssvar to make a document of.
    await w.t.http.get(docxPath()).set(w.t.auth(w.tokens.kira)).expect(409);
    await seatChair(w, { secretary: 'anja', chair: 'ole' });
    await w.api('ole').post(`/hearings/${hearingId}/sign-off`, {}).expect(200);
    await anja
      .post(`/hearings/${hearingId}/submission`, { recipient: 'Region Hovedstaden, Center for Sundhed' })
      .expect(200);
    const submittedAt = (await anja.get(`/hearings/${hearingId}`).expect(200)).body.submission
      .submittedAt as string;

    const res = await w.t.http
      .get(docxPath())
      .set(w.t.auth(w.tokens.kira))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-type']).toBe(DOCX);
    const text = docxText(unzipEntry(res.body as Buffer, 'word/document.xml'));
    const sentOn = new Intl.DateTimeFormat('da-DK', {
      timeZone: 'Europe/Copenhagen',
      dateStyle: 'long',
    }).format(new Date(submittedAt));
    expect(text).toEqual([
      'Udsatterådet',
      sentOn,
      'Til: Region Hovedstaden, Center for Sundhed',
      'Afgivet høringssvar',
      `Vedrørende: ${title} (Region Hovedstaden)`,
      'Rådet støtter aftalerne.',
      'Rådet ønsker flere sengepladser.',
      'Godkendelser',
      'Kira Madsen: godkendt',
      'Rani Olsen: gjorde indsigelse – Mangler økonomi',
      'Endeligt godkendt af formanden, ole trods indsigelse fra Rani Olsen',
    ]);
  });

  it('calls it "Afgivet høringssvar" on the page, and prints it to a PDF without menu or buttons', async () => {
    const { page, browser } = w;
    await w.signInAs('kira');
    await page.goto(`/#/hearings/${hearingId}`);
    const sent = page.getByTestId('sent-response');
    await sent.getByRole('heading', { name: 'Afgivet høringssvar' }).waitFor();
    expect(await page.getByText(/^Udkast \d+$/).count()).toBe(0);
    await sent.getByText('Rådet ønsker flere sengepladser.').waitFor();
    await browser.screenshot('documents-sent-response');

    const download = page.waitForEvent('download');
    await sent.getByRole('button', { name: 'Hent som Word-dokument' }).click();
    expect((await download).suggestedFilename()).toBe(`hoeringssvar-${hearingId}.docx`);

    expect(await printedControls(page)).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  it('prints every page of the menu without its menu, buttons or forms', async () => {
    const { page } = w;
    await w.signInAs('anja');
    const links = await page
      .locator('nav a')
      .evaluateAll((as) =>
        as.map((a) => (a as unknown as { getAttribute(n: string): string }).getAttribute('href')),
      );
    expect(links.length).toBeGreaterThan(3);
    for (const link of [...links, `#/hearings/${hearingId}`]) {
      await page.goto(`/${link}`);
      await page.locator('main h1').first().waitFor();
      expect({ link, controls: await printedControls(page) }).toEqual({ link, controls: 0 });
    }
  });
});
