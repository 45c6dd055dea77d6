/**
 * Issue 18.4 in Chromium on the real stack: a statement on the council's own initiative opened
 * without a deadline shows "ingen frist" where a deadline would be, on its page, in the list of
 * hearings and on the secretary's overview (after everything that has a deadline), and offers no
 * extension of a deadline it does not have.
 */
import { expectAccessible } from './support/axe';
import { browserSuite } from './support/browser';
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
});
