/**
 * Issue 19's "safe and clear", in Chromium on the real stack (PostgreSQL, Redis): before the chair
 * signs off, the page names who objected (with the comment) and who has not answered, and nothing
 * happens until the chair confirms; approving minutes is asked twice too; a form on a case someone
 * changed since it was opened is refused (`If-Match`) and says who changed it and what, and the
 * fresh version is a click away; the API's refusals read in Danish. Every write is read back from
 * the API. Pages are saved under test/screenshots/safe-*.png.
 */
import type { Page } from 'playwright-core';
import { browserSuite, hearingStatusIs, type Browser } from './support/browser';
import { uniqueName } from './support/test-app';
import { isoIn, openBudgetCycle, seatChair } from './support/web-cases';
import { STANDARD_PEOPLE, useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web safe');

const PEOPLE = STANDARD_PEOPLE;
type Person = keyof typeof PEOPLE;
const COMMITTEE = 'Social- og psykiatriudvalget';

suite('confirmations, stale forms and Danish refusals in the pages', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;
  useWebCouncil(PEOPLE, 'safe', { app: { runWorkers: false } }, (started) => {
    w = started;
    ({ browser, page } = started);
  });
  const api = (person: Person = 'anja') => w.api(person);

  it('names the objections and the members who have not answered before the chair signs off', async () => {
    await seatChair(w, { secretary: 'anja', chair: 'ole' });
    const id = uniqueName('h');
    await api()
      .post('/hearings', {
        id,
        title: 'Høring om akutpsykiatri',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    await api().post(`/hearings/${id}/drafts`, { text: 'Rådet støtter forslaget' }).expect(200);
    await api()
      .post(`/hearings/${id}/approval-request`, { approvalDeadline: isoIn(10) })
      .expect(200);
    await api('kira')
      .post(`/hearings/${id}/approvals`, { approve: false, comment: 'Sengepladserne mangler' })
      .expect(200);

    await w.signInAs('ole');
    await page.goto(`/#/hearings/${id}`);
    await page.getByRole('button', { name: 'Godkend som formand' }).click();
    const question = page.getByTestId('sign-off-confirm');
    await question.getByText('Der er indsigelser fra Kira Madsen:').waitFor();
    await question.getByText('Sengepladserne mangler').waitFor();
    await question.getByText(/Rani Olsen.* har ikke svaret på udkast 1\./).waitFor();
    await browser.screenshot('safe-01-sign-off-question');
    // Not yet: nothing is signed off until the chair confirms.
    await question.getByRole('button', { name: 'Fortryd' }).click();
    const hearing = async () =>
      (await api().get(`/hearings/${id}`).expect(200)).body as { signOff?: { signedOffBy: string } };
    expect((await hearing()).signOff).toBeUndefined();

    await page.getByRole('button', { name: 'Godkend som formand' }).click();
    await page.getByRole('button', { name: 'Ja, godkend som formand' }).click();
    await hearingStatusIs(page, 'godkendt af formanden');
    expect((await hearing()).signOff?.signedOffBy).toBe('ole');
  }, 90_000);

  it('asks before approving the minutes', async () => {
    const id = uniqueName('m');
    await api()
      .post('/meetings', { id, startsAt: isoIn(-1), place: 'Online' })
      .expect(201);
    await api().post(`/meetings/${id}/agenda-items`, { title: 'Eventuelt' }).expect(201);
    const meeting = async () =>
      (await api().get(`/meetings/${id}`).expect(200)).body as {
        agenda: { id: string }[];
        minutes: { approved: boolean };
      };
    const [item] = (await meeting()).agenda;
    await api()
      .post(`/meetings/${id}/agenda-items/${item.id}/decision`, { decision: 'Taget til efterretning' })
      .expect(200);

    // Issue 17: the chair in office approves the minutes (or the secretary records the next meeting's approval).
    await seatChair(w, { secretary: 'anja', chair: 'ole' });
    await w.signInAs('ole');
    await page.goto(`/#/meetings/${id}`);
    await page.getByRole('button', { name: 'Godkend referatet' }).click();
    await page
      .getByTestId('minutes-confirm')
      .getByText('Referatet med 1 beslutninger bliver endeligt.', { exact: false })
      .waitFor();
    expect((await meeting()).minutes.approved).toBe(false);
    await page.getByRole('button', { name: 'Ja, godkend referatet' }).click();
    await page.getByText(/^Referatet er godkendt/).waitFor();
    expect((await meeting()).minutes.approved).toBe(true);
  }, 90_000);

  it('refuses a form on a case changed since it was opened, says by whom, and shows the fresh version', async () => {
    await seatChair(w, { secretary: 'anja', chair: 'ole' });
    const year = new Date().getFullYear() + 1;
    const cycleId = await openBudgetCycle(w, 'anja', year);
    const id = uniqueName('p');
    await api()
      .post('/budget-proposals', {
        id,
        cycleId,
        committee: COMMITTEE,
        title: 'Psykiatrisk gadeplansteam',
        proposedBy: 'Udsatterådet',
        problem: 'Borgere falder mellem region og kommune.',
        solution: 'Et gadeplansteam.',
        financingArea: 'social-area',
        costs: [{ year, salary: 1, operations: 0 }],
      })
      .expect(201);

    await w.signInAs('anja');
    await page.goto(`/#/proposals/${id}`);
    await page.locator('summary', { hasText: 'Ret forslaget' }).click();
    await page.getByLabel('Løsningsforslag').fill('Et gadeplansteam med sygeplejersker.');
    // Meanwhile the chair changes the solution.
    await w.t.http
      .patch(`/api/councils/${w.councilId}/budget-proposals/${id}`)
      .set(w.t.auth(w.tokens.ole))
      .send({ solution: 'Et gadeplansteam med socialrådgivere.' })
      .expect(200);
    await page.getByRole('button', { name: 'Gem ændringerne' }).click();
    const stale = page.getByRole('alert').getByTestId('stale-case');
    await stale.getByText('Sagen er ændret af ole, siden du åbnede den.', { exact: false }).waitFor();
    await browser.screenshot('safe-02-stale');
    const read = async () =>
      (await api().get(`/budget-proposals/${id}`).expect(200)).body as { solution: string };
    expect((await read()).solution).toBe('Et gadeplansteam med socialrådgivere.');

    await stale.getByRole('button', { name: 'Vis den nye udgave' }).click();
    await page.getByText('Et gadeplansteam med socialrådgivere.').first().waitFor();
  }, 90_000);

  it('says the API’s refusals in Danish: the kind of refusal, the field by its label, the rule in a sentence', async () => {
    const hearingId = uniqueName('h');
    await api()
      .post('/hearings', {
        id: hearingId,
        title: 'Høring om bostøtte',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    await api().post(`/hearings/${hearingId}/drafts`, { text: 'Udkast' }).expect(200);
    await seatChair(w, { secretary: 'anja', chair: 'ole' });
    await api('ole').post(`/hearings/${hearingId}/sign-off`, {}).expect(200);
    await api().post(`/hearings/${hearingId}/submission`, { recipient: 'Region Hovedstaden' }).expect(200);
    const followUpId = uniqueName('fu');
    await api()
      .post('/follow-ups', {
        id: followUpId,
        title: 'Bostøtten følges',
        implements: { kind: 'hearing', id: hearingId },
        responsible: 'Socialforvaltningen',
        phases: [{ id: 'fase-1', name: 'Opstart', plannedStart: isoIn(5) }],
      })
      .expect(201);
    await w.signInAs('anja');
    await page.goto(`/#/follow-ups/${followUpId}`);
    await page.locator('summary', { hasText: 'Revidér planen' }).click();
    await page.getByRole('button', { name: 'Revidér planen' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Det lykkedes ikke: Nogle af oplysningerne kan ikke bruges.').waitFor();
    await alert.getByText('Begrundelse: skal udfyldes (højst 5000 tegn)').waitFor();
    await browser.screenshot('safe-03-danish-refusal');
  }, 90_000);
});
