/**
 * Issue 18.4 in Chromium on the real stack: a budget proposal names the areas it concerns on the
 * page that creates it and on its edit panel (each once), its page and a follow-up's page show
 * them; read back from the API.
 */
import { expectAccessible } from './support/axe';
import { browserSuite, unlabelledFields } from './support/browser';
import { uniqueName } from './support/test-app';
import { followUpOfSubmittedHearing, isoIn, type PlanInput } from './support/web-cases';
import { STANDARD_PEOPLE, useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web case areas');
type Person = keyof typeof STANDARD_PEOPLE;

suite('cases tagged with the areas they concern', () => {
  let w: WebCouncil<Person>;
  useWebCouncil(STANDARD_PEOPLE, 'case-areas', { app: { runWorkers: false } }, (ready) => (w = ready));

  it('creates a proposal with its areas, changes them on its page, and shows a follow-up’s', async () => {
    const committee = 'Social- og psykiatriudvalget';
    const year = new Date().getFullYear() + 1;
    await w
      .api('anja')
      .post('/budget-cycles', {
        id: uniqueName('cycle'),
        year,
        milestones: [
          {
            id: 'first',
            kind: 'first-discussion',
            committee,
            date: isoIn(30),
            submissionDeadline: isoIn(23),
          },
        ],
      })
      .expect(201);
    const { page } = w;
    await w.signInAs('anja');
    await page.goto('/#/proposals');
    await page.getByRole('heading', { name: 'Nyt budgetforslag' }).waitFor();
    await page.getByLabel('Titel').fill('Natcafé i indre by');
    await page.getByLabel('Fremsat af').fill('Udsatterådet');
    await page.getByLabel('Problemet').fill('Der er for få steder at være om natten.');
    await page.getByLabel('Løsningsforslag').fill('En natcafé.');
    await page.getByLabel(`Løn (mio. kr.) ${year}`).fill('1.2');
    await page.getByLabel('Områder eller kommuner, sagen handler om').fill('indre by, Amager, indre by');
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opret forslag' }).click();
    await page.getByRole('heading', { name: 'Natcafé i indre by' }).waitFor();
    const id = decodeURIComponent(page.url().split('#/proposals/')[1]);
    const areasOf = async () =>
      (
        (
          await w
            .api('anja')
            .get(`/budget-proposals/${encodeURIComponent(id)}`)
            .expect(200)
        ).body as { areas: string[] }
      ).areas;
    expect(await areasOf()).toEqual(['indre by', 'Amager']);
    expect((await page.getByTestId('proposal-areas').innerText()).trim()).toBe('indre by, Amager');

    await page.locator('summary', { hasText: 'Ret forslaget' }).click();
    const field = page.locator('#edit-areas');
    expect(await field.inputValue()).toBe('indre by, Amager');
    await field.fill('indre by, Københavns Kommune');
    await page.getByRole('button', { name: 'Gem ændringerne' }).click();
    await page.getByTestId('proposal-areas').getByText('indre by, Københavns Kommune').waitFor();
    expect(await areasOf()).toEqual(['indre by', 'Københavns Kommune']);
    await expectAccessible(page, 'a budget proposal with its areas');

    const plan = {
      title: 'Natcaféen følges op',
      phases: [{ id: 'fase-1', name: 'Opstart', plannedStart: isoIn(10) }],
      milestones: [],
      areas: ['indre by', 'Vesterbro'],
    };
    const followUpId = await followUpOfSubmittedHearing(
      w,
      { secretary: 'anja', chair: 'ole' },
      plan as PlanInput,
    );
    await page.goto(`/#/follow-ups/${encodeURIComponent(followUpId)}`);
    await page.getByTestId('follow-up-areas').getByText('indre by, Vesterbro').waitFor();
    await expectAccessible(page, 'a follow-up with its areas');
  });
});
