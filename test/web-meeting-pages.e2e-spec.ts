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
const form = (scope: Page | Locator, summary: string) =>
  scope.locator('details', { has: scope.locator('summary', { hasText: summary }) });

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
      await row.getByLabel('Lone Mortensen (Organisation lone)').check();
      await row.getByLabel('Maja Roesen (Organisation maja)').check();
      await row.getByRole('button', { name: 'Registrér beslutningen' }).click();
      await row.getByTestId('decision').waitFor();
    }
    await browser.screenshot('meeting-pages-02-decided');

    // Item 7 is not dealt with: the approval is refused in Danish, naming it.
    await page.getByRole('button', { name: 'Godkend referatet' }).click();
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
    await seventh.getByLabel('Lone Mortensen (Organisation lone)').check();
    await seventh.getByLabel('Maja Roesen (Organisation maja)').check();
    await seventh.getByRole('button', { name: 'Registrér beslutningen' }).click();
    await seventh.getByTestId('decision').getByText('Beslutning: .').waitFor();
    await page.getByRole('button', { name: 'Godkend referatet' }).click();
    await page.getByRole('button', { name: 'Ja, godkend referatet' }).click();
    await page.getByText(/^Referatet er godkendt/).waitFor();

    const entered = await meeting(id);
    expect(entered.minutes).toMatchObject({ approved: true, approvedBy: 'sofie' });
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
});
