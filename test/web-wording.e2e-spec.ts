/**
 * Issue 19's "Danish as the seeds write it" and "readable for evaluators", in Chromium on the real
 * stack: financing areas as seed 002's budget form names them, decimal commas, no doubled words
 * ("Høring: Høring vedr. …", "Start fasen Fase 1"), whole sentences about the meeting plan, a
 * resigned chair named in the timeline rather than shown by id; the evaluation report's chart
 * text drawn at 12 px or more, every current member in "Input pr. medlem" (0 for no input), and
 * "Sagen, som den stod" with the inputs given, the draft and the answers, counting only given
 * input. Pages are saved under test/screenshots/wording-*.png.
 */
import type { Page } from 'playwright-core';
import { browserSuite, type Browser } from './support/browser';
import { uniqueName } from './support/test-app';
import { isoIn, openBudgetCycle } from './support/web-cases';
import { useWebCouncil, type People, type WebCouncil } from './support/web-council';

const suite = browserSuite('web wording');

const PEOPLE = {
  anja: { name: 'Anja Holm', role: 'secretary' },
  kira: { name: 'Kira Madsen', role: 'member' },
  rani: { name: 'Rani Olsen', role: 'member' },
  eva: { name: 'eva', role: 'evaluator' },
} as const satisfies People<string>;
type Person = keyof typeof PEOPLE;
const COMMITTEE = 'Social- og psykiatriudvalget';

suite('Danish wording and the evaluator’s reading in the pages', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;
  useWebCouncil(PEOPLE, 'wording', { app: { runWorkers: false } }, (started) => {
    w = started;
    ({ browser, page } = started);
  });
  const api = (person: Person = 'anja') => w.api(person);
  const year = new Date().getFullYear() + 1;

  it('names financing areas as the budget form does, writes decimal commas and says nothing twice', async () => {
    const cycleId = await openBudgetCycle(w, 'anja', year);
    const proposalId = uniqueName('p');
    await api()
      .post('/budget-proposals', {
        id: proposalId,
        cycleId,
        committee: COMMITTEE,
        title: 'Flexklinik',
        proposedBy: 'Udsatterådet',
        problem: 'Lange ventetider.',
        solution: 'En klinik.',
        financingArea: 'regional-development-fund',
        costs: [{ year, salary: 1.25, operations: 0.25 }],
      })
      .expect(201);
    await w.signInAs('anja');
    await page.goto(`/#/proposals/${proposalId}`);
    await page.getByText('Den regionale udviklingskasse').first().waitFor();
    await page.getByText(`${year}: 1,5`).first().waitFor();

    // A whole sentence about a full meeting plan.
    await api()
      .post('/meeting-plan', {
        year,
        meetings: [1, 2, 3, 4].map((q) => ({
          startsAt: `${year}-0${q * 2}-10T14:00:00+01:00`,
          place: 'Online',
        })),
      })
      .expect(201);
    await page.goto('/#/meetings');
    await page.getByText('4 ordinære møder, som rådet skal holde om året.', { exact: false }).waitFor();

    // A hearing whose title says it is a hearing, and a phase named "Fase 1".
    const hearingId = uniqueName('h');
    await api()
      .post('/hearings', {
        id: hearingId,
        title: 'Høring vedr. bostøtte',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    await page.goto(`/#/cases/hearings/${hearingId}`);
    await page.getByRole('heading', { name: 'Høring vedr. bostøtte', exact: true }).waitFor();
    expect(await page.getByText('Høring: Høring').count()).toBe(0);

    await api().post(`/hearings/${hearingId}/drafts`, { text: 'Udkast' }).expect(200);
    await api()
      .post('/members', {
        personId: 'tove',
        name: 'Tove Lund',
        organisation: 'Organisation tove',
        email: 'tove@example.org',
      })
      .expect(201);
    await api().post('/chair', { personId: 'tove' }).expect(200);
    await w.t.http
      .post(`/api/councils/${w.councilId}/hearings/${hearingId}/sign-off`)
      .set(w.t.auth(w.t.token({ personId: 'tove', role: 'chair', councilId: w.councilId })))
      .send({})
      .expect(200);
    await api().post(`/hearings/${hearingId}/submission`, { recipient: 'Region Hovedstaden' }).expect(200);
    const followUpId = uniqueName('fu');
    await api()
      .post('/follow-ups', {
        id: followUpId,
        title: 'Bostøtten følges',
        implements: { kind: 'hearing', id: hearingId },
        responsible: 'Socialforvaltningen',
        phases: [{ id: 'fase-1', name: 'Fase 1', plannedStart: isoIn(5) }],
      })
      .expect(201);
    await page.goto(`/#/follow-ups/${followUpId}`);
    await page.getByRole('button', { name: 'Start Fase 1', exact: true }).waitFor();

    // The chair resigns: the timeline still names her.
    await w.t.http
      .delete(`/api/councils/${w.councilId}/members/tove`)
      .set(w.t.auth(w.tokens.anja))
      .expect(200);
    await w.signInAs('eva');
    await page.getByText('Tove Lund valgt som formand').first().waitFor();
    expect(await page.getByText('tove valgt som formand').count()).toBe(0);
    await browser.screenshot('wording-01-timeline');
  }, 120_000);

  it('draws chart text at 12 px or more, lists members without input, and shows the case as it stood', async () => {
    const hearingId = uniqueName('h');
    await api()
      .post('/hearings', {
        id: hearingId,
        title: 'Høring om akutpsykiatri',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    await api('kira').post(`/hearings/${hearingId}/inputs`, { text: 'Flere sengepladser' }).expect(200);
    await api()
      .post(`/hearings/${hearingId}/drafts`, { text: 'Rådet ønsker flere sengepladser' })
      .expect(200);

    await w.signInAs('eva');
    await page.goto(`/#/cases/hearings/${hearingId}`);
    const state = page.getByTestId('as-of-state');
    await state.getByTestId('as-of-inputs').getByText('Flere sengepladser').waitFor();
    await state.getByTestId('as-of-draft').getByText('Rådet ønsker flere sengepladser').waitFor();
    // Kira gave input; Rani was invited and did not: one input, not two.
    await state.locator('dt', { hasText: 'Input fra medlemmerne' }).waitFor();
    expect(await state.locator('dt:has-text("Input fra medlemmerne") + dd').textContent()).toBe('1');
    await browser.screenshot('wording-02-as-of');

    await page.goto('/#/report');
    const charts = page.getByTestId('report-charts');
    await charts.locator('svg').first().waitFor();
    const byMember = charts.locator('figure', { hasText: 'Input pr. medlem' }).locator('svg');
    const label = (await byMember.getAttribute('aria-label')) ?? '';
    expect(label).toContain('Kira Madsen 1');
    expect(label).toContain('Rani Olsen 0');
    // Every chart text as drawn: its font size times the SVG's scale on screen.
    const drawn = await page.evaluate<number[]>(
      `[...document.querySelectorAll('[data-testid="report-charts"] svg text')].map((el) =>
        parseFloat(getComputedStyle(el).fontSize) * el.getScreenCTM().a)`,
    );
    expect(drawn.length).toBeGreaterThan(0);
    expect(Math.min(...drawn)).toBeGreaterThanOrEqual(12);
    await browser.screenshot('wording-03-report');
  }, 120_000);
});
