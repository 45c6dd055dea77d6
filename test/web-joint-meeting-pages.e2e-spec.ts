/**
 * Issue 17 item 1 from the pages, in Chromium on the real stack (PostgreSQL, Redis): seed 003 item
 * 6's joint meeting of Region Sjælland's council with Region Hovedstaden's. Sjælland's secretary
 * arranges it on Møder, naming the other council by its id; it is on both councils' lists, saying
 * with whom and who arranged it; Hovedstaden's secretary puts an item on its own copy through the
 * API, and Sjælland's meeting page shows it under "Punkter fra <council>" with its decision and
 * whether Hovedstaden has approved its minutes; Hovedstaden's page offers no move or cancel (the
 * API would answer 403). Once a joint meeting is held, the other council's decision and its approved
 * minutes show on the arranging council's page, its own minutes still open. Every page saved under test/screenshots/joint-meeting-pages-*.png is
 * checked with axe first.
 */
import type { Page } from 'playwright-core';
import { signIn, browserSuite, unlabelledFields, type Browser } from './support/browser';
import { uniqueName } from './support/test-app';
import { councilDay, councilTime, isoIn } from './support/web-cases';
import { useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web joint meeting pages');

const PEOPLE = {
  sofie: { name: 'Sofie Berg', role: 'secretary' },
  rene: { name: 'René', role: 'member' },
} as const;
type Person = keyof typeof PEOPLE;

const HOVEDSTADEN = 'Udsatterådet i Region Hovedstaden';

interface Row {
  id: string;
  kind: string;
  place: string | null;
  jointWith: string[];
  hostedBy: string | null;
}

suite('joint meetings in Chromium', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;
  const hov = uniqueName('hov');
  let hanne: string;

  useWebCouncil(PEOPLE, 'joint-meeting-pages', { app: { runWorkers: false } }, (started) => {
    w = started;
    ({ browser, page } = started);
  });

  // The other council, made as the administrator makes one, with its own secretary.
  beforeAll(async () => {
    const admin = w.t.auth(w.t.token({ personId: 'admin-1', role: 'admin' }));
    await w.t.http
      .post('/api/councils')
      .set(admin)
      .send({ id: hov, name: HOVEDSTADEN, timeZone: 'Europe/Copenhagen' })
      .expect(201);
    hanne = w.t.token({ personId: 'hanne', role: 'secretary', councilId: hov });
    await w.t.http
      .post(`/api/councils/${hov}/secretaries`)
      .set(w.t.auth(hanne))
      .send({ personId: 'hanne', name: 'Hanne Lund', email: 'hanne@example.org' })
      .expect(201);
  }, 60_000);

  const hovApi = (path: string) => `/api/councils/${hov}${path}`;
  const rowsOf = async (councilId: string, token: string) =>
    (await w.t.http.get(`/api/councils/${councilId}/meetings`).set(w.t.auth(token)).expect(200))
      .body as Row[];
  const openMeetings = async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Møder' }).click();
    await page.getByRole('heading', { name: 'Rådets møder' }).waitFor();
  };

  it('arranges a joint meeting in the page, shows it on both councils, the other council’s items under its name, and no move or cancel on its copy', async () => {
    const day = councilDay(60);
    await w.signInAs('sofie');
    await openMeetings();
    const add = page.locator('details', {
      has: page.locator('summary', { hasText: 'Tilføj et møde uden for mødeplanen' }),
    });
    await add.locator('summary').click();
    await add.getByLabel('Mødets art').selectOption({ label: 'Fællesmøde' });
    await add.getByLabel('De andre råds id').fill(hov);
    await add.getByLabel('Starter (Europe/Copenhagen)').fill(`${day}T15:00`);
    await add.getByLabel('Slutter (Europe/Copenhagen)').fill(`${day}T17:00`);
    await add.getByLabel('Sted').fill('Rådssalen, Regionshuset, Sorø');
    expect(await unlabelledFields(page)).toEqual([]);
    await add.getByRole('button', { name: 'Tilføj et møde uden for mødeplanen' }).click();
    const row = page.getByTestId('meeting-row').filter({ hasText: 'Rådssalen, Regionshuset, Sorø' });
    await row
      .getByTestId('meeting-joint')
      .getByText(`Fællesmøde med: ${hov} · Arrangeret af: rådet selv`)
      .waitFor();
    await row.getByRole('link', { name: /^Fællesmøde / }).waitFor();
    await browser.screenshot('joint-meeting-pages-01-arranged');

    // Both councils have it, with the same id: Hovedstaden's copy names who arranged it.
    const [mine] = (await rowsOf(w.councilId, w.tokens.sofie)).filter((r) => r.kind === 'joint');
    expect(mine).toMatchObject({ jointWith: [hov], hostedBy: null, place: 'Rådssalen, Regionshuset, Sorø' });
    const theirs = (await rowsOf(hov, hanne)).find((r) => r.id === mine.id);
    expect(theirs).toMatchObject({ kind: 'joint', jointWith: [w.councilId], hostedBy: w.councilId });
    const read = await w.api('sofie').get(`/meetings/${mine.id}`).expect(200);
    expect(councilTime(read.body.startsAt)).toBe(`${day} 15:00:00`);

    // Hovedstaden's secretary puts an item on its own copy, and decides nothing yet.
    const item = 'Hovedstadens syn på organiseringen i Region Østdanmark';
    await w.t.http
      .post(hovApi(`/meetings/${mine.id}/agenda-items`))
      .set(w.t.auth(hanne))
      .send({
        title: item,
        kind: 'discussion',
        summary: 'Drøftes videre med Udsatterådet i Region Sjælland.',
      })
      .expect(201);

    await row.getByRole('link').click();
    await page.getByRole('heading', { name: /^Fællesmøde / }).waitFor();
    await page.getByTestId('joint-with').getByText(HOVEDSTADEN).waitFor();
    await page.getByTestId('arranged-by').getByText('Udsatterådet').waitFor();
    const theirItems = page.getByRole('region', { name: `Punkter fra ${HOVEDSTADEN}` });
    await theirItems
      .getByTestId('other-council-item')
      .filter({ hasText: item })
      .getByText('Punkt 1')
      .waitFor();
    await theirItems.getByText('Drøftelsessag').waitFor();
    await theirItems.getByText(`${HOVEDSTADEN} har endnu ikke godkendt sit referat af mødet.`).waitFor();
    // The arranging council moves and cancels the meeting.
    await page.locator('summary', { hasText: 'Flyt mødet eller ret sted og link' }).waitFor();
    await page.locator('summary', { hasText: 'Aflys mødet' }).waitFor();
    await browser.screenshot('joint-meeting-pages-02-other-council-items');

    // Hovedstaden's secretary: the meeting on its list, arranged by Sjælland; no move or cancel.
    await signIn(page, hanne, 'Hanne Lund');
    await openMeetings();
    const copy = page.getByTestId('meeting-row').filter({ hasText: 'Rådssalen, Regionshuset, Sorø' });
    await copy
      .getByTestId('meeting-joint')
      .getByText(`Fællesmøde med: ${w.councilId} · Arrangeret af: ${w.councilId}`)
      .waitFor();
    await copy.getByRole('link').click();
    await page.getByRole('heading', { name: /^Fællesmøde / }).waitFor();
    await page.getByTestId('arranged-by').getByText('Udsatterådet', { exact: true }).waitFor();
    await page.getByTestId('agenda-item').filter({ hasText: item }).waitFor();
    await page.getByText('Kun det råd, der har arrangeret mødet, kan flytte eller aflyse det.').waitFor();
    expect(await page.locator('summary', { hasText: 'Flyt mødet' }).count()).toBe(0);
    expect(await page.locator('summary', { hasText: 'Aflys mødet' }).count()).toBe(0);
    const ours = page.getByRole('region', { name: 'Punkter fra Udsatterådet' });
    await ours.getByText('Ingen åbne punkter endnu.').waitFor();
    await browser.screenshot('joint-meeting-pages-03-copy');
    // What the page leaves out, the API refuses: the copy is not Hovedstaden's to move.
    await w.t.http
      .patch(hovApi(`/meetings/${mine.id}`))
      .set(w.t.auth(hanne))
      .send({ place: 'Et andet sted' })
      .expect(403);
  });
  it('shows the other council’s decisions and that it approved its minutes, once the meeting is held', async () => {
    const id = uniqueName('joint-held');
    await w
      .api('sofie')
      .post('/meetings', {
        id,
        kind: 'joint',
        jointWith: [hov],
        startsAt: isoIn(-2),
        place: 'Regionshuset, Hillerød',
      })
      .expect(201);
    const as = (path: string, body: object) =>
      w.t.http
        .post(hovApi(`/meetings/${id}${path}`))
        .set(w.t.auth(hanne))
        .send(body);
    await as('/agenda-items', { id: 'h1', title: 'Fusionen af de to råd' }).expect(201);
    await as('/agenda-items/h1/decision', { decision: 'Rådet bakker op om fusionen.', absent: [] }).expect(
      200,
    );
    // Issue 17: Hanne records that Hovedstaden's next meeting, held since, approved its minutes.
    const next = uniqueName('hov-m');
    await w.t.http
      .post(hovApi('/meetings'))
      .set(w.t.auth(hanne))
      .send({ id: next, startsAt: isoIn(-1) })
      .expect(201);
    await as('/minutes-approval', { byMeeting: { meetingId: next } }).expect(200);

    await w.signInAs('sofie');
    await page.goto(`/#/meetings/${id}`);
    const theirs = page.getByRole('region', { name: `Punkter fra ${HOVEDSTADEN}` });
    await theirs
      .getByTestId('other-council-item')
      .filter({ hasText: 'Fusionen af de to råd' })
      .getByTestId('decision')
      .getByText('Beslutning: Rådet bakker op om fusionen.')
      .waitFor();
    await theirs.getByText(`${HOVEDSTADEN} har godkendt sit referat af mødet.`).waitFor();
    // Sjælland's own minutes are its own: not approved by Hovedstaden's.
    expect((await w.api('sofie').get(`/meetings/${id}`).expect(200)).body.minutes.approved).toBe(false);
    await browser.screenshot('joint-meeting-pages-04-decided');
  });
});
