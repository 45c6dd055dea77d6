/**
 * Issue 19, item 6 in Chromium on the real stack: a main flow done with the keyboard alone. A
 * member signs in, skips to the content, opens the hearing that waits for her and gives her
 * input, pressing only Tab, Enter and the keys of what she types; every page she passes is
 * checked with axe (browser.screenshot does that). The input is read back from the API.
 */
import type { Page } from 'playwright-core';
import { browserSuite } from './support/browser';
import { uniqueName } from './support/test-app';
import { isoIn } from './support/web-cases';
import { STANDARD_PEOPLE, useWebCouncil, type WebCouncil } from './support/web-council';

const suite = browserSuite('web keyboard');
type Person = keyof typeof STANDARD_PEOPLE;

interface Focused {
  tag: string;
  id: string;
  name: string;
}

/** What has the keyboard's focus: its tag, id, and the name it shows or is given. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    interface El {
      tagName: string;
      id: string;
      textContent: string | null;
      getAttribute(name: string): string | null;
    }
    const el = (globalThis as unknown as { document: { activeElement: El | null } }).document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab until `wanted` has the focus; fails naming what was passed when it never does. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string): Promise<void> {
  const passed: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (wanted(f)) return;
    passed.push(`${f.tag}#${f.id} "${f.name.slice(0, 40)}"`);
  }
  throw new Error(`Tab never reached ${what}; passed ${passed.join(', ')}`);
}

suite('a main flow with the keyboard alone', () => {
  let w: WebCouncil<Person>;
  useWebCouncil(STANDARD_PEOPLE, 'keyboard', { app: { runWorkers: false } }, (ready) => (w = ready));

  it('lets a member sign in, open the hearing waiting for her and give input without a mouse', async () => {
    const { page, browser } = w;
    const hearingId = uniqueName('h');
    const title = 'Høring om tastaturet';
    await w
      .api('anja')
      .post('/hearings', {
        id: hearingId,
        title,
        issuingBody: 'Region Hovedstaden',
        responseDeadline: isoIn(20),
      })
      .expect(201);

    await page.goto('/');
    await page.locator('#token').waitFor();
    await tabTo(page, (f) => f.id === 'token', 'the token field');
    await page.keyboard.type(w.tokens.kira);
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Log ind', 'the "Log ind" button');
    await page.keyboard.press('Enter');
    await page.getByTestId('who-am-i').getByText('Kira Madsen').waitFor();
    await page.getByTestId('due-item').first().waitFor();

    // The first stop is the link past the header and menu, and it lands in the content.
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toMatch(/^↓/);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    await browser.screenshot('keyboard-waiting');

    await tabTo(page, (f) => f.tag === 'a' && f.name === title, `the link to "${title}"`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: title }).waitFor();
    await browser.screenshot('keyboard-hearing');

    await tabTo(page, (f) => f.id === 'my-input', 'the input field');
    await page.keyboard.type('Givet med tastaturet alene');
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Giv input', 'the "Giv input" button');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ret dit input' }).first().waitFor();

    const hearing = (await w.api('anja').get(`/hearings/${hearingId}`).expect(200)).body as {
      inputs: { personId: string; text?: string; status: string }[];
    };
    expect(hearing.inputs.find((i) => i.personId === 'kira')).toMatchObject({
      text: 'Givet med tastaturet alene',
    });
    await browser.screenshot('keyboard-input-given');
  });
});
