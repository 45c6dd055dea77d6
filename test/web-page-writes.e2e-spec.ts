/**
 * Issue 19's last writes and readings outside meetings and the council's page, in Chromium on the
 * real stack (PostgreSQL, Redis, the scheduler): the secretary changes what a proposal derives
 * from (a hearing and a meeting item) and merges two proposals into it; a committee step recorded
 * before its meeting's date warns and waits for confirmation; follow-ups are created from a sent
 * hearing response and from a decided meeting item; a reminder the scheduler sent says what to do;
 * the evaluator's timeline names each line's case and filters by kind, case and person; the chain
 * picture has every title whole and no text lying on another (bounding boxes measured in
 * Chromium); "Sagen, som den stod" shows who objected; the report's Markdown comes in the
 * language chosen in the app, not the browser's. Every write is read back from the API, and every
 * page saved under test/screenshots/writes-*.png is checked with axe.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserSuite, type Browser } from './support/browser';
import { eventually } from './support/eventually';
import { uniqueName } from './support/test-app';
import { councilDay, councilTime, isoIn, openBudgetCycle, seatChair } from './support/web-cases';
import { useWebCouncil, type People, type WebCouncil } from './support/web-council';

const suite = browserSuite('web page writes');

const PEOPLE = {
  anja: { name: 'Anja Holm', role: 'secretary' },
  kira: { name: 'Kira Madsen', role: 'member' },
  rani: { name: 'Rani Olsen', role: 'member' },
  ole: { name: 'ole', role: 'chair' },
  eva: { name: 'eva', role: 'evaluator' },
} as const satisfies People<string>;
type Person = keyof typeof PEOPLE;
const COMMITTEE = 'Social- og psykiatriudvalget';

interface ProposalBody {
  status: string;
  derivedFrom: { kind: string; id: string; itemId?: string }[];
  mergedFrom: string[];
  mergedInto?: { into: string };
  discussedAt?: string;
}

suite('the pages’ last writes and the evaluator’s readings', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;
  useWebCouncil(PEOPLE, 'writes', {}, (started) => {
    w = started;
    ({ browser, page } = started);
  });
  const api = (person: Person = 'anja') => w.api(person);
  const year = new Date().getFullYear() + 1;

  async function proposal(cycleId: string, title: string, extra: object = {}): Promise<string> {
    const id = uniqueName('p');
    await api()
      .post('/budget-proposals', {
        id,
        cycleId,
        committee: COMMITTEE,
        title,
        proposedBy: 'Udsatterådet',
        problem: 'Borgere falder mellem region og kommune.',
        solution: 'Et team.',
        financingArea: 'social-area',
        costs: [{ year, salary: 1, operations: 0 }],
        ...extra,
      })
      .expect(201);
    return id;
  }
  const readProposal = async (id: string) =>
    (await api().get(`/budget-proposals/${id}`).expect(200)).body as ProposalBody;

  async function hearing(title: string): Promise<string> {
    const id = uniqueName('h');
    await api()
      .post('/hearings', { id, title, issuingBody: 'Region Hovedstaden', responseDeadline: isoIn(20) })
      .expect(201);
    return id;
  }

  /** A meeting held yesterday with one item on its agenda; `decision` decides it. */
  async function heldMeetingWithItem(title: string, decision?: string) {
    const meetingId = uniqueName('m');
    await api()
      .post('/meetings', { id: meetingId, startsAt: isoIn(-1), place: 'Regionsgården' })
      .expect(201);
    await api().post(`/meetings/${meetingId}/agenda-items`, { title }).expect(201);
    const meeting = (await api().get(`/meetings/${meetingId}`).expect(200)).body as {
      agenda: { id: string }[];
    };
    const itemId = meeting.agenda[0].id;
    if (decision)
      await api().post(`/meetings/${meetingId}/agenda-items/${itemId}/decision`, { decision }).expect(200);
    return { meetingId, itemId };
  }

  it('changes what a proposal derives from and merges two proposals into it', async () => {
    const cycleId = await openBudgetCycle(w, 'anja', year);
    const hearingId = await hearing('Høring om udgående sygepleje');
    const { meetingId, itemId } = await heldMeetingWithItem('Sygeplejen i eget hjem');
    const target = await proposal(cycleId, 'Udgående sygeplejersker');
    const north = await proposal(cycleId, 'Sygeplejersker nord');
    const south = await proposal(cycleId, 'Sygeplejersker syd');

    await w.signInAs('anja');
    await page.goto(`/#/proposals/${target}`);
    await page.locator('summary', { hasText: 'Ret forslaget' }).click();
    const derived = page.getByRole('group', { name: /^Udspringer af/ });
    await derived.getByLabel('Høring om udgående sygepleje').check();
    await derived.getByLabel(/Sygeplejen i eget hjem$/).check();
    await browser.screenshot('writes-01-derived-from');
    await page.getByRole('button', { name: 'Gem ændringerne' }).click();
    await eventually(async () => (await readProposal(target)).derivedFrom.length === 2, {
      what: 'the derivation saved',
    });
    // The page is read again and starts afresh (the edit form closes): then merge.
    await page
      .locator('details[open]', { has: page.locator('summary', { hasText: 'Ret forslaget' }) })
      .waitFor({ state: 'detached' });
    expect((await readProposal(target)).derivedFrom).toEqual([
      { kind: 'hearing', id: hearingId },
      { kind: 'meeting-item', id: meetingId, itemId },
    ]);

    // The page was read again; merging is offered the other open proposals of the cycle.
    await page.locator('summary', { hasText: 'Læg andre forslag sammen i dette' }).click();
    const which = page.getByRole('group', { name: 'Forslag, dette erstatter' });
    await which.getByLabel(/Sygeplejersker nord/).check();
    await which.getByLabel(/Sygeplejersker syd/).check();
    await page.getByRole('button', { name: 'Læg andre forslag sammen i dette' }).click();
    const facts = page.getByTestId('merged-facts');
    await facts.getByRole('link', { name: 'Sygeplejersker nord' }).waitFor();
    await facts.getByRole('link', { name: 'Sygeplejersker syd' }).waitFor();
    expect((await readProposal(target)).mergedFrom.sort()).toEqual([north, south].sort());
    for (const id of [north, south]) {
      const merged = await readProposal(id);
      expect(merged.status).toBe('merged');
      expect(merged.mergedInto?.into).toBe(target);
    }
    await browser.screenshot('writes-02-merged');

    // A merged proposal is closed: it says where it went and offers no edit.
    await facts.getByRole('link', { name: 'Sygeplejersker nord' }).click();
    await page.getByTestId('proposal-status').getByText('lagt sammen').waitFor();
    await page.getByTestId('merged-facts').getByRole('link', { name: 'Udgående sygeplejersker' }).waitFor();
    expect(await page.locator('summary', { hasText: 'Ret forslaget' }).count()).toBe(0);
  }, 120_000);

  it('warns before a committee step is recorded ahead of its meeting, and waits for confirmation', async () => {
    // The cycle's first discussion is in 30 days.
    const ahead = await proposal(await openBudgetCycle(w, 'anja', year), 'Akutteam');
    await api().post(`/budget-proposals/${ahead}/submission`, {}).expect(200);
    await w.signInAs('anja');
    await page.goto(`/#/proposals/${ahead}`);
    const warning = page.getByTestId('step-warning');
    await warning.getByText(/Udvalgets møde \(.*Social- og psykiatriudvalget\) er først/).waitFor();
    await page.getByRole('button', { name: 'Registrér første drøftelse' }).click();
    const question = page.getByTestId('step-confirm');
    await question.getByText(/før mødet er holdt/).waitFor();
    await browser.screenshot('writes-03-step-warning');
    await question.getByRole('button', { name: 'Fortryd' }).click();
    expect((await readProposal(ahead)).status).toBe('submitted');
    // Confirmed despite the warning, the step is recorded now.
    await page.getByRole('button', { name: 'Registrér første drøftelse' }).click();
    await question.getByRole('button', { name: 'Registrér alligevel' }).click();
    await page.getByTestId('proposal-status').getByText('drøftet').waitFor();
    expect((await readProposal(ahead)).status).toBe('discussed');

    // A calendar whose first discussion was two days ago: now is after it, three days ago before it.
    const pastCycle = uniqueName('cycle');
    await api()
      .post('/budget-cycles', {
        id: pastCycle,
        year,
        milestones: [
          {
            id: 'first',
            kind: 'first-discussion',
            committee: COMMITTEE,
            date: isoIn(-2),
            submissionDeadline: isoIn(-9),
          },
        ],
      })
      .expect(201);
    const held = await proposal(pastCycle, 'Akutteam nord');
    // Submitted before the meeting, so a discussion after it follows the submission.
    await api()
      .post(`/budget-proposals/${held}/submission`, { at: isoIn(-3) })
      .expect(200);
    await page.goto(`/#/proposals/${held}`);
    await page.getByRole('heading', { name: 'Næste skridt: Registrér første drøftelse' }).waitFor();
    expect(await warning.count()).toBe(0);
    const at = page.getByLabel(/^Dato \(Europe/);
    await at.fill(`${councilDay(-3)}T10:00`);
    await warning.waitFor();
    await at.fill(`${councilDay(-1)}T10:00`);
    await warning.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Registrér første drøftelse' }).click();
    await page.getByTestId('proposal-status').getByText('drøftet').waitFor();
    expect(councilTime((await readProposal(held)).discussedAt!)).toBe(`${councilDay(-1)} 10:00:00`);
  }, 90_000);

  it('creates follow-ups of a sent hearing response and of a decided meeting item', async () => {
    const hearingId = await hearing('Høring om bostøtte');
    await api().post(`/hearings/${hearingId}/drafts`, { text: 'Rådet støtter bostøtten' }).expect(200);
    await seatChair(w, { secretary: 'anja', chair: 'ole' });
    await api('ole').post(`/hearings/${hearingId}/sign-off`, {}).expect(200);
    await api().post(`/hearings/${hearingId}/submission`, { recipient: 'Region Hovedstaden' }).expect(200);
    type FollowUp = {
      implements: { kind: string; id: string; itemId?: string };
      responsible: { unit: string };
    };
    const readFollowUp = async (id: string) =>
      (await api().get(`/follow-ups/${id}`).expect(200)).body as FollowUp;
    const followUpOnPage = () => decodeURIComponent(page.url().split('#/follow-ups/')[1]);

    await w.signInAs('anja');
    await page.goto(`/#/hearings/${hearingId}`);
    await page.locator('summary', { hasText: 'Opret en opfølgning af høringssvaret' }).click();
    await page.locator('#hearing-fu-title').fill('Bostøtten følges');
    await page.locator('#hearing-fu-responsible').fill('Socialforvaltningen');
    await page.locator('#hearing-fu-phase-start').fill(councilDay(10));
    await browser.screenshot('writes-04-hearing-follow-up');
    await page.getByRole('button', { name: 'Opret en opfølgning af høringssvaret' }).click();
    await page.waitForURL(/#\/follow-ups\//);
    await page.getByRole('heading', { name: 'Bostøtten følges' }).waitFor();
    const fromHearing = await readFollowUp(followUpOnPage());
    expect(fromHearing.implements).toEqual({ kind: 'hearing', id: hearingId });
    expect(fromHearing.responsible.unit).toBe('Socialforvaltningen');
    await page.goto(`/#/hearings/${hearingId}`);
    await page.getByTestId('hearing-follow-ups').getByRole('link', { name: 'Bostøtten følges' }).waitFor();

    const { meetingId, itemId } = await heldMeetingWithItem('Psykiatriplanen', 'Rådet følger planen');
    await page.goto(`/#/meetings/${meetingId}`);
    const label = 'Opret en opfølgning af beslutningen om Psykiatriplanen';
    await page.locator('summary', { hasText: label }).click();
    await page.locator(`#item-${itemId}-fu-title`).fill('Psykiatriplanen følges');
    await page.locator(`#item-${itemId}-fu-responsible`).fill('Psykiatrien');
    await page.locator(`#item-${itemId}-fu-phase-start`).fill(councilDay(5));
    await browser.screenshot('writes-05-item-follow-up');
    await page.getByRole('button', { name: label }).click();
    await page.waitForURL(/#\/follow-ups\//);
    await page.getByRole('heading', { name: 'Psykiatriplanen følges' }).waitFor();
    expect((await readFollowUp(followUpOnPage())).implements).toEqual({
      kind: 'meeting-item',
      id: meetingId,
      itemId,
    });
    await page.goto(`/#/meetings/${meetingId}`);
    await page
      .getByTestId(`item-${itemId}-follow-ups`)
      .getByRole('link', { name: 'Psykiatriplanen følges' })
      .waitFor();
  }, 120_000);

  it('says on a reminder card what the member is to do', async () => {
    // An input deadline four seconds away with a reminder two seconds before: the real scheduler sends it.
    const hearingId = uniqueName('h');
    await api()
      .post('/hearings', {
        id: hearingId,
        title: 'Høring om natcaféer',
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
        inputDeadline: new Date(Date.now() + 4000).toISOString(),
        reminderOffsets: ['PT2S'],
      })
      .expect(201);
    await eventually(
      async () => {
        const mine = (await w.t.http.get('/api/me/notifications').set(w.t.auth(w.tokens.kira)).expect(200))
          .body as { caseId: string }[];
        return mine.some((r) => r.caseId === hearingId);
      },
      { timeoutMs: 20_000, intervalMs: 250, what: 'the reminder sent' },
    );
    await w.signInAs('kira');
    await page.getByRole('link', { name: 'Påmindelser' }).click();
    const card = page.getByTestId('reminder').filter({ hasText: 'Høring om natcaféer' });
    await card.getByTestId('reminder-action').getByText('Giv dit input til høringen.').waitFor();
    await card.getByText(/^Inputfrist:/).waitFor();
    await browser.screenshot('writes-06-reminder');
    await card.getByRole('link', { name: 'Høring om natcaféer' }).click();
    await page.getByRole('heading', { name: 'Høring om natcaféer' }).waitFor();
  }, 60_000);

  it('names each timeline line’s case, filters by kind, case and person, and draws the chain without clipped or overlapping text', async () => {
    const longTitle =
      'Høring om regionens samlede plan for udgående psykiatri, misbrugsbehandling og bostøtte i alle fem kommuner';
    const hearingId = await hearing(longTitle);
    await api('kira').post(`/hearings/${hearingId}/inputs`, { text: 'Flere udgående teams' }).expect(200);
    await api().post(`/hearings/${hearingId}/drafts`, { text: 'Rådet ønsker flere teams' }).expect(200);
    await api()
      .post(`/hearings/${hearingId}/approval-request`, { approvalDeadline: isoIn(10) })
      .expect(200);
    await api('kira')
      .post(`/hearings/${hearingId}/approvals`, { approve: false, comment: 'Bostøtten mangler' })
      .expect(200);
    const cycleId = await openBudgetCycle(w, 'anja', year);
    const derivedFrom = [{ kind: 'hearing', id: hearingId }];
    await proposal(cycleId, 'Udgående psykiatriteam i alle kommunerne i hele regionen', { derivedFrom });
    const second = await proposal(cycleId, 'Misbrugsbehandling tæt på borgeren', { derivedFrom });

    await w.signInAs('eva');
    await page.goto('/#/timeline');
    const cases = page.getByTestId('timeline-case');
    type Entry = { id: string; kind: string; actor: { personId: string } };
    const timeline = async (query: string) =>
      ((await api('eva').get(`/timeline?limit=50&${query}`).expect(200)).body as { events: Entry[] }).events;
    const shown = async () => cases.allTextContents();
    // Every line names its case: by its title, date or name, never by its id.
    const firstPage = await timeline('');
    await eventually(async () => (await shown()).length === firstPage.length, { what: 'the first page' });
    const ids = new Set(firstPage.map((e) => e.id));
    expect((await shown()).filter((text) => [...ids].some((id) => text.includes(id)))).toEqual([]);
    await browser.screenshot('writes-07-timeline');

    await page.getByLabel('Slags sag').selectOption('hearings');
    await cases.filter({ hasText: longTitle }).first().waitFor();
    await page.getByLabel('Slags sag').selectOption('budget-proposals');
    await eventually(
      async () => (await shown()).length === (await timeline('kinds=budget-proposals')).length,
      {
        what: 'the proposals only',
      },
    );
    expect((await shown()).every((c) => c.startsWith('Budgetforslag: '))).toBe(true);

    await page.getByLabel('Sag', { exact: true }).selectOption(second);
    await eventually(async () => (await shown()).length === (await timeline(`caseId=${second}`)).length, {
      what: 'the one proposal',
    });
    expect(new Set(await shown())).toEqual(new Set(['Budgetforslag: Misbrugsbehandling tæt på borgeren']));

    await page.getByLabel('Slags sag').selectOption('');
    await page.getByLabel(/^Person/).selectOption('kira');
    const kiras = await timeline('person=kira');
    expect(kiras.length).toBeGreaterThanOrEqual(3);
    await eventually(async () => (await shown()).length === kiras.length, { what: 'Kira’s events' });
    await page
      .getByTestId('timeline-entry')
      .filter({ hasText: /Kira Madsen.*gav input/ })
      .first()
      .waitFor();
    // Her appointment was recorded by the secretary and names her: hers too.
    expect(kiras.some((e) => e.actor.personId === 'anja')).toBe(true);
    await browser.screenshot('writes-08-timeline-filtered');

    // The chain: the hearing and the two proposals derived from it.
    await page.goto(`/#/cases/hearings/${hearingId}`);
    await page.getByTestId('chain-box').nth(2).waitFor();
    await page.getByTestId('chain-edge-label').nth(1).waitFor();
    const drawn = await page.evaluate<{
      boxes: { rect: Box; texts: { text: string; box: Box; cls: string }[] }[];
      labels: Box[];
    }>(`(() => {
      const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
      return {
        boxes: [...document.querySelectorAll('[data-testid="chain-box"]')].map((g) => ({
          rect: box(g.querySelector('rect')),
          texts: [...g.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: box(t), cls: t.getAttribute('class') })),
        })),
        labels: [...document.querySelectorAll('[data-testid="chain-edge-label"]')].map(box),
      };
    })()`);
    const inside = (a: Box, b: Box) =>
      a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
    const overlap = (a: Box, b: Box) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    // Every title whole, across its lines.
    const titles = drawn.boxes.map((b) =>
      b.texts
        .filter((t) => t.cls === 'box-title')
        .map((t) => t.text)
        .join(' '),
    );
    expect(titles.sort()).toEqual(
      [
        longTitle,
        'Udgående psykiatriteam i alle kommunerne i hele regionen',
        'Misbrugsbehandling tæt på borgeren',
      ].sort(),
    );
    expect(titles.some((t) => t.includes('…'))).toBe(false);
    // Every text inside its box; no text on another, no label on a box or on another label.
    const texts = drawn.boxes.flatMap((b) => b.texts.map((t) => t.box));
    for (const b of drawn.boxes)
      for (const t of b.texts)
        expect({ text: t.text, inside: inside(t.box, b.rect) }).toEqual({ text: t.text, inside: true });
    const all = [...texts, ...drawn.labels];
    const clashes = all.flatMap((a, i) =>
      all
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => [a, b]),
    );
    expect(clashes).toEqual([]);
    for (const label of drawn.labels) expect(drawn.boxes.some((b) => overlap(label, b.rect))).toBe(false);
    expect(drawn.labels).toHaveLength(2);
    await browser.screenshot('writes-09-chain');

    // "Sagen, som den stod": who objected, with the comment; one input given.
    const state = page.getByTestId('as-of-state');
    await state
      .getByTestId('as-of-approvals')
      .getByText(/Kira Madsen/)
      .waitFor();
    await state.getByTestId('as-of-approvals').getByText('Bostøtten mangler').waitFor();
    expect(await state.locator('dt:has-text("Input fra medlemmerne") + dd').textContent()).toBe('1');
    // In Danish, and without the question's own echo (`asOf`, `time`).
    expect(await state.locator('dt:has-text("Anledning") + dd').textContent()).toBe('formel høring');
    expect(await state.locator('dt', { hasText: /^(AsOf|Time|Origin)$/ }).count()).toBe(0);
    // Issue 18.1: the moment is read on business time unless the evaluator asks for the record's clock.
    const asked = (axis: string) =>
      page.waitForRequest((r) => r.url().includes('asOf=') && r.url().endsWith(`time=${axis}`));
    const recorded = asked('recorded');
    await page.getByLabel('da det blev registreret').check();
    await recorded;
    const occurred = asked('occurred');
    await page.getByLabel('da det skete').check();
    await occurred;
    await state.getByTestId('as-of-approvals').getByText('Bostøtten mangler').waitFor();
  }, 120_000);

  it('downloads the report’s Markdown in the language chosen in the app, not the browser’s', async () => {
    await w.signInAs('eva');
    await page.goto('/#/report');
    await page.getByRole('heading', { name: 'Evalueringsrapport' }).waitFor();
    const markdown = async (button: string) => {
      const asked = page.waitForRequest((r) => r.url().includes('format=md'));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const request = await asked;
      return {
        language: (await request.allHeaders())['accept-language'],
        text: readFileSync((await download.path())!, 'utf8'),
      };
    };
    // The browser says Danish (da-DK); the app is switched to English.
    await page.getByLabel('Sprog').selectOption('en');
    await page.getByRole('heading', { name: 'Evaluation report' }).waitFor();
    const english = await markdown('Download Markdown');
    expect(english.language).toBe('en');
    expect(english.text).toContain('# Evaluation report');
    await page.getByLabel('Language').selectOption('da');
    await page.getByRole('heading', { name: 'Evalueringsrapport' }).waitFor();
    const danish = await markdown('Hent Markdown');
    expect(danish.language).toBe('da');
    expect(danish.text).toContain('# Evalueringsrapport');
    await browser.screenshot('writes-10-report');
  }, 60_000);
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
