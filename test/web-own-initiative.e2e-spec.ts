/**
 * Issue 18.4 in Chromium on the real stack: the secretary opens a statement on the council's own
 * initiative from the page (origin, recipient, areas, no deadline); one opened without a deadline
 * shows "ingen frist" where a deadline would be, on its page, in the list of
 * hearings and on the secretary's overview (after everything that has a deadline), and offers no
 * extension of a deadline it does not have.
 */
import { expectAccessible } from './support/axe';
import { browserSuite, unlabelledFields } from './support/browser';
import { uniqueName } from './support/test-app';
import { isoIn } from './support/web-cases';
import { STANDARD_PEOPLE, useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web own initiative');
type Person = keyof typeof STANDARD_PEOPLE;

suite('a statement on the council’s own initiative without a deadline', () => {
  let w: WebCouncil<Person>;
  useWebCouncil(STANDARD_PEOPLE, 'own-initiative', { app: { runWorkers: false } }, (ready) => (w = ready));
  const statementId = uniqueName('egen');
  const hearingId = uniqueName('h');

  it('shows "ingen frist" on its page, in the list and on the overview, and offers no extension', async () => {
    const anja = w.api('anja');
    await anja
      .post('/hearings', {
        id: statementId,
        title: 'Udtalelse om herbergspladser',
        issuingBody: 'Udsatterådet',
        origin: 'own-initiative',
        recipient: 'Psykiatri- og socialudvalget',
      })
      .expect(201);
    await anja
      .post('/hearings', {
        id: hearingId,
        title: 'Høring om samarbejdsaftaler',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    const { page } = w;
    await w.signInAs('anja');

    await page.goto(`/#/hearings/${encodeURIComponent(statementId)}`);
    const deadline = page.getByTestId('response-deadline');
    await deadline.waitFor();
    expect((await deadline.innerText()).trim()).toBe('ingen frist');
    await page.getByRole('heading', { name: 'Udtalelse om herbergspladser' }).waitFor();
    expect(await page.getByText('Forlæng høringsfrist', { exact: false }).count()).toBe(0);
    await expectAccessible(page, 'an own-initiative statement without a deadline');

    await page.goto('/#/hearings');
    const card = page.locator('li.card', { hasText: 'Udtalelse om herbergspladser' });
    await card.getByText('ingen frist').waitFor();

    await page.goto('/#/');
    const items = page.getByTestId('due-item');
    await items.filter({ hasText: 'Udtalelse om herbergspladser' }).waitFor();
    const texts = await items.allInnerTexts();
    const statement = texts.findIndex((t) => t.includes('Udtalelse om herbergspladser'));
    const hearing = texts.findIndex((t) => t.includes('Høring om samarbejdsaftaler'));
    expect(texts[statement]).toContain('ingen frist');
    expect(hearing).toBeGreaterThanOrEqual(0);
    expect(statement).toBeGreaterThan(hearing);
  });

  it('opens a statement on its own initiative from the page: recipient required, no deadline, areas once', async () => {
    const { page } = w;
    await w.signInAs('anja');
    await page.goto('/#/hearings/new');
    await page.locator('#hearing-title').fill('Udtalelse om natcaféer');
    await page.locator('#issuing-body').fill('Udsatterådet');
    const deadline = page.locator('#response-deadline');
    // A formal hearing (the default) needs its deadline; the statement does not.
    expect(await deadline.evaluate((el) => (el as HTMLInputElement).required)).toBe(true);
    await page.getByLabel('Anledning').selectOption({ label: 'Udtalelse på eget initiativ' });
    expect(await deadline.evaluate((el) => (el as HTMLInputElement).required)).toBe(false);
    expect(await deadline.inputValue()).toBe('');
    await page.getByText('Kan udelades: en udtalelse på eget initiativ har ingen frist').waitFor();
    const recipient = page.getByLabel('Modtager af udtalelsen');
    expect(await recipient.evaluate((el) => (el as HTMLInputElement).required)).toBe(true);
    await recipient.fill('Psykiatri- og socialudvalget');
    await page
      .getByLabel('Områder eller kommuner, sagen handler om')
      .fill('indre by, Københavns Kommune, indre by');
    expect(await unlabelledFields(page)).toEqual([]);
    await expectAccessible(page, 'the open-hearing page with an own-initiative statement');
    await page.getByRole('button', { name: 'Ny høring' }).click();
    await page.waitForURL(/#\/hearings\/(?!new)/);
    const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);

    const saved = (
      await w
        .api('anja')
        .get(`/hearings/${encodeURIComponent(id)}`)
        .expect(200)
    ).body as {
      origin: string;
      recipient?: string;
      areas: string[];
      responseDeadline: string | null;
    };
    expect(saved).toMatchObject({
      origin: 'own-initiative',
      recipient: 'Psykiatri- og socialudvalget',
      areas: ['indre by', 'Københavns Kommune'],
      responseDeadline: null,
    });
    await page.getByRole('heading', { name: 'Udtalelse om natcaféer' }).waitFor();
    expect((await page.getByTestId('hearing-origin').innerText()).trim()).toBe('Udtalelse på eget initiativ');
    expect((await page.getByTestId('statement-recipient').innerText()).trim()).toBe(
      'Psykiatri- og socialudvalget',
    );
    expect((await page.getByTestId('hearing-areas').innerText()).trim()).toBe('indre by, Københavns Kommune');
    expect((await page.getByTestId('response-deadline').innerText()).trim()).toBe('ingen frist');
    await expectAccessible(page, 'an own-initiative statement opened from the page');
  });
});
