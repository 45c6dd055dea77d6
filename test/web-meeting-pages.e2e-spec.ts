/**
 * Issue 17 from the pages (issue 19 item 2 for meetings), in Chromium on the real stack
 * (PostgreSQL, Redis): seed 003's meeting of 29 January 2026 walked through the pages as written
 * (added outside the plan, its attendance with the two absentees' letters and the guest, seven
 * items with their kinds, Sags ID and Dok ID, item 7 without decision text, approval refused while
 * it is open and then confirmed, the next meetings of item 6 with an end time and a date to
 * follow), downloaded as Word and Markdown, printed, and corrected with a reason; then every other
 * meeting write: moving (an end before the start refused in Danish, If-Match sent), reordering,
 * uploading a Bilag (a file of another type refused), cancelling with a reason, postponing onto
 * the next meeting, an orientation taken note of, action points (owner, due date, linked case)
 * done and dropped from the council's open list, and the draft minutes circulated with a deadline,
 * commented on by a member, and not approved before it. Every write is read back from the API;
 * every page saved under test/screenshots/meeting-pages-*.png is checked with axe first.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { browserSuite, unlabelledFields, type Browser } from './support/browser';
import { docxText, unzipEntry } from './support/docx-text';
import { uniqueName } from './support/test-app';
import { councilDay, councilTime, isoIn } from './support/web-cases';
import { useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web meeting pages');

// Seed 003's participants; the two absentees are named as the minutes name them.
const PEOPLE = {
  sofie: { name: 'Sofie Berg', role: 'secretary' },
  rene: { name: 'René', role: 'member' },
  lone: { name: 'Lone Mortensen', role: 'member' },
  tina: { name: 'Tina', role: 'member' },
  maja: { name: 'Maja Roesen', role: 'member' },
  jeppe: { name: 'Jeppe', role: 'member' },
} as const;
type Person = keyof typeof PEOPLE;

const ITEMS = [
  {
    kind: 'Godkendelse af dagsorden',
    apiKind: 'agenda-approval',
    title: 'Godkendelse af dagsorden',
    caseId: 'EMN-2025-10555',
    documentId: '12526249',
    decision: 'Dagsorden blev godkendt.',
  },
  {
    kind: 'Orientering fra regionen',
    apiKind: 'region-orientation',
    title: 'Orientering om samarbejdet med Social Sundhed og implementering af indsatsen i Region Sjælland',
    caseId: 'EMN-2024-05992',
    documentId: '12630454',
    presenter: ['Stine Bøgh Pedersen', 'Social Sundhed'],
    decision: 'Stine Bøgh Pedersen, daglig leder i Sjælland, præsenterede Social Sundheds tilbud.',
  },
  {
    kind: 'Orientering fra regionen',
    apiKind: 'region-orientation',
    title: 'Integreret dobbeltdiagnosebehandling i Region Sjælland',
    caseId: 'EMN-2023-02383',
    documentId: '12637183',
    decision:
      'Mette Leth Sandager og Karina Klode gav en status på den integrerede dobbeltdiagnosebehandling i regional regi.',
  },
  {
    kind: 'Drøftelsessag',
    apiKind: 'discussion',
    title: 'Organisering af Udsatteråd i Region Østdanmark',
    caseId: 'EMN-2025-10555',
    documentId: '12618768',
    decision:
      'Udsatterådet drøftede, hvordan en fremtidig organisering af Udsatterådet kunne organiseres i Region Østdanmark mhp. videre drøftelse med Udsatterådet i Region Hovedstaden den 5. marts.',
  },
  {
    kind: 'Gensidig orientering',
    apiKind: 'mutual-orientation',
    title: 'Gensidig orientering',
    caseId: 'EMN-2025-10555',
    documentId: '12628183',
    decision: 'Medlemmerne af Udsatterådet orienterede hinanden om aktuelle emner inden for rådets område.',
  },
  {
    kind: 'Næste møde',
    apiKind: 'next-meeting',
    title: 'Næste møde',
    caseId: 'EMN-2025-10555',
    documentId: '12526272',
    summary:
      'Næste møde i Udsatterådet afholdes den 5. marts 2026 kl. 15.00-17.00 sammen med Udsatterådet i Region Hovedstaden. Mødet afholdes i Rådssalen i Regionshuset i Sorø.',
    decision:
      'Næste møde i Udsatterådet afholdes den 5. marts 2026 kl. 15.00-17.00 sammen med Udsatterådet i Region Hovedstaden. Mødet afholdes i Rådssalen i Regionshuset i Sorø. Det blev desuden besluttet at afholde et virtuelt opfølgingsmøde for Udsatterådet i Region Sjælland efter mødet den 5. marts. Dato og tidspunkt følger.',
  },
  {
    kind: 'Godkendelse af deltagelse',
    apiKind: 'participation-approval',
    title: 'Godkendelse af deltagelse ved møde i Udsatterådet torsdag den 29. januar 2026',
    caseId: 'EMN-2025-10555',
    documentId: '12526265',
    // "Beslutning ." : the minutes have no decision text on this item.
    decision: '',
  },
];

interface MeetingBody {
  id: string;
  revision: number;
  kind: string;
  startsAt: string | null;
  endsAt: string | null;
  dateToFollow: boolean;
  place: string | null;
  online: string | null;
  cancelled: { reason: string } | null;
  attendance: {
    present: string[];
    absent: { personId: string; notice: boolean; letter: string }[];
    guests: { name: string; organisation?: string; role?: string }[];
  };
  agenda: {
    id: string;
    number: number;
    title: string;
    kind: string | null;
    open: boolean;
    caseId: string | null;
    documentId: string | null;
    summary: string | null;
    presenters: { name: string; organisation?: string }[];
    attachments: {
      title: string;
      documentId?: string;
      url?: string;
      file?: { name: string; contentType: string };
    }[];
    decision: string | null;
    absent: string[];
    postponed: { reason: string; carriedTo?: string } | null;
    corrections: { decision: string; reason: string }[];
  }[];
  actionPoints: {
    id: string;
    text: string;
    owner: string;
    dueAt: string | null;
    refersTo: { kind: string; id: string } | null;
    status: string;
  }[];
  minutes: {
    approved: boolean;
    approvedBy: string | null;
    circulation: { commentsBy: string } | null;
    comments: { by: string; text: string; itemId: string | null }[];
  };
}

/** The folded form whose summary says `summary`, so fields of the same name elsewhere do not count. */
const form = (scope: Page | Locator, summary: string) => {
  // `has` is matched inside each details, so it is a locator of the page, not of the scope.
  const page =
    'page' in scope && typeof scope.page === 'function' ? (scope as Locator).page() : (scope as Page);
  return scope.locator('details', { has: page.locator('summary', { hasText: summary }) });
};

suite('the meeting pages in Chromium', () => {
  let w: WebCouncil<Person>;
  let browser: Browser;
  let page: Page;

  // No deadline fires here, so no workers: the suite stays short.
  useWebCouncil(PEOPLE, 'meeting-pages', { app: { runWorkers: false } }, (started) => {
    w = started;
    ({ browser, page } = started);
  });

  const api = () => w.api('sofie');
  const meeting = async (id: string) => (await api().get(`/meetings/${id}`).expect(200)).body as MeetingBody;
  const meetingByPlace = async (place: string) => {
    const rows = (await api().get('/meetings').expect(200)).body as { id: string; place: string | null }[];
    const row = rows.find((r) => r.place === place);
    if (!row) throw new Error(`no meeting at ${place}`);
    return meeting(row.id);
  };
  const openMeetings = async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Møder' }).click();
    await page.getByRole('heading', { name: 'Rådets møder' }).waitFor();
  };
  const addMeeting = async (fill: (f: Locator) => Promise<void>) => {
    const f = form(page, 'Tilføj et møde uden for mødeplanen');
    await f.locator('summary').click();
    await fill(f);
    expect(await unlabelledFields(page)).toEqual([]);
    await f.getByRole('button', { name: 'Tilføj et møde uden for mødeplanen' }).click();
    await page.locator('details[open]').waitFor({ state: 'detached' });
  };

  it('walks seed 003’s meeting of 29 January 2026 through the pages, from adding it to corrected minutes', async () => {
    await w.signInAs('sofie');
    await openMeetings();
    await addMeeting(async (f) => {
      await f.getByLabel('Mødets art').selectOption({ label: 'Rådsmøde' });
      await f.getByLabel('Starter (Europe/Copenhagen)').fill('2026-01-29T16:30');
      await f.getByLabel('Sted').fill('Mødelokale 20');
    });
    // Item 6: the meeting of 5 March 15.00-17.00, and the virtual follow-up whose date is to follow.
    await addMeeting(async (f) => {
      await f.getByLabel('Starter (Europe/Copenhagen)').fill('2026-03-05T15:00');
      await f.getByLabel('Slutter (Europe/Copenhagen)').fill('2026-03-05T17:00');
      await f.getByLabel('Sted').fill('Rådssalen, Regionshuset, Sorø');
    });
    await addMeeting(async (f) => {
      await f.getByLabel('Mødets art').selectOption({ label: 'Opfølgningsmøde' });
      await f.getByLabel('Dato og tidspunkt følger').check();
      await f.getByLabel('Sted').fill('Virtuelt');
      await f.getByLabel('Online-link').fill('https://teams.example.org/opfoelgning');
    });
    await page
      .getByTestId('meeting-row')
      .filter({ hasText: 'Opfølgningsmøde dato og tidspunkt følger' })
      .filter({ hasText: 'Virtuelt' })
      .waitFor();
    await browser.screenshot('meeting-pages-01-added');
    const march = await meetingByPlace('Rådssalen, Regionshuset, Sorø');
    expect([councilTime(march.startsAt!), councilTime(march.endsAt!), march.kind]).toEqual([
      '2026-03-05 15:00:00',
      '2026-03-05 17:00:00',
      'ordinary',
    ]);
    expect(await meetingByPlace('Virtuelt')).toMatchObject({
      kind: 'follow-up',
      dateToFollow: true,
      startsAt: null,
      online: 'https://teams.example.org/opfoelgning',
    });
    const { id } = await meetingByPlace('Mødelokale 20');
    expect(councilTime((await meeting(id)).startsAt!)).toBe('2026-01-29 16:30:00');

    await page.getByTestId('meeting-row').filter({ hasText: 'Mødelokale 20' }).getByRole('link').click();
    await page.getByRole('heading', { name: /^Rådsmøde 29\. jan\. 2026, 16[.:]30$/ }).waitFor();

    // The attendance: three present, Lone absent without notice (V), Maja with (F), and the guest.
    const attendance = form(page, 'Registrér fremmøde');
    await attendance.locator('summary').click();
    for (const p of ['rene', 'tina', 'jeppe'] as const)
      await attendance
        .getByRole('group', { name: `${PEOPLE[p].name} (Organisation ${p})` })
        .getByLabel('Til stede')
        .check();
    await attendance
      .getByRole('group', { name: 'Lone Mortensen (Organisation lone)' })
      .getByLabel('Fraværende uden afbud (V)')
      .check();
    await attendance
      .getByRole('group', { name: 'Maja Roesen (Organisation maja)' })
      .getByLabel('Afbud (F)')
      .check();
    await attendance.getByRole('button', { name: 'Tilføj en gæst' }).click();
    await attendance.getByLabel('Gæstens navn 1').fill('Stine Bøgh Pedersen');
    await attendance.getByLabel('Organisation 1').fill('Social Sundhed');
    await attendance.getByLabel('Rolle eller oplæg 1').fill('Præsenterede Social Sundheds tilbud (punkt 2)');
    expect(await unlabelledFields(page)).toEqual([]);
    await attendance.getByRole('button', { name: 'Registrér fremmøde' }).click();
    await page.getByTestId('attendance').getByText('Lone Mortensen (V), Maja Roesen (F)').waitFor();
    expect((await meeting(id)).attendance).toEqual({
      present: ['rene', 'tina', 'jeppe'],
      absent: [
        { personId: 'lone', notice: false, letter: 'V' },
        { personId: 'maja', notice: true, letter: 'F' },
      ],
      guests: [
        {
          name: 'Stine Bøgh Pedersen',
          organisation: 'Social Sundhed',
          role: 'Præsenterede Social Sundheds tilbud (punkt 2)',
        },
      ],
    });

    // The seven items, each with its kind, Sags ID and Dok ID; item 2 with its presenter.
    const items = page.getByTestId('agenda-item');
    for (const [i, item] of ITEMS.entries()) {
      const add = form(page, 'Tilføj et punkt til dagsordenen');
      await add.locator('summary').click();
      await add.getByLabel('Punktets overskrift').fill(item.title);
      await add.getByLabel('Punktets art').selectOption({ label: item.kind });
      await add.getByLabel('Sags-ID').fill(item.caseId);
      await add.getByLabel('Dok-ID').fill(item.documentId);
      if (item.summary) await add.getByLabel('Resumé').fill(item.summary);
      if (item.presenter) {
        await add.getByRole('button', { name: 'Tilføj en oplægsholder' }).click();
        await add.getByLabel('Oplægsholderens navn 1').fill(item.presenter[0]);
        await add.getByLabel('Organisation 1').fill(item.presenter[1]);
      }
      if (i === 0) expect(await unlabelledFields(page)).toEqual([]);
      await add.getByRole('button', { name: 'Tilføj et punkt til dagsordenen' }).click();
      await items.nth(i).getByText(`Sags-ID ${item.caseId} · Dok-ID ${item.documentId}`).waitFor();
    }
    await items.nth(1).getByText('Oplægsholdere: Stine Bøgh Pedersen, Social Sundhed').waitFor();
    await items.nth(0).getByText('(Åben)').waitFor();

    // Items 1 to 6 decided, Lone and Maja absent from each.
    for (const [i, item] of ITEMS.slice(0, 6).entries()) {
      const row = items.nth(i);
      await row.locator('summary', { hasText: 'Registrér beslutningen' }).click();
      await row.getByLabel(`Beslutning om ${item.title}`).fill(item.decision);
      // The attendance's absentees are ticked already, as seed 003 lists them under every item.
      expect(await row.getByLabel('Lone Mortensen (Organisation lone)').isChecked()).toBe(true);
      expect(await row.getByLabel('Maja Roesen (Organisation maja)').isChecked()).toBe(true);
      expect(await row.getByLabel('Tina (Organisation tina)').isChecked()).toBe(false);
      await row.getByRole('button', { name: 'Registrér beslutningen' }).click();
      await row.getByTestId('decision').waitFor();
    }
    // The absent with their letters under every item, as the minutes print them.
    await items.nth(0).getByText('Fraværende: Lone Mortensen (V), Maja Roesen (F)').waitFor();
    await browser.screenshot('meeting-pages-02-decided');

    // Issue 17: Sofie does not approve the minutes herself; she records that the meeting of 5 March
    // (held, after this one) approved them. Item 7 is not dealt with: refused in Danish, naming it.
    expect(await page.getByLabel('Godkendt på mødet').inputValue()).toBe(march.id);
    await page.getByRole('button', { name: 'Registrér mødets godkendelse af referatet' }).click();
    await page.getByRole('button', { name: 'Ja, godkend referatet' }).click();
    await page
      .getByRole('alert')
      .getByText(
        /Disse punkter er hverken besluttet, taget til efterretning eller udsat: \S+ \(punkt 7, "Godkendelse af deltagelse/,
      )
      .waitFor();
    expect((await meeting(id)).minutes.approved).toBe(false);
    await browser.screenshot('meeting-pages-03-approval-refused');

    // "Beslutning ." : item 7 is decided with no text.
    const seventh = items.nth(6);
    await seventh.locator('summary', { hasText: 'Registrér beslutningen' }).click();
    await seventh.getByRole('button', { name: 'Registrér beslutningen' }).click();
    await seventh.getByTestId('decision').getByText('Beslutning: .').waitFor();
    await page.getByRole('button', { name: 'Registrér mødets godkendelse af referatet' }).click();
    await page.getByRole('button', { name: 'Ja, godkend referatet' }).click();
    await page.getByText(/^Referatet er godkendt/).waitFor();

    const entered = await meeting(id);
    expect(entered.minutes).toMatchObject({
      approved: true,
      approvedBy: 'sofie',
      approvedAt: march.startsAt,
      approvedByMeeting: { meetingId: march.id },
    });
    expect(entered.agenda).toHaveLength(7);
    entered.agenda.forEach((item, i) => {
      const { apiKind, caseId, documentId, title, decision } = ITEMS[i];
      expect(item).toMatchObject({
        number: i + 1,
        kind: apiKind,
        open: true,
        title,
        caseId,
        documentId,
        decision,
        absent: ['lone', 'maja'],
      });
    });
    expect(entered.agenda[1].presenters).toEqual([
      { name: 'Stine Bøgh Pedersen', organisation: 'Social Sundhed' },
    ]);
    expect(entered.agenda[5].summary).toBe(ITEMS[5].summary);

    // The minutes as the secretariat sends them: Word and Markdown, made by the API.
    const word = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent referatet som Word-dokument' }).click();
    const docx = await word;
    expect(docx.suggestedFilename()).toBe(`referat-${id}.docx`);
    const paragraphs = docxText(unzipEntry(readFileSync((await docx.path())!), 'word/document.xml'));
    expect(paragraphs[0]).toMatch(/^REFERAT Udsatterådet/);
    expect(paragraphs).toContain('Fraværende: Lone Mortensen (V), Maja Roesen (F)');
    const md = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent dagsordenen som Markdown' }).click();
    const markdown = readFileSync((await (await md).path())!, 'utf8');
    expect(markdown).toMatch(/^# DAGSORDEN Udsatterådet/);
    expect(markdown).toContain(
      '7 (Åben) Godkendelse af deltagelse ved møde i Udsatterådet torsdag den 29. januar 2026',
    );

    // The printable minutes, in the region's layout.
    await page.getByRole('link', { name: 'Udskriv referatet' }).click();
    await page.getByRole('heading', { name: 'REFERAT Udsatterådet' }).waitFor();
    await page.getByText('Lone Mortensen (V), Maja Roesen (F)').first().waitFor();
    const sections = page.getByTestId('document-item');
    expect(await sections.count()).toBe(7);
    await sections.nth(0).getByText('1 (Åben) Godkendelse af dagsorden').waitFor();
    await sections.nth(0).getByText('Sags ID: EMN-2025-10555').waitFor();
    // Item 7's Beslutning is "." as in the region's minutes.
    const seventhDecision = sections
      .nth(6)
      .locator('.doc-section', { has: page.getByRole('heading', { name: 'Beslutning', exact: true }) });
    expect((await seventhDecision.locator('p').textContent())?.trim()).toBe('.');
    await browser.screenshot('meeting-pages-04-printable-minutes');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // Approved minutes are corrected only with a reason; the correction is kept beside the decision.
    await page.getByRole('link', { name: 'Tilbage til mødet' }).click();
    const correct = form(page, 'Ret en beslutning i referatet');
    await correct.locator('summary').click();
    await correct.getByLabel('Punkt', { exact: true }).selectOption({ label: 'Gensidig orientering' });
    await correct
      .getByLabel('Den rettede beslutning')
      .fill('Medlemmerne af Udsatterådet orienterede hinanden om aktuelle emner, herunder brobygning.');
    await correct.getByLabel('Begrundelse for rettelsen').fill('Lone bad om at få brobygning med');
    await correct.getByRole('button', { name: 'Ret en beslutning i referatet' }).click();
    await items.nth(4).getByTestId('correction').waitFor();
    expect((await meeting(id)).agenda[4].corrections).toEqual([
      {
        decision: 'Medlemmerne af Udsatterådet orienterede hinanden om aktuelle emner, herunder brobygning.',
        reason: 'Lone bad om at få brobygning med',
        correctedBy: 'sofie',
      },
    ]);
    await browser.screenshot('meeting-pages-05-corrected');
  }, 180_000);

  it('moves, reorders, attaches, cancels, postpones, notes, follows up and circulates from the pages', async () => {
    const hearingId = uniqueName('h');
    await api()
      .post('/hearings', {
        id: hearingId,
        title: 'Høring om hjemløsestrategi',
        issuingBody: 'Region Sjælland',
        responseDeadline: isoIn(20),
      })
      .expect(201);
    const ahead = uniqueName('m-ahead');
    await api()
      .post('/meetings', { id: ahead, kind: 'ordinary', startsAt: isoIn(10), place: 'Regionshuset' })
      .expect(201);
    for (const [id, title] of [
      ['x', 'Godkendelse af dagsorden'],
      ['y', 'Orientering fra formanden'],
      ['z', 'Eventuelt'],
    ])
      await api().post(`/meetings/${ahead}/agenda-items`, { id, title }).expect(201);
    const cancelled = uniqueName('m-cancelled');
    await api()
      .post('/meetings', { id: cancelled, kind: 'ordinary', startsAt: isoIn(20), place: 'Mødelokale 3' })
      .expect(201);
    const held = uniqueName('m-held');
    await api()
      .post('/meetings', { id: held, kind: 'ordinary', startsAt: isoIn(-1), place: 'Mødelokale 20' })
      .expect(201);
    await api()
      .post(`/meetings/${held}/agenda-items`, {
        id: 'o',
        kind: 'region-orientation',
        title: 'Orientering om brobygning',
      })
      .expect(201);
    await api()
      .post(`/meetings/${held}/agenda-items`, {
        id: 'd',
        kind: 'discussion',
        title: 'Drøftelse af hjemløsestrategien',
      })
      .expect(201);

    // Moved: an end before the start is refused in Danish; the form sends the revision it read.
    await w.signInAs('sofie');
    await page.goto(`/#/meetings/${ahead}`);
    const move = form(page, 'Flyt mødet eller ret sted og link');
    await move.locator('summary').click();
    await move.getByLabel('Starter (Europe/Copenhagen)').fill(`${councilDay(12)}T17:00`);
    await move.getByLabel('Slutter (Europe/Copenhagen)').fill(`${councilDay(12)}T16:00`);
    await move.getByLabel('Online-link').fill('https://teams.example.org/raadsmoede');
    expect(await unlabelledFields(page)).toEqual([]);
    const patch = page.waitForRequest((r) => r.method() === 'PATCH');
    await move.getByRole('button', { name: 'Flyt mødet eller ret sted og link' }).click();
    expect((await patch).headers()['if-match']).toBe(`"${(await meeting(ahead)).revision}"`);
    await move.getByRole('alert').getByText('Sluttidspunkt: skal ligge efter starttidspunktet').waitFor();
    await browser.screenshot('meeting-pages-06-move-refused');
    await move.getByLabel('Slutter (Europe/Copenhagen)').fill(`${councilDay(12)}T19:00`);
    await move.getByRole('button', { name: 'Flyt mødet eller ret sted og link' }).click();
    await page.getByTestId('meeting-facts').getByText('https://teams.example.org/raadsmoede').waitFor();
    const moved = await meeting(ahead);
    expect([councilTime(moved.startsAt!), councilTime(moved.endsAt!), moved.online, moved.place]).toEqual([
      `${councilDay(12)} 17:00:00`,
      `${councilDay(12)} 19:00:00`,
      'https://teams.example.org/raadsmoede',
      'Regionshuset',
    ]);

    // Reordered until the meeting: "Eventuelt" moved first, saved as one write.
    const order = form(page, 'Ændr dagsordenens rækkefølge');
    await order.locator('summary').click();
    await order.getByRole('button', { name: 'Flyt Eventuelt op' }).click();
    await order.getByRole('button', { name: 'Flyt Eventuelt op' }).click();
    await order.getByRole('button', { name: 'Gem rækkefølgen' }).click();
    await page
      .getByTestId('agenda-item')
      .first()
      .getByRole('heading', { name: /^Eventuelt/ })
      .waitFor();
    expect((await meeting(ahead)).agenda.map((i) => i.id)).toEqual(['z', 'x', 'y']);

    // A Bilag uploaded to an item: a file of another type is refused in Danish, a PDF is kept.
    const first = page.getByTestId('agenda-item').filter({ hasText: 'Godkendelse af dagsorden' });
    const upload = form(first, 'Upload et bilag til Godkendelse af dagsorden');
    await upload.locator('summary').click();
    const file = upload.getByLabel('Fil (PDF, DOCX eller XLSX, højst 20 MB)');
    await file.setInputFiles({
      name: 'noter.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('bare noter'),
    });
    await upload.getByLabel('Titel (ellers filens navn)').fill('Statusnotat om brobygning');
    await upload.getByRole('button', { name: 'Upload bilaget' }).click();
    await upload.getByRole('alert').getByText('Fil: skal være en PDF-, DOCX- eller XLSX-fil').waitFor();
    expect((await meeting(ahead)).agenda[1].attachments).toEqual([]);
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    await file.setInputFiles({ name: 'Statusnotat.pdf', mimeType: 'application/pdf', buffer: pdf });
    await upload.getByRole('button', { name: 'Upload bilaget' }).click();
    const fetch = first.getByRole('button', { name: 'Hent Statusnotat.pdf (1 kB)' });
    await fetch.waitFor();
    expect((await meeting(ahead)).agenda[1].attachments).toMatchObject([
      {
        title: 'Statusnotat om brobygning',
        file: { name: 'Statusnotat.pdf', contentType: 'application/pdf' },
      },
    ]);
    const saved = page.waitForEvent('download');
    await fetch.click();
    const bilag = await saved;
    expect(bilag.suggestedFilename()).toBe('Statusnotat.pdf');
    expect(Buffer.compare(readFileSync((await bilag.path())!), pdf)).toBe(0);
    await browser.screenshot('meeting-pages-07-moved-reordered-attached');

    // Cancelled with a reason: kept, and marked cancelled on its page and in the list.
    await page.goto(`/#/meetings/${cancelled}`);
    const cancel = form(page, 'Aflys mødet');
    await cancel.locator('summary').click();
    await cancel.getByLabel('Begrundelse for aflysningen').fill('For få deltagere');
    await cancel.getByRole('button', { name: 'Aflys mødet' }).click();
    await page.getByTestId('meeting-cancelled').getByText('For få deltagere').waitFor();
    expect((await meeting(cancelled)).cancelled).toMatchObject({ reason: 'For få deltagere' });
    await openMeetings();
    await page.getByTestId('meeting-row').filter({ hasText: 'Mødelokale 3' }).getByText('aflyst').waitFor();

    // At the held meeting: an item postponed onto the next meeting, an orientation taken note of.
    await page.goto(`/#/meetings/${held}`);
    const items = page.getByTestId('agenda-item');
    const discussion = items.filter({ hasText: 'Drøftelse af hjemløsestrategien' });
    const postpone = form(discussion, 'Udsæt punktet Drøftelse af hjemløsestrategien');
    await postpone.locator('summary').click();
    await postpone
      .getByLabel('Hvorfor udsættes Drøftelse af hjemløsestrategien?')
      .fill('Oplægsholder var forhindret');
    await postpone.getByRole('button', { name: 'Udsæt punktet Drøftelse af hjemløsestrategien' }).click();
    await discussion.getByTestId('postponed').getByText('Oplægsholder var forhindret').waitFor();
    // The next meeting not cancelled: the one moved above, not the cancelled one.
    expect((await meeting(held)).agenda[1].postponed).toEqual({
      reason: 'Oplægsholder var forhindret',
      carriedTo: ahead,
    });
    const orientation = items.filter({ hasText: 'Orientering om brobygning' });
    await orientation.locator('summary', { hasText: 'Registrér beslutningen' }).click();
    await orientation.getByRole('button', { name: 'Registrér som taget til efterretning' }).click();
    await orientation
      .getByTestId('decision')
      .getByText('Udsatterådet tog orienteringen til efterretning.')
      .waitFor();
    expect((await meeting(held)).agenda[0].decision).toBe('Udsatterådet tog orienteringen til efterretning.');

    // Action points: an owner, a due date and the case it serves (seed 000 item 9).
    const addPoint = async (text: string, owner: string, due?: string, serves?: string) => {
      const f = form(orientation, 'Tilføj et opfølgningspunkt til Orientering om brobygning');
      await f.locator('summary').click();
      await f.getByLabel('Hvad skal gøres?').fill(text);
      await f.getByLabel('Ansvarlig').selectOption({ label: owner });
      if (due) await f.getByLabel('Frist (Europe/Copenhagen)').fill(due);
      if (serves) await f.getByLabel('Sagen, punktet tjener').selectOption({ label: serves });
      expect(await unlabelledFields(page)).toEqual([]);
      await f.getByRole('button', { name: 'Tilføj opfølgningspunktet' }).click();
      await orientation.getByTestId('action-point').filter({ hasText: text }).waitFor();
    };
    const mail = 'Sofie sender en mail rundt og indsamler input og godkendelse af høringssvaret';
    const dates = 'Lone finder datoer til opfølgningsmødet';
    await addPoint(mail, 'Sofie Berg', `${councilDay(7)}T12:00`, 'Høring: Høring om hjemløsestrategi');
    await addPoint(dates, 'Lone Mortensen');
    const points = (await meeting(held)).actionPoints;
    expect(
      points.map((p) => [p.text, p.owner, p.dueAt && councilTime(p.dueAt), p.refersTo, p.status]),
    ).toEqual([
      [mail, 'sofie', `${councilDay(7)} 12:00:00`, { kind: 'hearing', id: hearingId }, 'open'],
      [dates, 'lone', null, null, 'open'],
    ]);
    await browser.screenshot('meeting-pages-08-held');

    // The council's open action points: one marked done, one dropped with a reason.
    await openMeetings();
    const open = page.getByRole('region', { name: 'Åbne opfølgningspunkter' });
    await open.getByTestId('action-point').filter({ hasText: mail }).waitFor();
    expect(await open.getByTestId('action-point').count()).toBe(2);
    await browser.screenshot('meeting-pages-09-open-action-points');
    await open.getByRole('button', { name: `Markér "${mail}" som udført` }).click();
    await open.getByTestId('action-point').filter({ hasText: mail }).waitFor({ state: 'detached' });
    const drop = form(open, `Drop "${dates}"`);
    await drop.locator('summary').click();
    await drop.getByLabel('Hvorfor droppes det?').fill('Datoen blev fastsat på mødet');
    await drop.getByRole('button', { name: 'Drop opfølgningspunktet' }).click();
    await open.getByText('Ingen åbne opfølgningspunkter.').waitFor();
    const listed = (await api().get('/action-points').expect(200)).body as {
      text: string;
      status: string;
      droppedReason: string | null;
    }[];
    expect(listed.map((p) => [p.text, p.status, p.droppedReason])).toEqual([
      [mail, 'done', null],
      [dates, 'dropped', 'Datoen blev fastsat på mødet'],
    ]);

    // The draft minutes circulated with a deadline (one already past is refused in Danish).
    await page.goto(`/#/meetings/${held}`);
    const circulate = form(page, 'Send udkastet til kommentering');
    await circulate.locator('summary').click();
    await circulate.getByLabel('Frist for kommentarer (Europe/Copenhagen)').fill(`${councilDay(-1)}T12:00`);
    await circulate.getByRole('button', { name: 'Send udkastet til kommentering' }).click();
    await circulate
      .getByRole('alert')
      .getByText('Frist for kommentarer: skal ligge i fremtiden, så medlemmerne kan nå at kommentere')
      .waitFor();
    await circulate.getByLabel('Frist for kommentarer (Europe/Copenhagen)').fill(`${councilDay(3)}T12:00`);
    await circulate.getByRole('button', { name: 'Send udkastet til kommentering' }).click();
    await page
      .getByTestId('circulation')
      .getByText('Udkastet er sendt til kommentering af Sofie Berg, frist')
      .waitFor();
    expect(councilTime((await meeting(held)).minutes.circulation!.commentsBy)).toBe(
      `${councilDay(3)} 12:00:00`,
    );

    // A member comments on an item of the draft; she is offered nothing of the secretary's.
    await w.signInAs('lone');
    await page.goto(`/#/meetings/${held}`);
    const comment = form(page, 'Kommentér udkastet til referat');
    await comment.locator('summary').click();
    await comment.getByLabel('Kommentaren gælder').selectOption({ label: '1. Orientering om brobygning' });
    await comment
      .getByLabel('Kommentar', { exact: true })
      .fill('Skriv gerne, at brobygning også gælder psykiatrien.');
    expect(await unlabelledFields(page)).toEqual([]);
    await comment.getByRole('button', { name: 'Kommentér udkastet til referat' }).click();
    await page
      .getByTestId('minutes-comment')
      .getByText('Skriv gerne, at brobygning også gælder psykiatrien.', { exact: false })
      .waitFor();
    expect(await page.locator('summary', { hasText: 'Registrér beslutningen' }).count()).toBe(0);
    expect((await meeting(held)).minutes.comments).toMatchObject([
      { by: 'lone', text: 'Skriv gerne, at brobygning også gælder psykiatrien.', itemId: 'o' },
    ]);
    await browser.screenshot('meeting-pages-10-commented');

    // Issue 17: no later meeting is held yet, so the secretary is offered no approval, only why.
    await w.signInAs('sofie');
    await page.goto(`/#/meetings/${held}`);
    await page.getByText('Referatet godkendes af den siddende formand eller på næste møde').waitFor();
    expect(await page.getByRole('button', { name: 'Godkend referatet' }).count()).toBe(0);
    expect((await meeting(held)).minutes.approved).toBe(false);
    await browser.screenshot('meeting-pages-11-secretary-offered-no-approval');
  }, 180_000);
});
