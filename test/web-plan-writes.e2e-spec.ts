/**
 * Issue 19, item 2's last writes from the pages, in Chromium on the real stack: a budget proposal
 * submitted after its committee's deadline is asked why (`lateReason`), and one is submitted to
 * another committee of the cycle than its form names; a follow-up is created with its milestones,
 * an indicator (comparator, period, baseline), grants of its own and a named responsible
 * secretary. The API's refusals are shown in Danish, naming the field; every write is read back
 * from the API, and every page saved under test/screenshots/plan-*.png is checked with axe.
 */
import type { Page } from 'playwright-core';
import { browserSuite, type Browser } from './support/browser';
import { uniqueName } from './support/test-app';
import { BUDGET_COMMITTEE, councilDay, isoIn, seatChair } from './support/web-cases';
import { useWebCouncil, type People, type WebCouncil } from './support/web-council';

const suite = browserSuite('web plan writes');

const PEOPLE = {
  anja: { name: 'Anja Holm', role: 'secretary' },
  bo: { name: 'Bo Berg', role: 'secretary' },
  kira: { name: 'Kira Madsen', role: 'member' },
  ole: { name: 'ole', role: 'chair' },
} as const satisfies People<string>;
type Person = keyof typeof PEOPLE;
const OTHER_COMMITTEE = 'Udvalget for forebyggelse';

interface ProposalBody {
  status: string;
  committee: string;
  submission?: { committee: string; late: boolean; submissionDeadline?: string };
}

suite('the pages’ submissions and whole follow-up plans', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;
  useWebCouncil(PEOPLE, 'plan', {}, (started) => {
    w = started;
    ({ browser, page } = started);
  });
  const api = (person: Person = 'anja') => w.api(person);
  const year = new Date().getFullYear() + 1;

  it('asks why a submission after the deadline is late, and submits to another committee', async () => {
    // The proposal's committee's deadline passed two days ago; the other committee's is ahead.
    const cycleId = uniqueName('cycle');
    await api()
      .post('/budget-cycles', {
        id: cycleId,
        year,
        milestones: [
          {
            id: 'first',
            kind: 'first-discussion',
            committee: BUDGET_COMMITTEE,
            date: isoIn(5),
            submissionDeadline: isoIn(-2),
          },
          {
            id: 'other',
            kind: 'first-discussion',
            committee: OTHER_COMMITTEE,
            date: isoIn(30),
            submissionDeadline: isoIn(20),
          },
        ],
      })
      .expect(201);
    const proposal = async (title: string) => {
      const id = uniqueName('p');
      await api()
        .post('/budget-proposals', {
          id,
          cycleId,
          committee: BUDGET_COMMITTEE,
          title,
          proposedBy: 'Udsatterådet',
          problem: 'Borgere falder mellem region og kommune.',
          solution: 'Et team.',
          financingArea: 'social-area',
          costs: [{ year, salary: 1, operations: 0 }],
        })
        .expect(201);
      return id;
    };
    const read = async (id: string) =>
      (await api().get(`/budget-proposals/${id}`).expect(200)).body as ProposalBody;
    const late = await proposal('Brobygning efter fristen');
    const other = await proposal('Forebyggende hjemmebesøg');

    await w.signInAs('anja');
    await page.goto(`/#/proposals/${late}`);
    await page.getByRole('heading', { name: 'Næste skridt: Indsend til udvalget' }).waitFor();
    const committee = page.getByLabel('Indsendes til udvalget');
    expect(await committee.inputValue()).toBe(BUDGET_COMMITTEE);
    const reason = page.getByLabel('Hvorfor kommer forslaget for sent?');
    await page.getByTestId('late-hint').getByText(`Fristen for ${BUDGET_COMMITTEE} var`).waitFor();
    // Only blanks: the browser lets it through, the API refuses, and the page says so in Danish.
    await reason.fill('   ');
    await page.getByRole('button', { name: 'Indsend til udvalget' }).click();
    await page.getByRole('alert').getByText('Hvorfor for sent:', { exact: false }).waitFor();
    expect((await read(late)).status).toBe('draft');

    await reason.fill('Skrevet efter prioriteringsmødet');
    await browser.screenshot('plan-01-late-submission');
    await page.getByRole('button', { name: 'Indsend til udvalget' }).click();
    await page.getByRole('heading', { name: 'Næste skridt: Registrér første drøftelse' }).waitFor();
    const submitted = await read(late);
    expect(submitted.status).toBe('submitted');
    expect(submitted.submission).toMatchObject({ committee: BUDGET_COMMITTEE, late: true });
    const history = (await api().get(`/budget-proposals/${late}/history`).expect(200)).body as {
      events: { type: string; data: { lateReason?: string } }[];
    };
    expect(history.events.find((e) => e.type === 'BudgetProposalSubmitted')?.data.lateReason).toBe(
      'Skrevet efter prioriteringsmødet',
    );

    // To the other committee, whose deadline is ahead: no reason is asked, and it is not late.
    await page.goto(`/#/proposals/${other}`);
    await page.getByRole('heading', { name: 'Næste skridt: Indsend til udvalget' }).waitFor();
    await reason.waitFor();
    await page.getByLabel('Indsendes til udvalget').selectOption(OTHER_COMMITTEE);
    await reason.waitFor({ state: 'detached' });
    await browser.screenshot('plan-02-other-committee');
    await page.getByRole('button', { name: 'Indsend til udvalget' }).click();
    await page.getByRole('heading', { name: 'Næste skridt: Registrér første drøftelse' }).waitFor();
    const moved = await read(other);
    expect(moved.committee).toBe(OTHER_COMMITTEE);
    expect(moved.submission).toMatchObject({ committee: OTHER_COMMITTEE, late: false });
  }, 120_000);

  it('creates a follow-up with milestones, an indicator, grants and a named responsible secretary', async () => {
    const hearingId = uniqueName('h');
    await api()
      .post('/hearings', {
        id: hearingId,
        title: 'Høring om brobygning',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    await api().post(`/hearings/${hearingId}/drafts`, { text: 'Rådet støtter brobygningen' }).expect(200);
    await seatChair(w, { secretary: 'anja', chair: 'ole' });
    await api('ole').post(`/hearings/${hearingId}/sign-off`, {}).expect(200);
    await api().post(`/hearings/${hearingId}/submission`, { recipient: 'Region Hovedstaden' }).expect(200);

    await w.signInAs('anja');
    await page.goto(`/#/hearings/${hearingId}`);
    await page.locator('summary', { hasText: 'Opret en opfølgning af høringssvaret' }).click();
    const field = (name: string) => page.locator(`#hearing-fu-${name}`);
    await field('title').fill('Brobygningen følges');
    await field('responsible').fill('Psykiatrien');
    await field('phase-start').fill(councilDay(10));
    await page.getByLabel(/^Ansvarlig sekretær/).selectOption('bo');
    await page.getByRole('button', { name: 'Tilføj en milepæl' }).click();
    await page.getByRole('button', { name: 'Tilføj en milepæl' }).click();
    await field('milestone-name-0').fill('Team ansat');
    await field('milestone-due-0').fill(councilDay(60));
    await field('milestone-name-1').fill('Første borgere');
    await field('milestone-due-1').fill(councilDay(120));
    await page.getByRole('button', { name: 'Tilføj en indikator' }).click();
    const indicator = page.getByRole('group', { name: 'Indikator 1' });
    await indicator.getByLabel('Navn').fill('Genindlæggelser');
    await indicator.getByLabel('Enhed').fill('pr. kvartal');
    await indicator.getByLabel('Målet er nået, når værdien er').selectOption('at-most');
    await indicator.getByLabel('Målet gælder pr.').selectOption('P3M');
    await indicator.getByLabel(/^Første periode begynder/).fill(councilDay(10));
    await indicator.getByLabel(/^Udgangspunkt/).fill('40');
    await page.getByRole('button', { name: 'Tilføj en bevilling' }).click();
    await field('grant-year-0').fill(String(year));
    await field('grant-amount-0').fill('1,5');
    // No target: the API refuses, and the page names the indicator's field in Danish.
    const create = page.getByRole('button', { name: 'Opret en opfølgning af høringssvaret' });
    await create.click();
    await page.getByRole('alert').getByText('Indikator 1, mål:', { exact: false }).waitFor();
    expect(page.url()).toContain(`#/hearings/${hearingId}`);
    await indicator.getByLabel('Mål', { exact: true }).fill('25');
    await browser.screenshot('plan-03-follow-up-plan');
    await create.click();
    await page.waitForURL(/#\/follow-ups\//);
    await page.getByRole('heading', { name: 'Brobygningen følges' }).waitFor();
    await browser.screenshot('plan-04-follow-up-created');

    const id = decodeURIComponent(page.url().split('#/follow-ups/')[1]);
    const followUp = (await api().get(`/follow-ups/${id}`).expect(200)).body as {
      responsible: { unit: string; secretaryPersonId: string };
      milestones: { name: string }[];
      indicators: {
        name: string;
        unit: string;
        comparator: string;
        target: number;
        period: string;
        baseline: number;
      }[];
      grants: { year: number; amount: number }[];
    };
    expect(followUp.responsible).toEqual({ unit: 'Psykiatrien', secretaryPersonId: 'bo' });
    expect(followUp.milestones.map((m) => m.name)).toEqual(['Team ansat', 'Første borgere']);
    expect(followUp.indicators).toHaveLength(1);
    expect(followUp.indicators[0]).toMatchObject({
      name: 'Genindlæggelser',
      unit: 'pr. kvartal',
      comparator: 'at-most',
      target: 25,
      period: 'P3M',
      baseline: 40,
    });
    expect(followUp.grants).toEqual([{ year, amount: 1.5 }]);
  }, 120_000);
});
