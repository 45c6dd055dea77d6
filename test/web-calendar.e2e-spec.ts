/**
 * What the API gained before the pages offered it, in Chromium on the real stack (PostgreSQL,
 * Redis): the secretary invites members appointed after a hearing opened (one who lost her seat
 * meanwhile shows the API's refusal) and moves the approval deadline of a draft already sent; a
 * follow-up's plan revision adds a phase and a milestone and drops what nothing has happened to
 * (a phase that ends before it starts is refused), and the revision lists what it added and
 * dropped; a budget cycle's calendar page takes an added meeting (a council deadline after it is
 * refused), moves it and cancels one still ahead, which stays there marked. Every step is read back from
 * the API; every date is typed in the council's zone. Pages are saved under
 * test/screenshots/calendar-*.png.
 */
import type { Page } from 'playwright-core';
import { browserSuite, unlabelledFields, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { uniqueName } from './support/test-app';
import { councilDay, councilTime, followUpOfSubmittedHearing, isoIn } from './support/web-cases';
import { STANDARD_PEOPLE, useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web calendar');

const PEOPLE = STANDARD_PEOPLE;
type Person = keyof typeof PEOPLE;

suite('the web app’s invitations, plan changes and budget calendar in Chromium', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;

  // No deadline fires here, so no workers: the suite stays short.
  useWebCouncil(PEOPLE, 'calendar', { app: { runWorkers: false } }, (started) => {
    w = started;
    ({ browser, page } = started);
  });

  const api = () => w.api('anja');
  const appoint = (personId: string, name: string, organisation: string) =>
    api()
      .post('/members', { personId, name, organisation, email: `${personId}@example.org` })
      .expect(201);

  it('lets the secretary invite members appointed after the hearing opened, and shows the API’s refusal of one who left', async () => {
    const id = uniqueName('h');
    await api()
      .post('/hearings', {
        id,
        title: 'Høring om botilbud',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    await appoint('dora', 'Dora Dam', 'Organisation dora');
    await appoint('eva', 'Eva Eng', 'Organisation eva');
    const invited = async () =>
      ((await api().get(`/hearings/${id}`).expect(200)).body as { invited: string[] }).invited;

    await w.signInAs('anja');
    await page.goto(`/#/hearings/${id}`);
    const panel = page.locator('form', {
      has: page.getByRole('heading', { name: 'Medlemmer, der ikke er inviteret' }),
    });
    await panel.getByLabel('Dora Dam (Organisation dora)').check();
    await panel.getByLabel('Eva Eng (Organisation eva)').check();
    expect(await panel.getByRole('checkbox').count()).toBe(2);
    expect(await unlabelledFields(page)).toEqual([]);

    // Meanwhile Frank takes Eva's organisation's seat: she is no longer a member, and the API says so.
    await appoint('frank', 'Frank Friis', 'Organisation eva');
    await panel.getByRole('button', { name: 'Invitér til at give input' }).click();
    await panel.getByRole('alert').getByText('not current members of the council: eva').first().waitFor();
    await panel
      .getByRole('alert')
      .getByText(/^Medlemmer:/)
      .waitFor();
    expect(await invited()).toEqual(['kira', 'rani']);
    await browser.screenshot('calendar-01-invitation-refused');

    // The refusal read the council again: Eva is gone from the list and Frank is in it.
    await panel.getByLabel('Frank Friis (Organisation eva)').check();
    expect(await panel.getByLabel('Eva Eng (Organisation eva)').count()).toBe(0);
    expect(await panel.getByLabel('Dora Dam (Organisation dora)').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Invitér til at give input' }).press('Enter');
    const cards = page.getByTestId('input-card');
    await cards.filter({ hasText: 'Frank Friis' }).waitFor();
    await cards.filter({ hasText: 'Dora Dam' }).getByText('Intet input endnu').waitFor();
    expect(await invited()).toEqual(['kira', 'rani', 'dora', 'frank']);
    // Everyone current is invited now, so there is no one left to offer.
    expect(await panel.count()).toBe(0);
    await browser.screenshot('calendar-02-invited');
  }, 30_000);

  it('moves the approval deadline of the draft already sent, and the answer given stands', async () => {
    const id = uniqueName('h');
    await api()
      .post('/hearings', {
        id,
        title: 'Høring om akuthjælp',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    await api().post(`/hearings/${id}/drafts`, { text: 'Rådets udkast' }).expect(200);
    await api()
      .post(`/hearings/${id}/approval-request`, { approvalDeadline: isoIn(5) })
      .expect(200);
    await w.api('kira').post(`/hearings/${id}/approvals`, { approve: true }).expect(200);

    await w.signInAs('anja');
    await page.goto(`/#/hearings/${id}`);
    await page.getByText('Flyt fristen for godkendelse').first().click();
    const field = page.getByLabel('Frist for godkendelse (Europe/Copenhagen)');
    // After the response deadline: the API says no, in its own words.
    await field.fill(`${councilDay(25)}T12:00`);
    await page.getByRole('button', { name: 'Flyt fristen for godkendelse' }).click();
    await page
      .getByRole('alert')
      .getByText('approvalDeadline must not be after the responseDeadline')
      .waitFor();
    await field.fill(`${councilDay(12)}T12:00`);
    await page.getByRole('button', { name: 'Flyt fristen for godkendelse' }).click();
    await page.getByText('Gemt.').first().waitFor();
    const { approval } = (await api().get(`/hearings/${id}`).expect(200)).body as {
      approval: { approvalDeadline: string; answers: { personId: string; answer: string }[] };
    };
    expect(councilTime(approval.approvalDeadline)).toBe(`${councilDay(12)} 12:00:00`);
    expect(approval.answers).toEqual(
      expect.arrayContaining([expect.objectContaining({ personId: 'kira', answer: 'approved' })]),
    );
    expect(await unlabelledFields(page)).toEqual([]);
    await browser.screenshot('calendar-07-approval-deadline-moved');
  });

  it('revises a follow-up’s plan: adds a phase and a milestone, drops what has not happened, and lists them', async () => {
    const id = await followUpOfSubmittedHearing(
      w,
      { secretary: 'anja', chair: 'ole' },
      {
        title: 'Udslusning fra forsorgshjem',
        phases: [
          { id: 'opstart', name: 'Opstart', plannedStart: isoIn(-1), plannedEnd: isoIn(30) },
          { id: 'udrulning', name: 'Udrulning', plannedStart: isoIn(30), plannedEnd: isoIn(60) },
        ],
        milestones: [
          { id: 'm1', name: 'Første borgere', due: isoIn(10) },
          { id: 'm2', name: 'Halvvejs', due: isoIn(40) },
        ],
        evaluationDue: isoIn(90),
      },
    );
    // What has happened stays: a started phase and a recorded milestone are not offered for dropping.
    await api().post(`/follow-ups/${id}/phases/opstart/start`, {}).expect(200);
    await api().post(`/follow-ups/${id}/milestones/m1/completion`, { outcome: 'met' }).expect(200);
    const followUp = async () =>
      (await api().get(`/follow-ups/${id}`).expect(200)).body as {
        phases: { id: string; name: string; plannedStart: string; plannedEnd: string | null }[];
        milestones: { id: string; name: string; due: string }[];
        planRevisions: {
          added?: { phases: { name: string }[]; milestones: { name: string }[] };
          dropped?: { phases: { id: string }[]; milestones: { id: string }[] };
        }[];
      };

    await w.signInAs('anja');
    await page.goto(`/#/follow-ups/${id}`);
    await page.getByText('Revidér planen', { exact: true }).first().click();
    const drop = page.getByRole('group', { name: /^Fjern fra planen/ });
    expect(await drop.getByRole('checkbox').count()).toBe(2);
    await drop.getByLabel('Fasen Udrulning').check();
    await drop.getByLabel('Milepælen Halvvejs').check();
    // What is dropped is not moved too: its dates are off.
    expect(await page.getByLabel('Udrulning: planlagt start').isDisabled()).toBe(true);
    expect(await page.getByLabel('Halvvejs: frist').isDisabled()).toBe(true);
    await page.getByLabel('Ny milepæl: navn').fill('Evaluering af forløb');
    await page.getByLabel(/^Ny milepæl: frist/).fill(councilDay(45));
    await page.getByLabel('Ny fase: navn').fill('Forankring');
    await page.getByLabel(/^Ny fase: planlagt start/).fill(councilDay(100));
    // Its end before its start: the API refuses and names the field.
    await page.getByLabel(/^Ny fase: planlagt slut/).fill(councilDay(80));
    await page.getByLabel('Begrundelse for ændringen').fill('Udrulningen erstattes af en forankringsfase');
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Revidér planen' }).click();
    await page.getByRole('alert').getByText('slutter, før den begynder', { exact: false }).first().waitFor();
    expect((await followUp()).planRevisions).toEqual([]);
    await browser.screenshot('calendar-03-plan-refused');

    await page.getByLabel(/^Ny fase: planlagt slut/).fill(councilDay(160));
    await page.getByRole('button', { name: 'Revidér planen' }).click();
    const revision = page.getByTestId('plan-revision');
    await revision.getByText(/^Tilføjet: fasen Forankring, planlagt .+ – .+$/).waitFor();
    await revision.getByText(/^Tilføjet: milepælen Evaluering af forløb, frist .+$/).waitFor();
    await revision.getByText(/^Fjernet: fasen Udrulning, der var planlagt .+ – .+$/).waitFor();
    await revision.getByText(/^Fjernet: milepælen Halvvejs, der havde frist .+$/).waitFor();
    await page.getByTestId('phase').filter({ hasText: 'Forankring' }).waitFor();
    await page.getByTestId('milestone').filter({ hasText: 'Evaluering af forløb' }).waitFor();

    const revised = await followUp();
    expect(revised.phases.map((p) => p.name)).toEqual(['Opstart', 'Forankring']);
    expect(revised.milestones.map((m) => m.name)).toEqual(['Første borgere', 'Evaluering af forløb']);
    // Each new date is the start of that day in the council's zone.
    const forankring = revised.phases[1];
    expect(councilTime(forankring.plannedStart)).toBe(`${councilDay(100)} 00:00:00`);
    expect(councilTime(forankring.plannedEnd ?? '')).toBe(`${councilDay(160)} 00:00:00`);
    expect(councilTime(revised.milestones[1].due)).toBe(`${councilDay(45)} 00:00:00`);
    const [r] = revised.planRevisions;
    expect(r.added?.phases.map((p) => p.name)).toEqual(['Forankring']);
    expect(r.added?.milestones.map((m) => m.name)).toEqual(['Evaluering af forløb']);
    expect(r.dropped?.phases.map((p) => p.id)).toEqual(['udrulning']);
    expect(r.dropped?.milestones.map((m) => m.id)).toEqual(['m2']);
    await browser.screenshot('calendar-04-plan-revised');
  }, 30_000);

  it('adds a meeting to a budget cycle’s calendar (a deadline after it is refused), moves it, and cancels one still ahead', async () => {
    const committee = 'Social- og psykiatriudvalget';
    const year = new Date().getFullYear() + 1;
    const id = uniqueName('cycle');
    await api()
      .post('/budget-cycles', {
        id,
        year,
        milestones: [
          { id: 'first', kind: 'first-discussion', committee, date: isoIn(-5) },
          { id: 'prio', kind: 'prioritisation', committee, date: isoIn(60), submissionDeadline: isoIn(50) },
        ],
      })
      .expect(201);
    const cycle = async () =>
      (await api().get(`/budget-cycles/${id}`).expect(200)).body as {
        milestones: { id: string; kind: string; date: string; submissionDeadline?: string; quota?: number }[];
        cancelledMilestones: { milestone: { id: string }; reason: string }[];
      };

    await w.signInAs('anja');
    await page.getByRole('navigation').getByRole('link', { name: 'Budgetforslag' }).click();
    await page.getByRole('link', { name: `Budgetkalender ${year}` }).click();
    await page.getByRole('heading', { name: `Budgetkalender ${year}` }).waitFor();
    const items = page.getByTestId('calendar-item');
    const item = (kind: string) => items.filter({ hasText: kind });
    await item('Prioritering').locator('summary', { hasText: 'Aflys mødet' }).waitFor();
    // The first discussion took place: it is history, and not offered for cancelling.
    expect(await item('Første drøftelse').locator('summary').count()).toBe(0);

    await page.locator('summary', { hasText: 'Tilføj et møde' }).click();
    await page.getByLabel('Trin i kalenderen').selectOption('final-approval');
    expect(await page.getByLabel('Udvalg', { exact: true }).inputValue()).toBe(committee);
    await page.getByLabel(/^Udvalget mødes/).fill(`${councilDay(90)}T14:00`);
    // The council's deadline after the meeting: the API refuses it and names the field.
    await page.getByLabel(/^Rådets frist/).fill(`${councilDay(95)}T12:00`);
    await page.getByLabel(/^Kvote/).fill('5');
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tilføj et møde' }).click();
    const alert = page.getByRole('alert');
    await alert
      .getByText(/^Mødet, Afleveringsfrist: the submission deadline must come before the meeting/)
      .waitFor();
    expect((await cycle()).milestones.map((m) => m.id)).toEqual(['first', 'prio']);
    await browser.screenshot('calendar-05-meeting-refused');

    await page.getByLabel(/^Rådets frist/).fill(`${councilDay(85)}T12:00`);
    await page.getByRole('button', { name: 'Tilføj et møde' }).click();
    await item('Endelig godkendelse').getByText('kvote 5').waitFor();
    const added = (await cycle()).milestones.find((m) => m.kind === 'final-approval');
    // Typed as the council's wall clock, stored as that instant.
    expect(councilTime(added?.date ?? '')).toBe(`${councilDay(90)} 14:00:00`);
    expect(councilTime(added?.submissionDeadline ?? '')).toBe(`${councilDay(85)} 12:00:00`);
    expect(added?.quota).toBe(5);

    // The region moves it ten days on; the council's deadline keeps its distance to it.
    const final = item('Endelig godkendelse');
    await final.locator('summary', { hasText: 'Flyt mødet' }).click();
    await final.getByLabel(/^Nyt tidspunkt for Endelig godkendelse/).fill(`${councilDay(100)}T14:00`);
    expect(await unlabelledFields(page)).toEqual([]);
    await final.getByRole('button', { name: 'Flyt mødet' }).click();
    // The page reloads the calendar after the write; the API is the judge of what landed.
    const moved = await eventually(
      async () => {
        const found = (await cycle()).milestones.find((m) => m.kind === 'final-approval');
        return found && found.date !== added?.date && found;
      },
      { what: 'the moved meeting' },
    );
    // The page shows the new revision afresh, the opened form closed; acting before would act on
    // a calendar about to be replaced.
    await final.locator('details[open]').waitFor({ state: 'detached' });
    expect(councilTime(moved?.date ?? '')).toBe(`${councilDay(100)} 14:00:00`);
    expect(Date.parse(moved?.date ?? '') - Date.parse(moved?.submissionDeadline ?? '')).toBe(
      Date.parse(added?.date ?? '') - Date.parse(added?.submissionDeadline ?? ''),
    );

    const prio = item('Prioritering');
    await prio.locator('summary', { hasText: 'Aflys mødet' }).click();
    await prio.getByLabel('Begrundelse for aflysningen').fill('Regionen har flyttet prioriteringen');
    expect(await unlabelledFields(page)).toEqual([]);
    await prio.getByRole('button', { name: 'Aflys mødet' }).press('Enter');
    await prio.getByText('aflyst', { exact: true }).waitFor();
    await prio.getByText(/Regionen har flyttet prioriteringen/).waitFor();
    expect(await prio.locator('summary').count()).toBe(0);
    const after = await cycle();
    expect(after.milestones.map((m) => m.kind)).toEqual(['first-discussion', 'final-approval']);
    expect(after.cancelledMilestones).toMatchObject([
      { milestone: { id: 'prio' }, reason: 'Regionen har flyttet prioriteringen' },
    ]);
    await browser.screenshot('calendar-06-calendar');
  }, 30_000);
});
