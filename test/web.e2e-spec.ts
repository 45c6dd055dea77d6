/**
 * Issue 9 in a real browser: Debian's Chromium (headless, playwright-core) on the real stack
 * (PostgreSQL, Redis, BullMQ workers), the web app served by the API at `/`. A secretary opens a
 * hearing, a member gives input, the secretary drafts from it and sends it for approval, a
 * member approves and another objects, the chair signs off, the secretary records the
 * submission; an evaluator opens the chain picture and moves back to before the submission.
 * Every page is saved under test/screenshots/; with WEB_DOCS_SCREENSHOTS=1 the overview, the
 * secretary's hearing (inputs side by side, the draft) and the chain picture are copied to docs/
 * for the README.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sign } from 'jsonwebtoken';
import type { Page } from 'playwright-core';
import {
  browserSuite,
  buildWebApp,
  hearingStatusIs,
  launchBrowser,
  signIn,
  unlabelledFields as unlabelledFieldsOf,
  SCREENSHOTS,
  type Browser,
} from './support/browser';
import { startTestApp, uniqueName, type TestApp } from './support/test-app';

const suite = browserSuite('web');

const DAY = 24 * 3600 * 1000;
const DOCS = resolve(__dirname, '../docs');

const PEOPLE = {
  anja: { name: 'Anja Holm', role: 'secretary' },
  kira: { name: 'Kira Madsen', role: 'member' },
  rani: { name: 'Rani Olsen', role: 'member' },
  ole: { name: 'Ole Berg', role: 'chair' },
  // Evaluators are not among the council's people, so the page greets them by id.
  eva: { name: 'eva', role: 'evaluator' },
} as const;
type Person = keyof typeof PEOPLE;

suite('the web app in Chromium (issue 9)', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let webDir: string;
  let councilId: string;
  let hearingId = '';
  let proposalId = '';
  const tokens = {} as Record<Person, string>;

  beforeAll(async () => {
    webDir = buildWebApp();
    process.env.WEB_DIR = webDir;
    t = await startTestApp();
    councilId = uniqueName('udsatteraad');
    const admin = t.auth(t.token({ personId: 'admin-1', role: 'admin' }));
    const base = `/api/councils/${councilId}`;
    await t.http
      .post('/api/councils')
      .set(admin)
      .send({
        id: councilId,
        name: 'Udsatterådet',
        timeZone: 'Europe/Copenhagen',
        reminderOffsets: ['P7D', 'P2D'],
      })
      .expect(201);
    // The secretariat keeps the council's people (issue 3); the admin only creates the council.
    const setUp = t.auth(t.token({ personId: 'anja', role: 'secretary', councilId }));
    for (const [i, id] of (['kira', 'rani', 'ole'] as const).entries())
      await t.http
        .post(`${base}/members`)
        .set(setUp)
        .send({
          personId: id,
          name: PEOPLE[id].name,
          organisation: `Organisation ${i + 1}`,
          email: `${id}@example.org`,
        })
        .expect(201);
    await t.http
      .post(`${base}/chair`)
      .set(setUp)
      .send({ personId: 'ole' })
      .expect((r) => expect(r.status).toBeLessThan(300));
    await t.http
      .post(`${base}/secretaries`)
      .set(setUp)
      .send({ personId: 'anja', name: PEOPLE.anja.name, email: 'anja@example.org' })
      .expect(201);
    for (const id of Object.keys(PEOPLE) as Person[])
      tokens[id] = t.token({ personId: id, role: PEOPLE[id].role, councilId });
    browser = await launchBrowser(t.url);
    page = browser.page;
  }, 120_000);

  // The page as it was when a step failed, for a person to look at.
  afterEach(async () => {
    await browser?.screenshot('last').catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    delete process.env.WEB_DIR;
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  const api = (person: Person) => ({
    post: (path: string, body: object) =>
      t.http.post(`/api/councils/${councilId}${path}`).set(t.auth(tokens[person])).send(body),
    get: (path: string) => t.http.get(`/api/councils/${councilId}${path}`).set(t.auth(tokens[person])),
  });

  const signInAs = (person: Person) => signIn(page, tokens[person], PEOPLE[person].name);

  const unlabelledFields = () => unlabelledFieldsOf(page);

  const statusIs = (text: string) => hearingStatusIs(page, text);

  it('refuses a token that is not one and shows the sign-in page', async () => {
    await page.goto('/');
    await page.getByLabel('Adgangstoken').fill('not-a-token');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('alert').getByText('Det ligner ikke et gyldigt token.').waitFor();
    await browser.screenshot('01-sign-in');

    // A well-formed token the API does not accept (another secret) ends the session, saying why.
    const forged = sign({ sub: 'kira', role: 'member', council: councilId }, 'not-the-secret');
    await page.getByLabel('Adgangstoken').fill(forged);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page
      .getByRole('alert')
      .getByText(/API’et godtager ikke længere dit token.*401/)
      .waitFor();
    expect(await page.evaluate<string | null>(`localStorage.getItem('council-engine.token')`)).toBeNull();
  });

  it('takes a hearing from opening to submission through the pages of three roles', async () => {
    // The secretary opens the hearing.
    await signInAs('anja');
    expect(await page.getByTestId('who-am-i').textContent()).toContain('Anja Holm · sekretær · Udsatterådet');
    await page.getByRole('link', { name: 'Ny høring' }).click();
    await page
      .getByLabel('Titel', { exact: true })
      .fill('Høring vedr. reviderede samarbejdsaftaler om borgere med psykisk sygdom');
    await page.getByLabel('Afsender').fill('Region Hovedstaden');
    await page.getByLabel('Materialets titel').fill('Reviderede samarbejdsaftaler');
    await page.getByLabel('Link til materialet').fill('https://www.regionh.dk/hoering/samarbejdsaftaler');
    await browser.screenshot('02-secretary-open-hearing');
    await page.getByRole('button', { name: 'Ny høring' }).click();
    await page.getByRole('heading', { name: /samarbejdsaftaler/ }).waitFor();
    hearingId = decodeURIComponent(page.url().split('#/hearings/')[1]);
    expect(hearingId).toBeTruthy();
    await statusIs('åben for input');

    // A budget calendar and a proposal that grows out of the hearing, through the pages; a
    // meeting through the API: the overview then has more than the hearing to put in order.
    const committee = 'Social- og psykiatriudvalget';
    const local = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10) + 'T15:00';
    await page.getByRole('link', { name: 'Budgetforslag' }).click();
    await page.getByText('Der er ingen budgetproces endnu.', { exact: false }).waitFor();
    await page.getByText('Ny budgetproces').click();
    await page.getByLabel('Budgetår').fill(String(new Date().getFullYear() + 1));
    await page.getByLabel('Udvalg').fill(committee);
    await page.getByLabel(/Rådets frist for at indsende forslag/).fill(local(23));
    await page.getByLabel(/Første drøftelse/).fill(local(30));
    await page.getByLabel(/Prioritering/).fill(local(45));
    await page.getByLabel(/Endelig godkendelse/).fill(local(60));
    // Issue 19: the cycle's own reminders, starting from the council's.
    await page.getByLabel('3 dage før').check();
    await page.getByRole('button', { name: 'Opret budgetproces' }).click();
    await page.getByRole('heading', { name: 'Nyt budgetforslag' }).waitFor();
    const cycles = (await api('anja').get('/budget-cycles').expect(200)).body as {
      reminderOffsets: string[];
    }[];
    expect(cycles.map((c) => c.reminderOffsets)).toEqual([['P7D', 'P3D', 'P2D']]);
    await page.getByLabel('Titel').fill('Psykiatrisk gadeplansteam');
    await page.getByLabel('Fremsat af').fill('Udsatterådet');
    await page
      .getByLabel('Problemet')
      .fill('Borgere med psykisk sygdom og misbrug falder mellem region og kommune.');
    await page.getByLabel('Løsningsforslag').fill('Et gadeplansteam, der bygger bro ved udskrivning.');
    await page.getByLabel('Udspringer af høringen').selectOption(hearingId);
    const year = new Date().getFullYear() + 1;
    await page.getByLabel(`Løn (mio. kr.) ${year}`).fill('1.8');
    await page.getByLabel(`Øvrig drift (mio. kr.) ${year}`).fill('0.2');
    await browser.screenshot('03-secretary-new-proposal');
    await page.getByRole('button', { name: 'Opret forslag' }).click();
    await page.getByRole('heading', { name: 'Psykiatrisk gadeplansteam' }).waitFor();
    proposalId = decodeURIComponent(page.url().split('#/proposals/')[1]);
    await page.getByTestId('proposal-status').getByText('kladde').waitFor();
    await api('anja')
      .post('/meetings', {
        id: 'next-meeting',
        startsAt: new Date(Date.now() + 9 * DAY).toISOString(),
        place: 'Regionsgården, lokale 2',
      })
      .expect(201);

    // The overview says who has not given input, soonest first.
    await page.goto('/');
    await page.getByRole('heading', { name: 'Hvad skal ske – det snareste først' }).waitFor();
    await page.getByText('Mangler input fra: Kira Madsen, Rani Olsen, Ole Berg').waitFor();
    const due = await page.getByTestId('due-item').allTextContents();
    expect(due).toHaveLength(3);
    expect(due[0]).toContain('Næste møde');
    expect(due[1]).toContain('Inputfrist');
    expect(due[2]).toContain('Afleveringsfrist til Social- og psykiatriudvalget');
    await browser.screenshot('04-secretary-overview');
    await page.getByRole('link', { name: 'Næste møde' }).click();
    await page.getByRole('heading', { name: /Ekstraordinært rådsmøde/ }).waitFor();
    await page.getByText('Regionsgården, lokale 2').waitFor();
    await browser.screenshot('05-secretary-meeting');

    // A member sees what waits for her and gives input.
    await signInAs('kira');
    await page.getByRole('heading', { name: 'Det venter på dig' }).waitFor();
    await page
      .getByTestId('due-item')
      .filter({ hasText: 'Dit input til høringen' })
      .getByRole('link')
      .click();
    await page
      .getByLabel('Giv input')
      .fill('Særlige afsnit om borgere med samtidig psykisk sygdom og misbrug skal styrkes');
    await page.getByRole('button', { name: 'Giv input' }).click();
    await page
      .getByTestId('input-card')
      .filter({ hasText: 'Kira Madsen' })
      .getByText('misbrug skal styrkes')
      .waitFor();
    // ... and revises it.
    await page
      .getByLabel('Ret dit input')
      .fill(
        'Særlige afsnit om borgere med samtidig psykisk sygdom og misbrug skal styrkes, også ved udskrivning',
      );
    await page.getByRole('button', { name: 'Ret dit input' }).click();
    await page
      .getByTestId('input-card')
      .filter({ hasText: 'Kira Madsen' })
      .getByText('også ved udskrivning')
      .waitFor();
    expect(await unlabelledFields()).toEqual([]);
    await browser.screenshot('06-member-input');

    // The secretary sees the inputs side by side, drafts from them and sends for approval.
    await signInAs('anja');
    await page.getByRole('link', { name: /samarbejdsaftaler/ }).click();
    await page.getByRole('button', { name: 'Indsæt valgte input i udkastet' }).click();
    const draft = page.getByRole('textbox', { name: 'Udkast til høringssvar' });
    expect(await draft.inputValue()).toContain('også ved udskrivning (Kira Madsen)');
    await draft.fill(
      `Udsatterådet takker for muligheden for at afgive høringssvar.\n${await draft.inputValue()}`,
    );
    await page.getByRole('button', { name: 'Gem udkast' }).click();
    await page.getByText('Udkast 1').first().waitFor();
    await statusIs('svar under udarbejdelse');
    expect(await unlabelledFields()).toEqual([]);
    await browser.screenshot('07-secretary-draft');
    // A refusal is shown in the API's own words, and the form stays as it was.
    const approvalDeadline = page.getByLabel(/Frist for godkendelse/);
    const proposed = await approvalDeadline.inputValue();
    await approvalDeadline.fill('2099-01-01T12:00');
    await page.getByRole('button', { name: 'Send til godkendelse' }).click();
    await page
      .getByRole('alert')
      .getByText('approvalDeadline must not be after the responseDeadline')
      .waitFor();
    await statusIs('svar under udarbejdelse');
    await approvalDeadline.fill(proposed);
    await page.getByRole('button', { name: 'Send til godkendelse' }).click();
    await statusIs('venter på godkendelse');
    await page.getByRole('link', { name: 'Overblik' }).click();
    await page.getByText('Mangler svar fra: Kira Madsen, Rani Olsen, Ole Berg').waitFor();

    // The member approves.
    await signInAs('kira');
    await page
      .getByTestId('due-item')
      .filter({ hasText: 'Din godkendelse af høringssvaret' })
      .getByRole('link')
      .click();
    await page.getByRole('button', { name: 'Godkend', exact: true }).click();
    await page
      .getByTestId('approval-answer')
      .filter({ hasText: 'Kira Madsen' })
      .getByText('godkendt')
      .waitFor();
    await browser.screenshot('08-member-approved');

    // Another member objects: without a comment the API refuses and the page says why.
    await signInAs('rani');
    await page
      .getByTestId('due-item')
      .filter({ hasText: 'Din godkendelse af høringssvaret' })
      .getByRole('link')
      .click();
    await page.getByRole('button', { name: 'Gør indsigelse' }).click();
    await page.getByRole('alert').getByText('en indsigelse skal have en kommentar').waitFor();
    await page.getByLabel('Kommentar (krævet ved indsigelse)').fill('Hjemløse borgere skal nævnes eksplicit');
    await page.getByRole('button', { name: 'Gør indsigelse' }).click();
    await page
      .getByTestId('approval-answer')
      .filter({ hasText: 'Rani Olsen' })
      .getByText('indsigelse')
      .waitFor();

    // The chair signs off (seed 001: the chair speaks for the council).
    await signInAs('ole');
    await page
      .getByTestId('due-item')
      .filter({ hasText: 'Formandens godkendelse' })
      .getByRole('link')
      .click();
    await page.getByRole('button', { name: 'Godkend som formand' }).click();
    await page.getByRole('button', { name: 'Ja, godkend som formand' }).click();
    await statusIs('godkendt af formanden');

    // The secretary records the submission.
    await signInAs('anja');
    await page.goto(`/#/hearings/${encodeURIComponent(hearingId)}`);
    await page.getByLabel('Modtager').fill('Region Hovedstaden, Center for Sundhed');
    await page.getByRole('button', { name: 'Registrér aflevering' }).click();
    await statusIs('afleveret');
    await page.getByText(/Afleveret .* til Region Hovedstaden, Center for Sundhed/).waitFor();
    await browser.screenshot('09-secretary-submitted');
  }, 120_000);

  it('moves the proposal on, then shows the evaluator the chain as a picture and the case before the submission', async () => {
    expect(hearingId).toBeTruthy();

    // The secretary moves the proposal through its calendar on its page ...
    await signInAs('anja');
    await page.goto(`/#/proposals/${encodeURIComponent(proposalId)}`);
    await page.getByRole('button', { name: 'Indsend til udvalget' }).click();
    await page.getByTestId('proposal-status').getByText('afleveret').waitFor();
    await page.getByRole('button', { name: 'Registrér første drøftelse' }).click();
    // The committee's meeting is still ahead: the page says so and asks again (issue 19).
    await page.getByTestId('step-confirm').getByRole('button', { name: 'Registrér alligevel' }).click();
    await page.getByTestId('proposal-status').getByText('drøftet').waitFor();
    await browser.screenshot('10-secretary-proposal');
    // ... and the rest of the way to adoption and a follow-up, through the API.
    const year = new Date().getFullYear() + 1;
    for (const [step, body] of [
      ['prioritisation', { rank: 1 }],
      ['committee-approval', {}],
      ['negotiation', {}],
      ['decision', { outcome: 'adopted', grants: [{ year, amount: 2 }] }],
    ] as const)
      await api('anja').post(`/budget-proposals/${proposalId}/${step}`, body).expect(200);
    await api('anja')
      .post(`/budget-proposals/${proposalId}/follow-up`, {
        id: 'gadeplan-drift',
        title: 'Gadeplansteamet i drift',
        responsible: 'Psykiatrien',
        phases: [
          { id: 'fase-1', name: 'Opstart', plannedStart: new Date(Date.now() + 60 * DAY).toISOString() },
        ],
        indicators: [{ id: 'brobygninger', name: 'Brobygninger', unit: 'per year', target: 600 }],
        reportEvery: 'P3M',
      })
      .expect(201);
    // A status report in one short form.
    await page.goto('/#/follow-ups/gadeplan-drift');
    await page.getByLabel('Status i én sætning').fill('Teamet er ansat; de første brobygninger er i gang');
    await page.getByLabel(/Brobygninger/).fill('12');
    await page.getByRole('button', { name: 'Registrér statusrapport' }).click();
    await page.getByRole('listitem').getByText('Teamet er ansat; de første brobygninger er i gang').waitFor();
    await browser.screenshot('11-secretary-follow-up-report');

    await signInAs('eva');
    await page.getByRole('heading', { name: 'Rådets tidslinje' }).waitFor();
    await page.getByTestId('timeline-entry').first().waitFor();
    await browser.screenshot('12-evaluator-timeline');

    await page
      .locator(`a[href="#/cases/hearings/${encodeURIComponent(hearingId)}"]`)
      .first()
      .click();
    const svg = page.getByTestId('chain-svg');
    await svg.waitFor();
    await page.getByTestId('chain-box').nth(2).waitFor();
    expect(await page.getByTestId('chain-box').count()).toBe(3);
    expect(await svg.textContent()).toContain('udspringer af');
    expect(await svg.textContent()).toContain('gennemfører');
    await page.getByTestId('as-of-status').getByText('afleveret').waitFor();
    await browser.screenshot('13-evaluator-chain');

    // One step back on the slider: after the chair's sign-off, before the submission.
    const slider = page.getByLabel(/Efter hændelse/);
    const total = Number(await slider.getAttribute('max'));
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.getByLabel(`Efter hændelse ${total - 1} af ${total}`).waitFor();
    await page.getByTestId('as-of-status').getByText('godkendt af formanden', { exact: true }).waitFor();
    await browser.screenshot('14-evaluator-as-of-before-submission');

    // The date field: a time before the hearing existed says so.
    await page.getByLabel(/Dato og tid/).fill('2020-01-01T12:00');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.getByText('Sagen fandtes ikke på det tidspunkt.').waitFor();

    // The README's pictures change only when asked for, so a test run leaves the checkout clean.
    if (process.env.WEB_DOCS_SCREENSHOTS === '1') {
      mkdirSync(DOCS, { recursive: true });
      copyFileSync(join(SCREENSHOTS, '04-secretary-overview.png'), join(DOCS, 'web-secretary-overview.png'));
      copyFileSync(join(SCREENSHOTS, '07-secretary-draft.png'), join(DOCS, 'web-secretary-hearing.png'));
      copyFileSync(join(SCREENSHOTS, '13-evaluator-chain.png'), join(DOCS, 'web-evaluator-chain.png'));
    }
  }, 90_000);

  it('shows the report page, in English too, and fits a phone', async () => {
    await page.goto('/#/report');
    await page.getByRole('heading', { name: 'Evalueringsrapport' }).waitFor();
    await page.getByTestId('report-charts').getByText('Høringer besvaret til tiden pr. år').waitFor();
    expect(
      await page.getByRole('img', { name: /Bevilget pr\. budgetår/ }).getAttribute('aria-label'),
    ).toContain(`${new Date().getFullYear() + 1} 2`);
    await browser.screenshot('15-evaluator-report');
    for (const [button, needle] of [
      // A Danish spreadsheet's CSV: `;` between cells, Danish names (issue 19).
      ['Hent CSV', 'Høringer › besvaret til tiden;'],
      ['Hent Markdown', '#'],
    ]) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const path = await download.path();
      expect(readFileSync(path, 'utf8')).toContain(needle);
    }

    await page.getByLabel('Sprog').selectOption('en');
    await page.getByRole('heading', { name: 'Evaluation report' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Language').selectOption('da');

    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs('anja');
    await page.getByRole('heading', { name: 'Hvad skal ske – det snareste først' }).waitFor();
    const overflow = await page.evaluate<number>(
      // A string: the suite's TypeScript has no DOM types.
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await browser.screenshot('16-secretary-overview-phone');
    await page.setViewportSize({ width: 1200, height: 900 });
  }, 60_000);
});
