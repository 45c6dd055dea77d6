/**
 * Issue 19's "every action from a page", in Chromium on the real stack (PostgreSQL, Redis): the
 * secretary decides a proposal with a grant for every year of its cost table (prefilled), creates
 * its follow-up on the proposal's page, finds it under Opfølgninger, sees its responsible unit,
 * grants and reporting interval and a status report's indicator values, and revises its plan with
 * two phases and two milestones and a new reporting interval at once; withdraws a proposal and
 * edits another's overlaps; records input on a member's behalf with the meeting and time it was
 * given. Every write is read back from the API. Pages are saved under test/screenshots/every-*.png.
 */
import type { Page } from 'playwright-core';
import { browserSuite, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { uniqueName } from './support/test-app';
import { councilDay, councilTime, isoIn, openBudgetCycle } from './support/web-cases';
import { STANDARD_PEOPLE, useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web every action');

const PEOPLE = STANDARD_PEOPLE;
type Person = keyof typeof PEOPLE;
const COMMITTEE = 'Social- og psykiatriudvalget';

suite('every write the API offers, from a page', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;
  useWebCouncil(PEOPLE, 'every', { app: { runWorkers: false } }, (started) => {
    w = started;
    ({ browser, page } = started);
  });
  const api = (person: Person = 'anja') => w.api(person);
  const year = new Date().getFullYear() + 1;

  const cycle = () => openBudgetCycle(w, 'anja', year);

  async function proposal(cycleId: string, title: string, costs: object[]): Promise<string> {
    const id = uniqueName('p');
    await api()
      .post('/budget-proposals', {
        id,
        cycleId,
        committee: COMMITTEE,
        title,
        proposedBy: 'Udsatterådet',
        problem: 'Borgere med psykisk sygdom og misbrug falder mellem region og kommune.',
        solution: 'Et gadeplansteam.',
        financingArea: 'social-area',
        costs,
      })
      .expect(201);
    return id;
  }

  it('decides with a grant per year of the cost table, creates the follow-up from the proposal, and revises its plan with several additions', async () => {
    const costs = [0, 1, 2, 3].map((i) => ({ year: year + i, salary: 1.5 + i, operations: 0.25 }));
    const id = await proposal(await cycle(), 'Psykiatrisk gadeplansteam', costs);
    for (const [step, body] of [
      ['submission', {}],
      ['discussion', {}],
      ['prioritisation', { rank: 1 }],
      ['committee-approval', {}],
      ['negotiation', {}],
    ] as const)
      await api().post(`/budget-proposals/${id}/${step}`, body).expect(200);

    await w.signInAs('anja');
    await page.goto(`/#/proposals/${id}`);
    // Every year of the cost table is there, prefilled with its total, with a decimal comma.
    for (const [i, c] of costs.entries())
      expect(await page.getByLabel(`Bevilling ${c.year}`).inputValue()).toBe(`${1.75 + i}`.replace('.', ','));
    await page.getByLabel(`Bevilling ${year + 3}`).fill('4,5');
    await page.getByRole('button', { name: 'Registrér beslutning' }).click();
    await page.getByTestId('proposal-status').getByText('besluttet').waitFor();
    const decided = (await api().get(`/budget-proposals/${id}`).expect(200)).body as {
      decision: { grants: { year: number; amount: number }[] };
    };
    expect(decided.decision.grants).toEqual([
      { year, amount: 1.75 },
      { year: year + 1, amount: 2.75 },
      { year: year + 2, amount: 3.75 },
      { year: year + 3, amount: 4.5 },
    ]);

    // The follow-up is created on the adopted proposal's page.
    await page.locator('summary', { hasText: 'Opret en opfølgning af beslutningen' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Gadeplansteamet i drift');
    await page.getByLabel('Ansvarlig enhed').fill('Psykiatrien');
    await page.getByLabel(/^Første fase starter/).fill(councilDay(10));
    await page.getByLabel('Statusrapport hver').selectOption('P3M');
    await browser.screenshot('every-01-create-follow-up');
    await page.getByRole('button', { name: 'Opret en opfølgning af beslutningen' }).click();
    await page.getByRole('heading', { name: 'Gadeplansteamet i drift' }).waitFor();
    const followUpId = decodeURIComponent(page.url().split('#/follow-ups/')[1]);
    await page.getByTestId('responsible-unit').getByText('Psykiatrien').waitFor();
    await page
      .getByTestId('follow-up-grants')
      .getByText(`${year + 3}: 4,5`, { exact: false })
      .waitFor();
    await page.getByTestId('report-every').getByText('kvartal (3 måneder)').waitFor();

    // Listed under the menu's Opfølgninger.
    await page.getByRole('navigation').getByRole('link', { name: 'Opfølgninger' }).click();
    await page.getByTestId('follow-up-list').getByRole('link', { name: 'Gadeplansteamet i drift' }).waitFor();

    type FollowUp = {
      implements: { kind: string; id: string };
      responsible: { unit: string };
      grants: { year: number; amount: number }[];
      reportEvery: string | null;
      phases: { name: string; plannedStart: string }[];
      milestones: { name: string; due: string }[];
      indicators: { id: string }[];
      reports: { values: { indicatorId: string; value: number }[] }[];
    };
    const followUp = async () => (await api().get(`/follow-ups/${followUpId}`).expect(200)).body as FollowUp;
    const created = await followUp();
    expect(created.implements).toEqual({ kind: 'budget-proposal', id });
    expect(created.responsible.unit).toBe('Psykiatrien');
    expect(created.grants.map((g) => g.amount)).toEqual([1.75, 2.75, 3.75, 4.5]);
    expect(created.reportEvery).toBe('P3M');
    expect(councilTime(created.phases[0].plannedStart)).toBe(`${councilDay(10)} 00:00:00`);

    // Two phases and two milestones in one revision, and the reports now every half year.
    await page.getByTestId('follow-up-list').getByRole('link', { name: 'Gadeplansteamet i drift' }).click();
    await page.locator('summary', { hasText: 'Revidér planen' }).click();
    await page.getByLabel('Ny fase: navn', { exact: true }).fill('Udrulning');
    await page.getByLabel(/^Ny fase: planlagt start \(Europe/).fill(councilDay(60));
    await page.getByRole('button', { name: 'Tilføj endnu en fase' }).click();
    await page.getByLabel('Ny fase: navn (2)').fill('Forankring');
    await page.getByLabel(/^Ny fase: planlagt start \(2\)/).fill(councilDay(120));
    await page.getByLabel('Ny milepæl: navn', { exact: true }).fill('Første borgere');
    await page.getByLabel(/^Ny milepæl: frist \(Europe/).fill(councilDay(40));
    await page.getByRole('button', { name: 'Tilføj endnu en milepæl' }).click();
    await page.getByLabel('Ny milepæl: navn (2)').fill('Hundrede borgere');
    await page.getByLabel(/^Ny milepæl: frist \(2\)/).fill(councilDay(150));
    await page.getByLabel('Statusrapport hver', { exact: true }).selectOption('P6M');
    await page.getByLabel('Begrundelse for ændringen').fill('Planen udfoldet efter beslutningen');
    await browser.screenshot('every-02-revise-plan');
    await page.getByRole('button', { name: 'Revidér planen' }).click();
    await page.getByTestId('report-every').getByText('halve år (6 måneder)').waitFor();
    const revised = await followUp();
    expect(revised.reportEvery).toBe('P6M');
    expect(revised.phases.map((p) => p.name)).toEqual(['Fase 1', 'Udrulning', 'Forankring']);
    expect(revised.milestones.map((m) => m.name)).toEqual(['Første borgere', 'Hundrede borgere']);
  }, 120_000);

  it('shows a status report’s indicator values against their targets', async () => {
    const id = uniqueName('p');
    const cycleId = await cycle();
    await api()
      .post('/budget-proposals', {
        id,
        cycleId,
        committee: COMMITTEE,
        title: 'Flexklinik',
        proposedBy: 'Udsatterådet',
        problem: 'Lange ventetider.',
        solution: 'En klinik.',
        financingArea: 'health-fund',
        costs: [{ year, salary: 1, operations: 0 }],
      })
      .expect(201);
    for (const [step, body] of [
      ['submission', {}],
      ['discussion', {}],
      ['prioritisation', { rank: 2 }],
      ['committee-approval', {}],
      ['negotiation', {}],
      ['decision', { outcome: 'adopted', grants: [{ year, amount: 1 }] }],
    ] as const)
      await api().post(`/budget-proposals/${id}/${step}`, body).expect(200);
    const followUpId = uniqueName('fu');
    await api()
      .post(`/budget-proposals/${id}/follow-up`, {
        id: followUpId,
        title: 'Flexklinikken',
        responsible: 'Region Hovedstadens Psykiatri',
        phases: [{ id: 'fase-1', name: 'Opstart', plannedStart: isoIn(5) }],
        indicators: [{ id: 'patienter', name: 'Patienter i behandling', target: 400, unit: 'patienter' }],
      })
      .expect(201);
    await w.signInAs('anja');
    await page.goto(`/#/follow-ups/${followUpId}`);
    await page.getByLabel('Status i én sætning').fill('Godt i gang');
    await page.getByLabel(/^Patienter i behandling/).fill('207,5');
    await page.getByRole('button', { name: 'Registrér statusrapport' }).click();
    await page
      .getByTestId('report-values')
      .getByText('Patienter i behandling: 207,5 patienter (mål 400)')
      .waitFor();
    await page.getByTestId('follow-up-grants').getByText(`${year}: 1`).waitFor();
    const body = (await api().get(`/follow-ups/${followUpId}`).expect(200)).body as {
      reports: { values: { indicatorId: string; value: number }[] }[];
    };
    expect(body.reports[0].values).toEqual([{ indicatorId: 'patienter', value: 207.5 }]);
    await browser.screenshot('every-03-status-report');
  }, 90_000);

  it('withdraws a proposal and edits another’s overlaps', async () => {
    const cycleId = await cycle();
    const costs = [{ year, salary: 1, operations: 0 }];
    const first = await proposal(cycleId, 'Akutteam', costs);
    const second = await proposal(cycleId, 'Akutteam nord', costs);
    await w.signInAs('anja');
    await page.goto(`/#/proposals/${second}`);
    await page.locator('summary', { hasText: 'Ret forslaget' }).click();
    await page
      .getByRole('group', { name: 'Overlapper med disse forslag' })
      .getByLabel('Akutteam', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Gem ændringerne' }).click();
    const read = async (id: string) =>
      (await api().get(`/budget-proposals/${id}`).expect(200)).body as { overlaps: string[]; status: string };
    // The saved page is read again and starts afresh, so the API says when it is done.
    await eventually(async () => (await read(second)).overlaps.length > 0, { what: 'the overlap saved' });
    expect((await read(second)).overlaps).toEqual([first]);

    await page.goto(`/#/proposals/${first}`);
    await page.locator('summary', { hasText: 'Træk forslaget tilbage' }).click();
    await page.getByLabel('Hvorfor trækkes det tilbage?').fill('Lægges sammen med Akutteam nord');
    await page.getByRole('button', { name: 'Træk forslaget tilbage' }).click();
    await page.getByTestId('proposal-status').getByText('trukket tilbage').waitFor();
    expect((await read(first)).status).toBe('withdrawn');
    await browser.screenshot('every-04-withdrawn');
  }, 90_000);

  it('records input on a member’s behalf with the meeting and the time it was given', async () => {
    const meetingId = uniqueName('m');
    // A whole minute, as the field holds it.
    const startsAt = new Date(Math.floor((Date.now() - 26 * 3600_000) / 60_000) * 60_000).toISOString();
    await api().post('/meetings', { id: meetingId, startsAt, place: 'Regionsgården' }).expect(201);
    const hearingId = uniqueName('h');
    await api()
      .post('/hearings', {
        id: hearingId,
        title: 'Høring om bostøtte',
        issuingBody: 'Region Hovedstaden',
        receivedAt: isoIn(-3),
        responseDeadline: isoIn(20),
      })
      .expect(201);
    await w.signInAs('anja');
    await page.goto(`/#/hearings/${hearingId}`);
    await page.locator('summary', { hasText: 'Notér input for et medlem' }).click();
    await page.getByLabel('Medlem', { exact: true }).selectOption('rani');
    await page.getByLabel('Hvordan kom inputtet?').selectOption('meeting');
    await page.getByLabel('Mødet, hvor det blev givet').selectOption(meetingId);
    // The meeting's time is filled in; the member spoke an hour into it.
    const at = page.getByLabel(/^Hvornår medlemmet gav det/);
    const meetingLocal = councilTime(startsAt).replace(' ', 'T').slice(0, 16);
    expect(await at.inputValue()).toBe(meetingLocal);
    const spoke = councilTime(new Date(Date.parse(startsAt) + 3600_000).toISOString())
      .replace(' ', 'T')
      .slice(0, 16);
    await at.fill(spoke);
    await page.locator('#on-behalf-text').fill('Bostøtten skal følge borgeren');
    await page.getByRole('button', { name: 'Notér input' }).click();
    const card = page.getByTestId('input-card').filter({ hasText: 'Rani Olsen' });
    await card.getByText('Bostøtten skal følge borgeren').waitFor();
    await card.getByText(/på mødet/).waitFor();
    const hearing = (await api().get(`/hearings/${hearingId}`).expect(200)).body as {
      inputs: { personId: string; givenAt?: string; meetingId?: string; onBehalf?: boolean }[];
    };
    const rani = hearing.inputs.find((i) => i.personId === 'rani');
    expect(rani).toMatchObject({ meetingId, onBehalf: true });
    expect(Date.parse(rani!.givenAt!)).toBe(Date.parse(startsAt) + 3600_000);
    await browser.screenshot('every-05-on-behalf');
  }, 90_000);
  it('cancels a meeting, postpones an item, corrects approved minutes and withdraws a request', async () => {
    const ahead = uniqueName('m');
    await api()
      .post('/meetings', { id: ahead, startsAt: isoIn(10), place: 'Online' })
      .expect(201);
    await api().post(`/meetings/${ahead}/agenda-items`, { title: 'Psykiatriplanen' }).expect(201);
    await w.signInAs('anja');
    await page.goto(`/#/meetings/${ahead}`);
    await page.locator('summary', { hasText: 'Udsæt punktet Psykiatriplanen' }).click();
    await page.getByLabel('Hvorfor udsættes Psykiatriplanen?').fill('Materialet er ikke klar');
    await page.getByRole('button', { name: 'Udsæt punktet Psykiatriplanen' }).click();
    type MeetingBody = {
      cancelled: { reason: string } | null;
      agenda: {
        id: string;
        title: string;
        postponed: { reason: string } | null;
        decision: string | null;
        corrections: { decision: string; reason: string }[];
      }[];
      minutes: { approved: boolean };
    };
    const meeting = async (id: string) =>
      (await api().get(`/meetings/${id}`).expect(200)).body as MeetingBody;
    await eventually(
      async () => (await meeting(ahead)).agenda[0].postponed?.reason === 'Materialet er ikke klar',
      {
        what: 'the item postponed',
      },
    );
    // The page reads the meeting again: a postponed item is offered no more.
    await page.locator('summary', { hasText: 'Udsæt punktet' }).waitFor({ state: 'detached' });
    await page.locator('summary', { hasText: 'Aflys mødet' }).click();
    await page.getByLabel('Begrundelse for aflysningen').fill('For få kan deltage');
    await page.getByRole('button', { name: 'Aflys mødet' }).click();
    await eventually(async () => (await meeting(ahead)).cancelled?.reason === 'For få kan deltage', {
      what: 'the meeting cancelled',
    });

    const held = uniqueName('m');
    await api()
      .post('/meetings', { id: held, startsAt: isoIn(-1), place: 'Online' })
      .expect(201);
    await api().post(`/meetings/${held}/agenda-items`, { title: 'Eventuelt' }).expect(201);
    const [item] = (await meeting(held)).agenda;
    await api().post(`/meetings/${held}/agenda-items/${item.id}/decision`, { decision: 'Intet' }).expect(200);
    // Issue 17: the secretary records that the next meeting, held since, approved the minutes.
    const next = uniqueName('m');
    await api()
      .post('/meetings', { id: next, startsAt: isoIn(-0.5), place: 'Online' })
      .expect(201);
    await api()
      .post(`/meetings/${held}/minutes-approval`, { byMeeting: { meetingId: next } })
      .expect(200);
    await page.goto(`/#/meetings/${held}`);
    await page.locator('summary', { hasText: 'Ret en beslutning i referatet' }).click();
    await page.getByLabel('Den rettede beslutning').fill('Rådet drøftede bostøtten');
    await page.getByLabel('Begrundelse for rettelsen').fill('Referatet manglede punktet');
    await page.getByRole('button', { name: 'Ret en beslutning i referatet' }).click();
    const corrected = await eventually(async () => (await meeting(held)).agenda[0].corrections[0], {
      what: 'the decision corrected',
    });
    expect(corrected).toMatchObject({
      decision: 'Rådet drøftede bostøtten',
      reason: 'Referatet manglede punktet',
    });

    await api('kira').post('/extraordinary-meeting-requests', { reason: 'Akutte lukninger' }).expect(200);
    await w.signInAs('kira');
    await page.goto('/#/meetings');
    await page.getByRole('button', { name: 'Træk min anmodning tilbage' }).click();
    await page.getByText('Ingen har bedt om et ekstraordinært møde.').waitFor();
    const council = (await api().get('').expect(200)).body as {
      extraordinaryMeeting: { requestedBy: string[] };
    };
    expect(council.extraordinaryMeeting.requestedBy).toEqual([]);
    await browser.screenshot('every-06-meetings');
  }, 120_000);
});
